import PostgresNIO
import RedlineCore

extension PostgresStore: SearchableStore {
    /// What a search looks in, and the text search vector over it that the GIN indexes of the
    /// "v5-search" migration hold (a query must repeat the expression exactly to use them).
    enum SearchSource: String, CaseIterable {
        case document, statement, event, claim

        var table: String {
            switch self {
            case .document: "documents"
            case .statement: "red_lines"
            case .event: "events"
            case .claim: "crossing_claims"
            }
        }

        /// The searched text of a row of `table`, columns prefixed by `alias`.
        func body(_ alias: String?) -> String {
            let p = alias.map { $0 + "." } ?? ""
            switch self {
            case .document: return "(coalesce(\(p)title || ' ', '') || coalesce((\(p)extraction::jsonb) #>> '{document,text}', ''))"
            default: return "\(p)evidence"
            }
        }
    }

    static func searchVector(_ source: SearchSource, alias: String?) -> String {
        "to_tsvector('english'::regconfig, \(source.body(alias)))"
    }

    /// Ranked with `ts_rank` over the indexed vectors; sentences are highlighted whole, documents
    /// by up to two fragments around the words.
    public func search(_ query: SearchQuery) async throws -> SearchResults {
        let text = query.websearch
        guard !text.isEmpty else { return SearchResults(totalDocuments: 0, totalSentences: 0, documents: []) }
        let marks = "'StartSel=' || chr(2) || ', StopSel=' || chr(3)"
        var union: [String] = []
        for source in SearchSource.allCases {
            let alias = "t"
            let vector = Self.searchVector(source, alias: alias)
            let (ordinal, date, start, end, document) = source == .document
                ? ("0", "NULL::text", "NULL::bigint", "NULL::bigint", "t.id")
                : ("t.ordinal", source == .claim || source == .statement || source == .event ? "t.date" : "NULL", "t.span_start", "t.span_end", "t.document_id")
            union.append("""
                SELECT '\(source.rawValue)' AS kind, \(document) AS document_id, \(ordinal) AS ordinal, ts_rank(\(vector), q.q) AS rank,
                       \(source.body(alias)) AS body, \(date) AS date, \(start) AS span_start, \(end) AS span_end
                FROM \(source.table) t, q WHERE \(vector) @@ q.q
                """)
        }
        let sql = """
            WITH q AS (SELECT websearch_to_tsquery('english'::regconfig, $1) AS q),
            hits AS (\(union.joined(separator: "\nUNION ALL\n")))
            SELECT h.kind, h.document_id, h.ordinal, h.rank::float8,
                   CASE h.kind WHEN 'document'
                        THEN ts_headline('english'::regconfig, h.body, q.q, \(marks) || ', MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "')
                        ELSE ts_headline('english'::regconfig, h.body, q.q, \(marks) || ', HighlightAll=true') END,
                   h.date, h.span_start, h.span_end, d.source, d.title, d.url, d.published
            FROM (SELECT * FROM hits ORDER BY rank DESC, document_id, kind, ordinal LIMIT $2) h
            JOIN documents d ON d.id = h.document_id, q
            ORDER BY h.rank DESC, h.document_id, h.kind, h.ordinal
            """
        let countSQL = """
            WITH q AS (SELECT websearch_to_tsquery('english'::regconfig, $1) AS q),
            hits AS (\(union.joined(separator: "\nUNION ALL\n")))
            SELECT count(*) FILTER (WHERE kind <> 'document'), count(DISTINCT document_id) FROM hits
            """
        var binds = PostgresBindings()
        binds.append(text)
        binds.append(max(1, query.maxHits))
        var countBinds = PostgresBindings()
        countBinds.append(text)
        let page = PostgresQuery(unsafeSQL: sql, binds: binds), counting = PostgresQuery(unsafeSQL: countSQL, binds: countBinds)
        return try await reading("search results") { connection in
            var sentences = 0, documents = 0
            for try await (s, d) in try await connection.query(counting, logger: logger).decode((Int, Int).self) {
                sentences = s
                documents = d
            }
            var rows: [SearchRow] = []
            for try await row in try await connection.query(page, logger: logger) {
                let c = row.makeRandomAccess()
                rows.append(SearchRow(
                    kind: try c[0].decode(String.self), document: try c[1].decode(String.self), index: try c[2].decode(Int.self),
                    score: try c[3].decode(Double.self), marked: try c[4].decode(String.self), date: try c[5].decode(String?.self),
                    spanStart: try c[6].decode(Int?.self), spanEnd: try c[7].decode(Int?.self), source: try c[8].decode(String.self),
                    title: try c[9].decode(String?.self), url: try c[10].decode(String?.self), published: try c[11].decode(String?.self)))
            }
            return SearchRow.page(rows, query: query, totalSentences: sentences, totalDocuments: documents)
        }
    }

    public func eventCount(_ filter: EventFilter) async throws -> Int {
        let conditions = QueryConditions.events(filter)
        let query = Self.numbered("SELECT count(*) FROM events e \(conditions.whereClause)", conditions)
        return try await reading("the event count") { connection in
            var total = 0
            for try await value in try await connection.query(query, logger: logger).decode(Int.self) { total = value }
            return total
        }
    }

    public func eventFacets(_ filter: EventFilter) async throws -> EventFacets {
        let all = QueryConditions.events(filter)
        let total = Self.numbered("SELECT count(*) FROM events e \(all.whereClause)", all)
        let queries = QueryConditions.facetQueries(filter).map { ($0.facet, Self.numbered($0.sql, $0.conditions)) }
        return try await reading("event facets") { connection in
            var count = 0
            for try await value in try await connection.query(total, logger: logger).decode(Int.self) { count = value }
            var facets = EventFacets(total: count)
            for (facet, query) in queries {
                if facet == "flagRow" {
                    for try await (a, b, c, d) in try await connection.query(query, logger: logger).decode((Int, Int, Int, Int).self) {
                        facets.addFlags([a, b, c, d])
                    }
                    continue
                }
                var rows: [(String?, Int)] = []
                for try await (value, n) in try await connection.query(query, logger: logger).decode((String?, Int).self) {
                    rows.append((value, n))
                }
                facets.add(facet, rows)
            }
            return facets
        }
    }

    /// The SQL with its `?` placeholders numbered `$1, $2, ...` and the condition values bound;
    /// the SQL here holds no `?` inside literals.
    static func numbered(_ sql: String, _ conditions: QueryConditions) -> PostgresQuery {
        var binds = PostgresBindings()
        for value in conditions.values {
            switch value {
            case .text(let text): binds.append(text)
            case .integer(let number): binds.append(number)
            }
        }
        var out = "", n = 0
        for scalar in sql.unicodeScalars {
            if scalar == "?" {
                n += 1
                out += "$\(n)"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return PostgresQuery(unsafeSQL: out, binds: binds)
    }
}
