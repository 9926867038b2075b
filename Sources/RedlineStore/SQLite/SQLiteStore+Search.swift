import GRDB
import RedlineCore

extension SQLiteStore: SearchableStore {
    /// Ranked with FTS5's bm25 over `search_text` (see the "v5-search" migration); sentences are
    /// highlighted whole, documents by a snippet around the words.
    public func search(_ query: SearchQuery) async throws -> SearchResults {
        let match = query.fts5
        guard !match.isEmpty else { return SearchResults(totalDocuments: 0, totalSentences: 0, documents: []) }
        let sql = """
            SELECT h.kind, h.document_id, h.ordinal, -h.rank, h.marked,
                   coalesce(r.date, e.date, c.date), coalesce(r.span_start, e.span_start, c.span_start),
                   coalesce(r.span_end, e.span_end, c.span_end), d.source, d.title, d.url, d.published
            FROM (SELECT kind, document_id, ordinal, bm25(search_text) AS rank,
                         CASE kind WHEN 'document' THEN snippet(search_text, 0, char(2), char(3), '…', 40)
                                   ELSE highlight(search_text, 0, char(2), char(3)) END AS marked
                  FROM search_text WHERE search_text MATCH ? ORDER BY rank LIMIT ?) h
            JOIN documents d ON d.id = h.document_id
            LEFT JOIN red_lines r ON h.kind = 'statement' AND r.document_id = h.document_id AND r.ordinal = h.ordinal
            LEFT JOIN events e ON h.kind = 'event' AND e.document_id = h.document_id AND e.ordinal = h.ordinal
            LEFT JOIN crossing_claims c ON h.kind = 'claim' AND c.document_id = h.document_id AND c.ordinal = h.ordinal
            ORDER BY h.rank
            """
        let count = """
            SELECT count(*) FILTER (WHERE kind <> 'document'), count(DISTINCT document_id)
            FROM search_text WHERE search_text MATCH ?
            """
        return try await reading("search results") { db in
            let totals = try Row.fetchOne(db, sql: count, arguments: [match])
            let rows = try Row.fetchAll(db, sql: sql, arguments: [match, max(1, query.maxHits)]).map { row in
                SearchRow(kind: row[0], document: row[1], index: row[2], score: row[3], marked: row[4], date: row[5],
                          spanStart: row[6], spanEnd: row[7], source: row[8], title: row[9], url: row[10], published: row[11])
            }
            return SearchRow.page(rows, query: query, totalSentences: totals?[0] ?? 0, totalDocuments: totals?[1] ?? 0)
        }
    }

    public func eventCount(_ filter: EventFilter) async throws -> Int {
        let conditions = QueryConditions.events(filter)
        let sql = "SELECT count(*) FROM events e \(conditions.whereClause)"
        let arguments = Self.arguments(conditions)
        return try await reading("the event count") { db in
            try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
        }
    }

    public func eventFacets(_ filter: EventFilter) async throws -> EventFacets {
        let total = QueryConditions.events(filter)
        let queries = QueryConditions.facetQueries(filter)
        return try await reading("event facets") { db in
            var facets = EventFacets(total: try Int.fetchOne(db, sql: "SELECT count(*) FROM events e \(total.whereClause)",
                                                             arguments: Self.arguments(total)) ?? 0)
            for query in queries {
                let rows = try Row.fetchAll(db, sql: query.sql, arguments: Self.arguments(query.conditions))
                if query.facet == "flagRow" {
                    facets.addFlags(rows.first.map { row in (0..<4).map { row[$0] as Int } } ?? [])
                } else {
                    facets.add(query.facet, rows.map { ($0[0] as String?, $0[1] as Int) })
                }
            }
            return facets
        }
    }

    /// The condition values alone.
    static func arguments(_ conditions: QueryConditions) -> StatementArguments {
        StatementArguments(conditions.values.map { value -> (any DatabaseValueConvertible)? in
            switch value {
            case .text(let text): text
            case .integer(let number): number
            }
        })
    }
}
