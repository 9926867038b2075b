import PostgresNIO
import RedlineCore

extension PostgresStore: SearchableStore {
    public func searchEvidence(_ query: EvidenceQuery) async throws -> EvidencePage {
        let pattern = query.likePattern
        let limit = max(0, query.limit), offset = max(0, query.offset)
        let count = Self.numbered(QueryConditions.evidenceCount(like: "ILIKE"), [pattern, pattern, pattern])
        var pageBinds = PostgresBindings()
        for _ in 0..<3 { pageBinds.append(pattern) }
        pageBinds.append(limit)
        pageBinds.append(offset)
        let page = PostgresQuery(unsafeSQL: Self.numberPlaceholders(QueryConditions.evidencePage(like: "ILIKE")), binds: pageBinds)
        return try await reading("evidence") { connection in
            var total = 0
            for try await value in try await connection.query(count, logger: logger).decode(Int.self) { total = value }
            var hits: [EvidenceHit] = []
            for try await row in try await connection.query(page, logger: logger) {
                let c = row.makeRandomAccess()
                hits.append(EvidenceHit(
                    kind: EvidenceHit.Kind(rawValue: try c[0].decode(String.self)) ?? .event,
                    document: try c[1].decode(String.self), source: try c[7].decode(String.self),
                    title: try c[8].decode(String?.self), index: try c[2].decode(Int.self),
                    date: try c[3].decode(String?.self).flatMap(Day.init),
                    span: ScalarSpan(try c[4].decode(Int.self), try c[5].decode(Int.self)),
                    evidence: try c[6].decode(String.self)))
            }
            return EvidencePage(total: total, hits: hits)
        }
    }

    public func eventCount(_ filter: EventFilter) async throws -> Int {
        let conditions = QueryConditions.events(filter)
        var binds = PostgresBindings()
        for value in conditions.values {
            switch value {
            case .text(let text): binds.append(text)
            case .integer(let number): binds.append(number)
            }
        }
        let query = PostgresQuery(unsafeSQL: Self.numberPlaceholders("SELECT count(*) FROM events e \(conditions.whereClause)"),
                                  binds: binds)
        return try await reading("the event count") { connection in
            var total = 0
            for try await value in try await connection.query(query, logger: logger).decode(Int.self) { total = value }
            return total
        }
    }

    private static func numbered(_ sql: String, _ texts: [String]) -> PostgresQuery {
        var binds = PostgresBindings()
        for text in texts { binds.append(text) }
        return PostgresQuery(unsafeSQL: numberPlaceholders(sql), binds: binds)
    }

    /// `?` placeholders as `$1, $2, ...`; the SQL here holds no `?` inside literals.
    private static func numberPlaceholders(_ sql: String) -> String {
        var out = "", n = 0
        for scalar in sql.unicodeScalars {
            if scalar == "?" {
                n += 1
                out += "$\(n)"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
