import Foundation
import GRDB
import RedlineCore

extension SQLiteStore {
    public func documentCount() async throws -> Int {
        try await reading("the document count") { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0
        }
    }

    public func counts() async throws -> StoreCounts {
        try await reading("the record counts") { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM red_lines),
                       (SELECT count(*) FROM events), (SELECT count(*) FROM crossing_claims),
                       (SELECT count(*) FROM tracked_lines), (SELECT count(*) FROM reviews)
                """)!
            return StoreCounts(documents: row[0], redLines: row[1], events: row[2], claims: row[3],
                               trackedLines: row[4], reviews: row[5])
        }
    }

    public func document(id: String) async throws -> StoredDocument? {
        let store = path
        return try await reading("a document") { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT extraction, ingested_at FROM documents WHERE id = ?", arguments: [id]) else { return nil }
            let extraction = try StoreCoding.decode(
                Extraction.self, from: row[0], what: "extraction of a document", decoder: JSONDecoder(), store: store)
            return StoredDocument(extraction: extraction, ingestedAt: row[1])
        }
    }

    public func redLineStatements(_ filter: RedLineFilter) async throws -> [StoredRedLine] {
        let conditions = QueryConditions.redLines(filter)
        let sql = """
            SELECT r.document_id, r.ordinal, r.record, d.source, d.published
            FROM red_lines r JOIN documents d ON d.id = r.document_id
            \(conditions.whereClause)
            ORDER BY r.date IS NULL, r.date, r.id
            LIMIT ? OFFSET ?
            """
        let arguments = Self.arguments(conditions, limit: filter.limit, offset: filter.offset)
        let store = path
        return try await reading("red-line statements") { db in
            let decoder = JSONDecoder()
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                StoredRedLine(
                    documentID: row[0], source: row[3], published: (row[4] as String?).flatMap(Day.init),
                    index: row[1],
                    redLine: try StoreCoding.decode(RedLine.self, from: row[2], what: "red line", decoder: decoder, store: store))
            }
        }
    }

    public func events(_ filter: EventFilter) async throws -> [StoredEvent] {
        let conditions = QueryConditions.events(filter)
        let page = """
            FROM events e JOIN documents d ON d.id = e.document_id
            \(conditions.whereClause)
            ORDER BY \(filter.ordering)
            LIMIT ? OFFSET ?
            """
        let eventsSQL = "SELECT \(EventColumns.select) \(page)"
        let participantsSQL = """
            SELECT \(EventColumns.participantColumns) FROM event_actors a
            WHERE (a.document_id, a.event_ordinal) IN (SELECT e.document_id, e.ordinal \(page))
            ORDER BY a.document_id, a.event_ordinal, a.role, a.position
            """
        let arguments = Self.arguments(conditions, limit: filter.limit, offset: filter.offset)
        let store = path
        return try await reading("events") { db in
            // One read transaction: both queries see the same snapshot.
            var rows: [EventColumns.Row] = []
            let width = EventRow.table.columns.count
            let events = try Row.fetchCursor(db, sql: eventsSQL, arguments: arguments)
            while let r = try events.next() {
                var event = EventRow()
                EventRow.table.read(r, into: &event)
                rows.append(EventColumns.Row(event: event, source: r[width], published: r[width + 1], title: r[width + 2], url: r[width + 3]))
            }
            guard !rows.isEmpty else { return [] }
            var participants: [ParticipantRow] = []
            let cursor = try Row.fetchCursor(db, sql: participantsSQL, arguments: arguments)
            while let r = try cursor.next() {
                var participant = ParticipantRow()
                ParticipantRow.table.read(r, into: &participant)
                participants.append(participant)
            }
            return try EventColumns.assemble(rows, participants, store: store)
        }
    }

    public func crossingClaims() async throws -> [StoredClaim] {
        let store = path
        return try await reading("crossing claims") { db in
            let decoder = JSONDecoder()
            return try Row.fetchAll(db, sql: """
                SELECT c.document_id, c.ordinal, c.record, d.source, d.published
                FROM crossing_claims c JOIN documents d ON d.id = c.document_id
                ORDER BY c.date IS NULL, c.date, c.id
                """).map { row in
                StoredClaim(
                    documentID: row[0], source: row[3], published: (row[4] as String?).flatMap(Day.init),
                    index: row[1],
                    claim: try StoreCoding.decode(CrossingClaim.self, from: row[2], what: "crossing claim", decoder: decoder, store: store))
            }
        }
    }

    /// The condition values followed by LIMIT and OFFSET (SQLite reads a negative limit as none).
    static func arguments(_ conditions: QueryConditions, limit: Int?, offset: Int) -> StatementArguments {
        var values: [(any DatabaseValueConvertible)?] = conditions.values.map { value in
            switch value {
            case .text(let text): text
            case .integer(let number): number
            }
        }
        values.append(limit.map { max(0, $0) } ?? -1)
        values.append(max(0, offset))
        return StatementArguments(values)
    }
}
