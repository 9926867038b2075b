/// How a watched feed is doing, as the watch last recorded it in the store: `/healthz` and
/// `/metrics` show it, whichever process (or machine) runs the watch.
public struct FeedStatus: Sendable, Hashable, Codable {
    public var url: String
    public var name: String
    /// Seconds since 1970 of the last poll that worked (a 200 read, or a 304).
    public var lastSuccess: Double?
    /// The last failure, in one line (the feed is named elsewhere), and when it happened.
    public var lastError: String?
    public var lastErrorAt: Double?
    /// Failures in a row since the last success.
    public var failures: Int
    /// Seconds since 1970 before which the feed is not polled again.
    public var nextPoll: Double?

    public init(url: String, name: String, lastSuccess: Double? = nil, lastError: String? = nil, lastErrorAt: Double? = nil,
                failures: Int = 0, nextPoll: Double? = nil) {
        self.url = url
        self.name = name
        self.lastSuccess = lastSuccess
        self.lastError = lastError
        self.lastErrorAt = lastErrorAt
        self.failures = failures
        self.nextPoll = nextPoll
    }
}

/// A feed a watch worker asks to poll (see ``TrackerStore/claimFeeds(_:worker:now:until:polledBefore:)``).
public struct FeedClaim: Sendable, Hashable {
    public var url: String
    public var name: String

    public init(url: String, name: String) {
        self.url = url
        self.name = name
    }
}
