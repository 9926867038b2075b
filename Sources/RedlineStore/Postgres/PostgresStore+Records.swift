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
        let conditions = QueryConditions.events(filter)
        let from = "FROM events e JOIN documents d ON d.id = e.document_id"
        let eventsQuery = Self.query("SELECT \(EventColumns.select) \(from)", conditions, order: filter.ordering,
                                     limit: filter.limit, offset: filter.offset)
        // The same page as a subquery: the actors of exactly those events.
        let page = Self.query("SELECT e.document_id, e.ordinal \(from)", conditions, order: filter.ordering,
                              limit: filter.limit, offset: filter.offset)
        let participantsQuery = PostgresQuery(unsafeSQL: """
            SELECT \(EventColumns.participantColumns) FROM event_actors a
            WHERE (a.document_id, a.event_ordinal) IN (\(page.sql))
            ORDER BY a.document_id, a.event_ordinal, a.role, a.position
            """, binds: page.binds)
        let store = url.description
        return try await reading("events") { connection in
            // One transaction, so both queries see the same snapshot.
            try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
            do {
                var rows: [EventColumns.Row] = []
                let width = EventRow.table.columns.count
                for try await row in try await connection.query(eventsQuery, logger: logger) {
                    let cells = row.makeRandomAccess()
                    var event = EventRow()
                    try EventRow.table.read(cells, into: &event)
                    rows.append(EventColumns.Row(event: event, source: try cells[width].decode(String.self),
                                                 published: try cells[width + 1].decode(String?.self),
                                                 title: try cells[width + 2].decode(String?.self),
                                                 url: try cells[width + 3].decode(String?.self)))
                }
                var participants: [ParticipantRow] = []
                if !rows.isEmpty {
                    for try await row in try await connection.query(participantsQuery, logger: logger) {
                        var participant = ParticipantRow()
                        try ParticipantRow.table.read(row.makeRandomAccess(), into: &participant)
                        participants.append(participant)
                    }
                }
                try await connection.query("COMMIT", logger: logger)
                return try EventColumns.assemble(rows, participants, store: store)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
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
