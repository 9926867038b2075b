import RedlineCore

/// A full-text search over the evidence sentences of red-line statements, events and crossing
/// claims. `text` is matched as a substring, case-insensitively (ASCII letters in SQLite).
///
/// ```swift
/// let page = try await store.searchEvidence(EvidenceQuery(text: "red line", limit: 20))
/// ```
public struct EvidenceQuery: Hashable, Sendable {
    public var text: String
    public var limit: Int
    public var offset: Int

    public init(text: String, limit: Int = 50, offset: Int = 0) {
        self.text = text
        self.limit = limit
        self.offset = offset
    }

    /// The LIKE pattern for `text`, with `%`, `_` and the escape character `\` escaped.
    var likePattern: String {
        var pattern = "%"
        for scalar in text.unicodeScalars {
            if scalar == "%" || scalar == "_" || scalar == "\\" { pattern.unicodeScalars.append("\\") }
            pattern.unicodeScalars.append(scalar)
        }
        return pattern + "%"
    }
}

/// One sentence that matched a search, with where it came from.
public struct EvidenceHit: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case statement, event, claim }

    public var kind: Kind
    public var document: String
    public var source: String
    public var title: String?
    /// Its position in the document's `redLines`, `events` or `crossingClaims`.
    public var index: Int
    public var date: Day?
    public var span: ScalarSpan
    public var evidence: String

    public init(kind: Kind, document: String, source: String, title: String?, index: Int, date: Day?, span: ScalarSpan,
                evidence: String) {
        self.kind = kind
        self.document = document
        self.source = source
        self.title = title
        self.index = index
        self.date = date
        self.span = span
        self.evidence = evidence
    }
}

/// A page of search hits, newest first, and how many there are in all.
public struct EvidencePage: Hashable, Sendable, Codable {
    public var total: Int
    public var hits: [EvidenceHit]

    public init(total: Int, hits: [EvidenceHit]) {
        self.total = total
        self.hits = hits
    }
}
