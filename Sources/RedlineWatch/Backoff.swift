/// When a feed is polled next: after its interval when the last poll worked; after a failure,
/// after twice the interval per failure in a row, at most `maxSeconds` (an hour by default) but
/// never less than the interval.
public struct Backoff: Sendable, Hashable {
    public var maxSeconds: Int = 3600

    public init(maxSeconds: Int = 3600) {
        self.maxSeconds = maxSeconds
    }

    /// Seconds to wait before the next poll of a feed polled every `interval` seconds that has
    /// failed `failures` times in a row.
    public func delay(interval: Int, failures: Int) -> Int {
        guard failures > 0 else { return interval }
        let doubled = interval.multipliedReportingOverflow(by: 1 << min(failures, 20))
        let wait = doubled.overflow ? Int.max : doubled.partialValue
        return max(interval, min(wait, maxSeconds))
    }
}
