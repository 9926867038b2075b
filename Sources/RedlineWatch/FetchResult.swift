/// What one conditional GET of a feed gave.
public enum FetchResult: Sendable, Equatable {
    /// 304: nothing changed since the validators were given.
    case notModified
    /// 200: the body, with the validators to send next time.
    case fetched(body: [UInt8], validators: Validators)
}

/// The `ETag` and `Last-Modified` a server sent, sent back as `If-None-Match` and
/// `If-Modified-Since` so that an unchanged feed costs a 304.
public struct Validators: Sendable, Hashable, Codable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }
}
