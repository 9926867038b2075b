/// How feeds are fetched: limits that keep one bad server from holding up or flooding the watch.
public struct FetchConfiguration: Sendable {
    /// Seconds to wait for a connection.
    public var connectTimeout: Int = 10
    /// Seconds a whole request may take, body included.
    public var requestTimeout: Int = 30
    /// The largest body accepted, after decompression.
    public var maxBytes: Int = 8 << 20
    /// Redirects followed before giving up; a loop is refused at once.
    public var maxRedirects: Int = 5
    /// The largest article page accepted (fetched for items that carry only a summary), after decompression.
    public var maxPageBytes: Int = 4 << 20
    public var userAgent: String = "redline-watch"

    public init() {}
}
