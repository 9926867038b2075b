/// An analyst's decision about the tracker: confirm or reject a link, or set a line's status.
/// Reviews are kept with who and when, survive re-linking, and the machine never overwrites them.
public struct Review: Codable, Sendable, Hashable, Identifiable {
    public enum Verdict: String, Codable, Sendable { case confirm, reject }

    /// What a review is about.
    public enum Target: Codable, Sendable, Hashable {
        /// A statement, crossing or response link of a line (by the link's id).
        case link(line: String, link: String)
        /// The status of a line.
        case status(line: String, LineStatus)
    }

    public var id: Int64?
    public var target: Target
    /// For links; nil for a status review.
    public var verdict: Verdict?
    public var reason: String
    public var reviewer: String
    /// ISO 8601 timestamp.
    public var at: String

    public init(id: Int64? = nil, target: Target, verdict: Verdict?, reason: String, reviewer: String, at: String) {
        self.id = id
        self.target = target
        self.verdict = verdict
        self.reason = reason
        self.reviewer = reviewer
        self.at = at
    }
}
