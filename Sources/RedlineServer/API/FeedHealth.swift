import Foundation
import RedlineStore

/// One watched feed in `/healthz`: when it last worked and last failed, and why.
struct FeedHealth: Encodable, Sendable {
    var name: String
    var url: String
    /// Whether the last poll worked.
    var ok: Bool
    /// ISO 8601 times, null when it never happened.
    var lastSuccess: String?
    var lastError: String?
    var lastErrorAt: String?
    var failures: Int
    var nextPoll: String?

    init(_ status: FeedStatus) {
        name = status.name
        url = status.url
        ok = status.failures == 0 && status.lastSuccess != nil
        lastSuccess = status.lastSuccess.map(Self.time)
        lastError = status.lastError
        lastErrorAt = status.lastErrorAt.map(Self.time)
        failures = status.failures
        nextPoll = status.nextPoll.map(Self.time)
    }

    enum CodingKeys: String, CodingKey { case name, url, ok, lastSuccess, lastError, lastErrorAt, failures, nextPoll }

    /// Every field present, null when unknown, so that consumers need no guessing.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(url, forKey: .url)
        try c.encode(ok, forKey: .ok)
        try c.encode(lastSuccess, forKey: .lastSuccess)
        try c.encode(lastError, forKey: .lastError)
        try c.encode(lastErrorAt, forKey: .lastErrorAt)
        try c.encode(failures, forKey: .failures)
        try c.encode(nextPoll, forKey: .nextPoll)
    }

    static func time(_ seconds: Double) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }

    /// The feeds as Prometheus gauges, labelled by feed name and URL.
    static func metrics(_ feeds: [FeedStatus]) -> [Metrics.Family] {
        func labels(_ f: FeedStatus) -> [(String, String)] { [("feed", f.name), ("url", f.url)] }
        return [
            Metrics.Family(name: "redline_feed_up", help: "Whether the feed's last poll worked (1) or failed (0).",
                           samples: feeds.map { (labels($0), $0.failures == 0 && $0.lastSuccess != nil ? 1 : 0) }),
            Metrics.Family(name: "redline_feed_last_success_timestamp_seconds", help: "When the feed was last polled without error (Unix time).",
                           samples: feeds.compactMap { f in f.lastSuccess.map { (labels(f), $0) } }),
            Metrics.Family(name: "redline_feed_last_error_timestamp_seconds", help: "When the feed last failed (Unix time).",
                           samples: feeds.compactMap { f in f.lastErrorAt.map { (labels(f), $0) } }),
            Metrics.Family(name: "redline_feed_consecutive_failures", help: "Failures in a row since the feed last worked.",
                           samples: feeds.map { (labels($0), Double($0.failures)) }),
        ]
    }
}
