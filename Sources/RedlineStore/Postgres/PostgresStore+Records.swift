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
        let eventsQuery = Self.query("SELECT \(EventColumns.select) \(from)", conditions, order: "e.order_date, e.id",
                                     limit: filter.limit, offset: filter.offset)
        // The same page as a subquery: the actors of exactly those events.
        let page = Self.query("SELECT e.document_id, e.ordinal \(from)", conditions, order: "e.order_date, e.id",
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
                for try await row in try await connection.query(eventsQuery, logger: logger) {
                    let c = row.makeRandomAccess()
                    rows.append(EventColumns.Row(
                        documentID: try c[0].decode(String.self), ordinal: try c[1].decode(Int.self),
                        type: try c[2].decode(String.self), mode: try c[3].decode(String?.self),
                        context: try c[4].decode(String?.self), date: try c[5].decode(String?.self),
                        datePrecision: try c[6].decode(String?.self), dateText: try c[7].decode(String?.self),
                        negated: try c[8].decode(Bool.self), hypothetical: try c[9].decode(Bool.self),
                        future: try c[10].decode(Bool.self), speaker: try c[11].decode(String?.self),
                        trigger: try c[12].decode(String?.self), sentence: try c[13].decode(Int.self),
                        spanStart: try c[14].decode(Int.self), spanEnd: try c[15].decode(Int.self),
                        evidence: try c[16].decode(String.self), source: try c[17].decode(String.self),
                        published: try c[18].decode(String?.self)))
                }
                var participants: [EventColumns.Participant] = []
                if !rows.isEmpty {
                    for try await row in try await connection.query(participantsQuery, logger: logger) {
                        let c = row.makeRandomAccess()
                        participants.append(EventColumns.Participant(
                            documentID: try c[0].decode(String.self), eventOrdinal: try c[1].decode(Int.self),
                            role: try c[2].decode(String.self), code: try c[3].decode(String?.self),
                            sector: try c[4].decode(String?.self), kind: try c[5].decode(String?.self),
                            name: try c[6].decode(String?.self), text: try c[7].decode(String?.self)))
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
