import RedlineCore

/// An event as stored, with the document it came from.
public struct StoredEvent: Hashable, Sendable, Codable {
    public var documentID: String
    public var source: String
    public var published: Day?
    /// Its position in the document's `events`.
    public var index: Int
    public var event: Event
    /// The document's title and URL, when it has them.
    public var title: String?
    public var url: String?

    public init(documentID: String, source: String, published: Day?, index: Int, event: Event, title: String? = nil,
                url: String? = nil) {
        self.documentID = documentID
        self.source = source
        self.published = published
        self.index = index
        self.event = event
        self.title = title
        self.url = url
    }
}
