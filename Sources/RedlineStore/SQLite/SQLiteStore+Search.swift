import GRDB
import RedlineCore

extension SQLiteStore: SearchableStore {
    public func searchEvidence(_ query: EvidenceQuery) async throws -> EvidencePage {
        let pattern = query.likePattern
        let limit = max(0, query.limit), offset = max(0, query.offset)
        return try await reading("evidence") { db in
            let total = try Int.fetchOne(db, sql: QueryConditions.evidenceCount(like: "LIKE"),
                                         arguments: [pattern, pattern, pattern]) ?? 0
            let rows = try Row.fetchAll(db, sql: QueryConditions.evidencePage(like: "LIKE"),
                                        arguments: [pattern, pattern, pattern, limit, offset])
            let hits = rows.map { row in
                EvidenceHit(kind: EvidenceHit.Kind(rawValue: row[0]) ?? .event, document: row[1], source: row[7],
                            title: row[8], index: row[2], date: (row[3] as String?).flatMap(Day.init),
                            span: ScalarSpan(row[4], row[5]), evidence: row[6])
            }
            return EvidencePage(total: total, hits: hits)
        }
    }

    public func eventCount(_ filter: EventFilter) async throws -> Int {
        let conditions = QueryConditions.events(filter)
        let sql = "SELECT count(*) FROM events e \(conditions.whereClause)"
        let arguments = StatementArguments(conditions.values.map { value -> (any DatabaseValueConvertible)? in
            switch value {
            case .text(let text): text
            case .integer(let number): number
            }
        })
        return try await reading("the event count") { db in
            try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
        }
    }
}
