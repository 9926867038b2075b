/// How many records a store holds.
public struct StoreCounts: Hashable, Sendable, Codable {
    public var documents: Int
    public var redLines: Int
    public var events: Int
    public var claims: Int
    public var trackedLines: Int
    public var reviews: Int

    public init(documents: Int = 0, redLines: Int = 0, events: Int = 0, claims: Int = 0,
                trackedLines: Int = 0, reviews: Int = 0) {
        self.documents = documents
        self.redLines = redLines
        self.events = events
        self.claims = claims
        self.trackedLines = trackedLines
        self.reviews = reviews
    }
}
