import RedlineCore

/// An event as stored, with the document it came from.
public struct StoredEvent: Hashable, Sendable, Codable {
    public var documentID: String
    public var source: String
    public var published: Day?
    /// Its position in the document's `events`.
    public var index: Int
    public var event: Event

    public init(documentID: String, source: String, published: Day?, index: Int, event: Event) {
        self.documentID = documentID
        self.source = source
        self.published = published
        self.index = index
        self.event = event
    }
}
