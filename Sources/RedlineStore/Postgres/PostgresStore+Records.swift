import Foundation
import PostgresNIO
import RedlineCore

extension PostgresStore {
    public func documentCount() async throws -> Int {
        try await reading("the document count") { connection in
            var count = 0
            for try await value in try await connection.query("SELECT count(*) FROM documents", logger: logger).decode(Int.self) {
                count = value
            }
            return count
        }
    }

    public func counts() async throws -> StoreCounts {
        try await reading("the record counts") { connection in
            var counts = StoreCounts()
            let rows = try await connection.query("""
                SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM red_lines),
                       (SELECT count(*) FROM events), (SELECT count(*) FROM crossing_claims),
                       (SELECT count(*) FROM tracked_lines), (SELECT count(*) FROM reviews)
                """, logger: logger)
            for try await (d, r, e, c, t, v) in rows.decode((Int, Int, Int, Int, Int, Int).self) {
                counts = StoreCounts(documents: d, redLines: r, events: e, claims: c, trackedLines: t, reviews: v)
            }
            return counts
        }
    }

    public func document(id: String) async throws -> StoredDocument? {
        let store = url.description
        return try await reading("a document") { connection in
            var found: StoredDocument?
            let rows = try await connection.query(
                "SELECT extraction, ingested_at FROM documents WHERE id = \(id)", logger: logger)
            for try await (json, ingestedAt) in rows.decode((String, String).self) {
                let extraction = try StoreCoding.decode(
                    Extraction.self, from: json, what: "extraction of a document", decoder: JSONDecoder(), store: store)
                found = StoredDocument(extraction: extraction, ingestedAt: ingestedAt)
            }
            return found
        }
    }

    public func redLineStatements(_ filter: RedLineFilter) async throws -> [StoredRedLine] {
        let query = Self.query("""
            SELECT r.document_id, r.ordinal, r.record, d.source, d.published
            FROM red_lines r JOIN documents d ON d.id = r.document_id
            """, QueryConditions.redLines(filter), order: "r.date, r.id", limit: filter.limit, offset: filter.offset)
        let store = url.description
        return try await records("red-line statements", query) { documentID, index, json, source, published, decoder in
            StoredRedLine(documentID: documentID, source: source, published: published, index: index,
                          redLine: try StoreCoding.decode(RedLine.self, from: json, what: "red line", decoder: decoder, store: store))
        }
    }

    public func events(_ filter: EventFilter) async throws -> [StoredEvent] {
        let query = Self.query("""
            SELECT e.document_id, e.ordinal, e.record, d.source, d.published
            FROM events e JOIN documents d ON d.id = e.document_id
            """, QueryConditions.events(filter), order: "e.date, e.id", limit: filter.limit, offset: filter.offset)
        let store = url.description
        return try await records("events", query) { documentID, index, json, source, published, decoder in
            StoredEvent(documentID: documentID, source: source, published: published, index: index,
                        event: try StoreCoding.decode(Event.self, from: json, what: "event", decoder: decoder, store: store))
        }
    }

    public func crossingClaims() async throws -> [StoredClaim] {
        let query = Self.query("""
            SELECT c.document_id, c.ordinal, c.record, d.source, d.published
            FROM crossing_claims c JOIN documents d ON d.id = c.document_id
            """, QueryConditions(), order: "c.date, c.id", limit: nil, offset: 0)
        let store = url.description
        return try await records("crossing claims", query) { documentID, index, json, source, published, decoder in
            StoredClaim(documentID: documentID, source: source, published: published, index: index,
                        claim: try StoreCoding.decode(CrossingClaim.self, from: json, what: "crossing claim", decoder: decoder, store: store))
        }
    }

    /// Reads rows of (document id, ordinal, record JSON, source, published) into stored records.
    private func records<Record: Sendable>(
        _ what: String, _ query: PostgresQuery,
        _ make: @escaping (String, Int, String, String, Day?, JSONDecoder) throws -> Record
    ) async throws -> [Record] {
        try await reading(what) { connection in
            let decoder = JSONDecoder()
            var records: [Record] = []
            let rows = try await connection.query(query, logger: logger)
            for try await (documentID, ordinal, json, source, published) in rows.decode((String, Int, String, String, String?).self) {
                records.append(try make(documentID, ordinal, json, source, published.flatMap(Day.init), decoder))
            }
            return records
        }
    }

    /// A SELECT with the conditions' `?` placeholders numbered `$1, $2, ...` and their values bound.
    /// PostgreSQL sorts nulls last in ascending order, so undated records come last as in SQLite.
    static func query(_ select: String, _ conditions: QueryConditions, order: String, limit: Int?, offset: Int) -> PostgresQuery {
        var binds = PostgresBindings()
        for value in conditions.values {
            switch value {
            case .text(let text): binds.append(text)
            case .integer(let number): binds.append(number)
            }
        }
        var sql = "", placeholder = 0
        for character in select + "\n" + conditions.whereClause {
            if character == "?" {
                placeholder += 1
                sql += "$\(placeholder)"
            } else {
                sql.append(character)
            }
        }
        sql += "\nORDER BY \(order)"
        if let limit {
            binds.append(max(0, limit))
            sql += " LIMIT $\(binds.count)"
        }
        if offset > 0 {
            binds.append(offset)
            sql += " OFFSET $\(binds.count)"
        }
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }
}
