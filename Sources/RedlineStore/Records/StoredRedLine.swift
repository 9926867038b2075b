import RedlineCore

/// A red-line statement as stored, with the document it came from.
public struct StoredRedLine: Hashable, Sendable, Codable {
    public var documentID: String
    public var source: String
    public var published: Day?
    /// Its position in the document's `redLines`.
    public var index: Int
    public var redLine: RedLine

    public init(documentID: String, source: String, published: Day?, index: Int, redLine: RedLine) {
        self.documentID = documentID
        self.source = source
        self.published = published
        self.index = index
        self.redLine = redLine
    }
}
