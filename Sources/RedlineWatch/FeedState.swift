/// What the watch remembers about one feed between polls and across restarts.
public struct FeedState: Sendable, Hashable, Codable {
    public var validators = Validators()
    /// Failures in a row since the last success; sets the backoff.
    public var failures = 0
    /// Seconds since 1970 before which the feed is not polled again.
    public var nextPoll: Double = 0
    /// Keys of the items already taken in, oldest first: `url:` and `hash:` keys (see
    /// ``WatchState/keys(url:contentHash:)``), at most ``WatchState/maxSeenPerFeed``.
    public var seen: [String] = []
    public var lastSuccess: Double?
    public var lastError: String?
    /// Seconds since 1970 of the last failure.
    public var lastErrorAt: Double?

    public init() {}
}
