import RedlineCore

/// A full-text search over documents (title and text) and the evidence sentences of red-line
/// statements, events and crossing claims, ranked by relevance. Words are matched by their stem
/// ("targets" finds "target"), ignoring case and accents; every word must occur; words in double
/// quotes must occur together as a phrase.
///
/// ```swift
/// let results = try await store.search(SearchQuery(text: "legitimate targets", limit: 20))
/// ```
public struct SearchQuery: Hashable, Sendable {
    public var text: String
    /// Documents per page.
    public var limit: Int
    /// Documents to skip.
    public var offset: Int
    /// How many of the best-ranked sentences are grouped into documents.
    public var maxHits: Int

    public init(text: String, limit: Int = 20, offset: Int = 0, maxHits: Int = 1_000) {
        self.text = text
        self.limit = limit
        self.offset = offset
        self.maxHits = maxHits
    }

    /// The words and quoted phrases of `text`: runs of letters and digits, lower-cased.
    public var terms: [[String]] {
        var terms: [[String]] = [], phrase: [String]? = nil, word = ""
        func endWord() {
            guard !word.isEmpty else { return }
            if phrase != nil { phrase!.append(word) } else { terms.append([word]) }
            word = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.unicodeScalars.append(scalar)
            } else {
                endWord()
                if scalar == "\"" || scalar == "“" || scalar == "”" {
                    if let words = phrase { if !words.isEmpty { terms.append(words) }; phrase = nil } else { phrase = [] }
                }
            }
        }
        endWord()
        if let words = phrase, !words.isEmpty { terms.append(contentsOf: words.map { [$0] }) }
        // "or" alone would be an operator to PostgreSQL and a word to SQLite: left out on both.
        return terms.map { $0.map { $0.lowercased() } }.filter { $0 != ["or"] }
    }

    /// The query in SQLite FTS5 syntax: each term a quoted string (phrases keep their words in
    /// one string), so nothing the user types is read as an operator.
    var fts5: String {
        terms.map { "\"" + $0.joined(separator: " ") + "\"" }.joined(separator: " ")
    }

    /// The query for PostgreSQL's `websearch_to_tsquery`: words, and phrases in double quotes.
    var websearch: String {
        terms.map { $0.count == 1 ? $0[0] : "\"" + $0.joined(separator: " ") + "\"" }.joined(separator: " ")
    }
}

/// One sentence that matched a search, with where it came from.
public struct EvidenceHit: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case statement, event, claim }

    public var kind: Kind
    public var document: String
    /// Its position in the document's `redLines`, `events` or `crossingClaims`.
    public var index: Int
    public var date: Day?
    public var span: ScalarSpan
    public var evidence: String
    /// Where the query's words are in `evidence` (Unicode-scalar offsets, as spans count).
    public var highlights: [ScalarSpan]
    /// Relevance: higher is better; comparable within one search only.
    public var score: Double

    public init(kind: Kind, document: String, index: Int, date: Day?, span: ScalarSpan, evidence: String,
                highlights: [ScalarSpan], score: Double) {
        self.kind = kind
        self.document = document
        self.index = index
        self.date = date
        self.span = span
        self.evidence = evidence
        self.highlights = highlights
        self.score = score
    }
}

/// A document that matched, with its matching sentences, best first.
public struct DocumentMatch: Hashable, Sendable, Codable {
    public var document: String
    public var title: String?
    public var source: String
    public var url: String?
    public var published: Day?
    /// The best score of the document's text and of its sentences.
    public var score: Double
    /// A passage of the title and text around the words, when they occur there.
    public var snippet: String?
    public var snippetHighlights: [ScalarSpan]
    public var hits: [EvidenceHit]

    public init(document: String, title: String?, source: String, url: String?, published: Day?, score: Double,
                snippet: String?, snippetHighlights: [ScalarSpan], hits: [EvidenceHit]) {
        self.document = document
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.score = score
        self.snippet = snippet
        self.snippetHighlights = snippetHighlights
        self.hits = hits
    }
}

/// A page of matching documents, best first, and how many documents and sentences match in all.
public struct SearchResults: Hashable, Sendable, Codable {
    public var totalDocuments: Int
    public var totalSentences: Int
    /// How many documents can be paged through: those of the best `maxHits` matches (at most
    /// `totalDocuments`).
    public var rankedDocuments: Int
    public var documents: [DocumentMatch]

    public init(totalDocuments: Int, totalSentences: Int, rankedDocuments: Int? = nil, documents: [DocumentMatch]) {
        self.totalDocuments = totalDocuments
        self.totalSentences = totalSentences
        self.rankedDocuments = rankedDocuments ?? totalDocuments
        self.documents = documents
    }
}

/// One row of a backend's ranked search: a sentence, or a document's text (`kind` "document").
struct SearchRow: Sendable {
    var kind: String
    var document: String
    var index: Int
    var score: Double
    /// The body with the matched words between ``SearchRow/open`` and ``SearchRow/close``.
    var marked: String
    var date: String?
    var spanStart: Int?
    var spanEnd: Int?
    var source: String
    var title: String?
    var url: String?
    var published: String?

    static let open: Unicode.Scalar = "\u{2}"
    static let close: Unicode.Scalar = "\u{3}"

    /// The marked text without its markers, and where the markers were.
    static func unmark(_ marked: String) -> (text: String, highlights: [ScalarSpan]) {
        var text = String.UnicodeScalarView(), highlights: [ScalarSpan] = [], start: Int?
        for scalar in marked.unicodeScalars {
            if scalar == open { start = text.count }
            else if scalar == close { if let s = start, s < text.count { highlights.append(ScalarSpan(s, text.count)) }; start = nil }
            else { text.append(scalar) }
        }
        return (String(text), highlights)
    }

    /// Rows grouped into documents, ordered by their best score, and the requested page of them.
    static func page(_ rows: [SearchRow], query: SearchQuery, totalSentences: Int, totalDocuments: Int) -> SearchResults {
        var order: [String] = [], groups: [String: DocumentMatch] = [:]
        for row in rows {
            var match = groups[row.document] ?? {
                order.append(row.document)
                return DocumentMatch(document: row.document, title: row.title, source: row.source, url: row.url,
                                     published: row.published.flatMap(Day.init), score: row.score, snippet: nil,
                                     snippetHighlights: [], hits: [])
            }()
            match.score = max(match.score, row.score)
            let (text, highlights) = unmark(row.marked)
            if row.kind == "document" {
                match.snippet = text
                match.snippetHighlights = highlights
            } else if let kind = EvidenceHit.Kind(rawValue: row.kind) {
                match.hits.append(EvidenceHit(kind: kind, document: row.document, index: row.index, date: row.date.flatMap(Day.init),
                                              span: ScalarSpan(row.spanStart ?? 0, row.spanEnd ?? 0), evidence: text,
                                              highlights: highlights, score: row.score))
            }
            groups[row.document] = match
        }
        let ranked = order.compactMap { groups[$0] }.enumerated()
            .sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }.map(\.element)
        let offset = max(0, query.offset), limit = max(0, query.limit)
        let shown = offset < ranked.count ? Array(ranked[offset..<min(ranked.count, offset + limit)]) : []
        return SearchResults(totalDocuments: totalDocuments, totalSentences: totalSentences,
                             rankedDocuments: min(totalDocuments, ranked.count), documents: shown)
    }
}
