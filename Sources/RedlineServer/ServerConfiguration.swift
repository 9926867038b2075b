import Foundation
import RedlineAnalysis
import RedlineCore

/// How `redline serve` runs: where it listens, who may write, and the limits it keeps.
///
/// ```swift
/// var configuration = ServerConfiguration(host: "127.0.0.1", port: 8080)
/// configuration.token = "s3cret"   // writes need `Authorization: Bearer s3cret`
/// ```
public struct ServerConfiguration: Sendable {
    public var host: String
    /// 0 picks a free port (tests); the bound port is reported once listening.
    public var port: Int
    /// The bearer token writes need; nil refuses every write.
    public var token: String?
    /// Whether reads need the token (or a session from `/login`) too; `/healthz` stays open as a
    /// liveness probe, and so do `/openapi.json`, `/login` and the static files.
    public var protectReads: Bool
    /// The largest document upload, in bytes.
    public var maxDocumentBytes: Int
    /// The largest body `POST /api/extract` and the Analyze page take without the token.
    public var maxAnonymousExtractBytes: Int
    /// Extractions run at once (each holds a core); more are refused with 503.
    public var maxConcurrentExtractions: Int
    /// The largest review (and other small form or JSON) body, in bytes.
    public var maxReviewBytes: Int
    /// Days the declarer has to respond after a crossing.
    public var responseWindowDays: Int
    /// The tracker's day: response windows and credibility are judged against it.
    public var today: @Sendable () -> Day
    /// Rows of a page when the request names no limit, and the most a request may ask for.
    public var defaultPageSize: Int
    public var maxPageSize: Int
    /// Seconds a connection may send nothing: a request whose head or body stops arriving (a
    /// slow or half-sent request, or a client holding connections open) is closed after this.
    /// A request that has arrived whole is never cut off while its answer is being made.
    public var idleTimeoutSeconds: Int = 30
    /// Seconds between two looks at the store for new alerts, per live stream.
    public var alertPollSeconds: Double = 1
    /// Seconds of silence after which a live stream sends a comment, so proxies keep it open.
    public var alertKeepAliveSeconds: Double = 15
    /// Live alert streams open at once; more are refused with 503.
    public var maxAlertStreams: Int = 100
    /// Whether the answers that read the store (event pages and downloads, facets, search, the
    /// events explorer) are kept with the read snapshot until the store changes. Off only to
    /// measure what a first read costs (`redline serve --no-answer-cache`, the load script).
    public var cachesAnswers: Bool = true
    /// Seconds a browser session opened at `/login` lasts.
    public var sessionLifetimeSeconds: Int = 12 * 3600

    public init(host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, protectReads: Bool = false,
                maxDocumentBytes: Int = 8 << 20, maxReviewBytes: Int = 64 << 10, responseWindowDays: Int = 90,
                today: @escaping @Sendable () -> Day = ServerConfiguration.systemToday,
                defaultPageSize: Int = 50, maxPageSize: Int = 500,
                maxAnonymousExtractBytes: Int = 1 << 20, maxConcurrentExtractions: Int = 2) {
        self.maxAnonymousExtractBytes = maxAnonymousExtractBytes
        self.maxConcurrentExtractions = maxConcurrentExtractions
        self.host = host
        self.port = port
        self.token = token
        self.protectReads = protectReads
        self.maxDocumentBytes = maxDocumentBytes
        self.maxReviewBytes = maxReviewBytes
        self.responseWindowDays = responseWindowDays
        self.today = today
        self.defaultPageSize = defaultPageSize
        self.maxPageSize = maxPageSize
    }

    /// Today in UTC from the system clock.
    public static let systemToday: @Sendable () -> Day = {
        Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    func trackerConfiguration() -> TrackerConfiguration {
        TrackerConfiguration(today: today(), responseWindowDays: responseWindowDays)
    }
}
