import RedlineCore

/// A crossing claim as stored, with the document it came from.
public struct StoredClaim: Hashable, Sendable, Codable {
    public var documentID: String
    public var source: String
    public var published: Day?
    /// Its position in the document's `crossingClaims`.
    public var index: Int
    public var claim: CrossingClaim

    public init(documentID: String, source: String, published: Day?, index: Int, claim: CrossingClaim) {
        self.documentID = documentID
        self.source = source
        self.published = published
        self.index = index
        self.claim = claim
    }
}
