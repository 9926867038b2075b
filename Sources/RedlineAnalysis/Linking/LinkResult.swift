import RedlineCore

/// The linker's output with its audit trail: the lines, the links analysts rejected (taken out of
/// the lines, and listed here with their review), and the reviews that named nothing in this
/// linking (a line or link that no longer exists, e.g. after its statements were all rejected).
public struct LinkResult: Sendable, Hashable {
    public var lines: [TrackedLine]
    public var rejected: [RejectedLink]
    public var unmatchedReviews: [Review]

    public init(lines: [TrackedLine], rejected: [RejectedLink], unmatchedReviews: [Review]) {
        self.lines = lines
        self.rejected = rejected
        self.unmatchedReviews = unmatchedReviews
    }

    /// How many links of a line analysts rejected.
    public func rejectedCount(line: String) -> Int {
        rejected.count(where: { $0.line == line })
    }
}

/// A link an analyst rejected: which line, which link, what it pointed at, and the review.
public struct RejectedLink: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable { case statement, crossing, response }
    public var line: String
    public var link: String
    public var kind: Kind
    public var document: String
    public var evidence: String
    public var review: LinkReview

    public init(line: String, link: String, kind: Kind, document: String, evidence: String, review: LinkReview) {
        self.line = line
        self.link = link
        self.kind = kind
        self.document = document
        self.evidence = evidence
        self.review = review
    }
}
