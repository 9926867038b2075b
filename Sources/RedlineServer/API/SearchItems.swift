import RedlineCore
import RedlineExport
import RedlineStore

/// A page of search results as the API answers and the search page shows it: matching documents,
/// best first, each with its matching sentences and the tracked lines those sentences belong to.
struct SearchAnswer: Encodable, Sendable {
    var query: String
    var total: Int
    var totalSentences: Int
    var limit: Int
    var offset: Int
    var items: [SearchItem]

    /// Documents that can be paged through (those of the best-ranked sentences).
    var ranked: Int

    var nextCursor: String? { offset + items.count < ranked && !items.isEmpty ? String(offset + items.count) : nil }

    private enum CodingKeys: String, CodingKey { case query, total, totalSentences, limit, offset, nextCursor, items }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(query, forKey: .query)
        try c.encode(total, forKey: .total)
        try c.encode(totalSentences, forKey: .totalSentences)
        try c.encode(limit, forKey: .limit)
        try c.encode(offset, forKey: .offset)
        if let nextCursor { try c.encode(nextCursor, forKey: .nextCursor) } else { try c.encodeNil(forKey: .nextCursor) }
        try c.encode(items, forKey: .items)
    }

    init(query: String, results: SearchResults, limit: Int, offset: Int, snapshot: ReadSnapshot) {
        self.query = query
        total = results.totalDocuments
        totalSentences = results.totalSentences
        ranked = results.rankedDocuments
        self.limit = limit
        self.offset = offset
        items = results.documents.map { SearchItem($0, snapshot: snapshot) }
    }
}

/// One matching document.
struct SearchItem: Encodable, Sendable {
    var document: String
    var title: String?
    var source: String
    var url: String?
    var published: Day?
    var score: Double
    var snippet: String?
    var snippetHighlights: [ScalarSpan]
    var hits: [SearchHitItem]

    init(_ match: DocumentMatch, snapshot: ReadSnapshot) {
        document = match.document
        title = match.title
        source = match.source
        url = match.url
        published = match.published
        score = Rounding.round(match.score)
        snippet = match.snippet
        snippetHighlights = match.snippetHighlights
        hits = match.hits.map { SearchHitItem($0, lines: snapshot.lines(containing: $0.evidence, in: $0.document)) }
    }

    private enum CodingKeys: String, CodingKey { case document, title, source, url, published, score, snippet, snippetHighlights, hits }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encode(title, forKey: .title)
        try c.encode(source, forKey: .source)
        try c.encode(url, forKey: .url)
        try c.encode(published, forKey: .published)
        try c.encode(score, forKey: .score)
        try c.encode(snippet, forKey: .snippet)
        try c.encode(snippetHighlights, forKey: .snippetHighlights)
        try c.encode(hits, forKey: .hits)
    }
}

/// One matching sentence of a document, with the lines it is evidence of.
struct SearchHitItem: Encodable, Sendable {
    var kind: EvidenceHit.Kind
    var index: Int
    var date: Day?
    var span: ScalarSpan
    var evidence: String
    var highlights: [ScalarSpan]
    var score: Double
    var lines: [LineReference]

    init(_ hit: EvidenceHit, lines: [LineReference]) {
        kind = hit.kind
        index = hit.index
        date = hit.date
        span = hit.span
        evidence = hit.evidence
        highlights = hit.highlights
        score = Rounding.round(hit.score)
        self.lines = lines
    }

    private enum CodingKeys: String, CodingKey { case kind, index, date, span, evidence, highlights, score, lines }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(index, forKey: .index)
        try c.encode(date, forKey: .date)
        try c.encode(span, forKey: .span)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(highlights, forKey: .highlights)
        try c.encode(score, forKey: .score)
        try c.encode(lines, forKey: .lines)
    }
}

/// A tracked line named for people: its id and title.
struct LineReference: Encodable, Sendable, Hashable {
    var id: String
    var title: String
}
