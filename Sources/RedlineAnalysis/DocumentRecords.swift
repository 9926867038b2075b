import RedlineCore

/// What the linker needs of one document: its id, source and publication day, and the red lines,
/// events and crossing claims extracted from it.
///
/// ```swift
/// let records = extractions.map(DocumentRecords.init)
/// ```
public struct DocumentRecords: Sendable, Hashable {
    public var id: String
    public var source: String
    /// Stands in for the date of records that carry none (a record dated this way links with less confidence).
    public var published: Day?
    public var redLines: [RedLine]
    public var events: [Event]
    public var claims: [CrossingClaim]

    public init(id: String, source: String, published: Day?, redLines: [RedLine] = [], events: [Event] = [],
                claims: [CrossingClaim] = []) {
        self.id = id
        self.source = source
        self.published = published
        self.redLines = redLines
        self.events = events
        self.claims = claims
    }

    public init(_ extraction: Extraction) {
        self.init(id: extraction.document.id, source: extraction.document.url ?? extraction.document.source,
                  published: extraction.document.published, redLines: extraction.redLines,
                  events: extraction.events, claims: extraction.crossingClaims)
    }

    public init(_ stored: StoredDocument) {
        self.init(stored.extraction)
    }
}
