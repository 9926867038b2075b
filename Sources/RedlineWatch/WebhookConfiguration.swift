/// Where and how alerts are POSTed: the URL, the shared secret that signs each body, and the
/// bounds on retrying one alert, so that a receiver that is down costs each alert seconds, not
/// the watch its polling.
///
/// ```swift
/// var webhook = WebhookConfiguration(url: "https://hooks.example.org/redline", secret: Array("s3cret".utf8))
/// webhook.maxAttempts = 3
/// ```
public struct WebhookConfiguration: Sendable {
    public var url: String
    /// Signs each body (`X-Redline-Signature: sha256=<hex HMAC-SHA256>`) when given.
    public var secret: [UInt8]?
    /// Tries of one alert, the first included; connection errors, timeouts and 5xx answers are retried.
    public var maxAttempts: Int = 5
    /// Seconds before the first retry; doubled before each next one.
    public var firstRetryDelay: Double = 0.5
    /// Seconds one alert may take, retries and waits included.
    public var maxSecondsPerAlert: Double = 30
    /// Seconds one request may take.
    public var requestTimeout: Int = 10
    /// Alerts waiting to be delivered; past this the oldest waiting one is given up (and reported).
    public var maxWaiting: Int = 1000
    public var userAgent: String = "redline-watch"

    public init(url: String, secret: [UInt8]? = nil) {
        self.url = url
        self.secret = secret
    }

    /// How reports name the webhook: its URL without a query, which may carry a token.
    public var subject: String {
        let bare = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        return "webhook \(bare)"
    }
}
