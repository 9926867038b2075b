import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// Fetches feeds over HTTP(S) with one shared client: conditional GET, gzip accepted, redirects
/// bounded and loops refused, timeouts, and a cap on the body after decompression. Every failure
/// is a ``WatchError`` naming the feed.
///
/// ```swift
/// let fetcher = FeedFetcher(configuration: FetchConfiguration())
/// let result = try await fetcher.fetch(feed, validators: state.validators)
/// try await fetcher.shutdown()
/// ```
public final class FeedFetcher: Sendable {
    public let configuration: FetchConfiguration
    private let client: HTTPClient
    /// Article pages: one request per host at a time.
    private let hosts = HostGate()

    public init(configuration: FetchConfiguration = FetchConfiguration()) {
        self.configuration = configuration
        var http = HTTPClient.Configuration()
        http.redirectConfiguration = .follow(max: configuration.maxRedirects, allowCycles: false)
        http.timeout = .init(connect: .seconds(Int64(configuration.connectTimeout)),
                             read: .seconds(Int64(configuration.requestTimeout)))
        // A gzip bomb stops at the ratio, a long body at `maxBytes` below.
        http.decompression = .enabled(limit: .ratio(100))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: http)
    }

    /// One GET of the feed, conditional on `validators`.
    public func fetch(_ feed: Feed, validators: Validators) async throws -> FetchResult {
        var request = HTTPClientRequest(url: feed.url)
        request.headers.add(name: "User-Agent", value: configuration.userAgent)
        request.headers.add(name: "Accept", value: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, application/json;q=0.9, text/xml;q=0.9, */*;q=0.5")
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let etag = validators.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let since = validators.lastModified { request.headers.add(name: "If-Modified-Since", value: since) }
        do {
            let response = try await client.execute(request, timeout: .seconds(Int64(configuration.requestTimeout)))
            switch response.status.code {
            case 304:
                return .notModified
            case 200:
                if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > configuration.maxBytes {
                    throw tooLarge(feed)
                }
                let buffer: ByteBuffer
                do {
                    buffer = try await response.body.collect(upTo: configuration.maxBytes)
                } catch is NIOTooManyBytesError {
                    throw tooLarge(feed)
                }
                let next = Validators(etag: response.headers.first(name: "ETag"),
                                      lastModified: response.headers.first(name: "Last-Modified"))
                return .fetched(body: Array(buffer.readableBytesView), validators: next)
            default:
                throw WatchError(.http, subject: feed.subject, message: "HTTP \(response.status.code) \(response.status.reasonPhrase)")
            }
        } catch let error as WatchError {
            throw error
        } catch {
            throw Self.describe(error, subject: feed.subject, configuration: configuration)
        }
    }

    /// One GET of an article page that a feed item links to, waiting while another request to
    /// the same host is under way. Redirects, timeouts and the size cap are those of the feeds;
    /// the page's body is returned as it came (decompressed). A failure is a ``WatchError``
    /// whose subject is `subject` and whose message names the page.
    public func fetchPage(_ url: String, subject: String) async throws -> [UInt8] {
        let host = Self.host(of: url)
        await hosts.acquire(host)
        defer { hosts.release(host) }
        func fail(_ message: String) -> WatchError {
            WatchError(.article, subject: subject, message: "article \(url): \(message)")
        }
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: configuration.userAgent)
        request.headers.add(name: "Accept", value: "text/html, application/xhtml+xml;q=0.9, */*;q=0.5")
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        do {
            let response = try await client.execute(request, timeout: .seconds(Int64(configuration.requestTimeout)))
            guard response.status.code == 200 else {
                throw fail("HTTP \(response.status.code) \(response.status.reasonPhrase)")
            }
            if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > configuration.maxPageBytes {
                throw fail("the page is over the \(configuration.maxPageBytes) byte limit")
            }
            do {
                return Array(try await response.body.collect(upTo: configuration.maxPageBytes).readableBytesView)
            } catch is NIOTooManyBytesError {
                throw fail("the page is over the \(configuration.maxPageBytes) byte limit")
            }
        } catch let error as WatchError {
            throw error
        } catch {
            let described = Self.describe(error, subject: subject, configuration: configuration)
            throw WatchError(.article, subject: subject, message: "article \(url): \(described.message)")
        }
    }

    /// The host (and port) of a URL, lower-cased; the URL itself where it has none.
    static func host(of url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        var authority = rest[..<end]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        return authority.lowercased()
    }

    /// Closes the client's connections; the fetcher cannot be used afterwards.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    private func tooLarge(_ feed: Feed) -> WatchError {
        WatchError(.tooLarge, subject: feed.subject, message: "the body is over the \(configuration.maxBytes) byte limit")
    }

    static func describe(_ error: any Error, subject: String, configuration: FetchConfiguration) -> WatchError {
        if let error = error as? HTTPClientError {
            switch error {
            case .redirectCycleDetected:
                return WatchError(.redirects, subject: subject, message: "a redirect loop")
            case .redirectLimitReached:
                return WatchError(.redirects, subject: subject, message: "more than \(configuration.maxRedirects) redirects")
            case .readTimeout, .deadlineExceeded:
                return WatchError(.timeout, subject: subject, message: "no complete answer within \(configuration.requestTimeout) s")
            case .connectTimeout:
                return WatchError(.timeout, subject: subject, message: "no connection within \(configuration.connectTimeout) s")
            case .invalidURL:
                return WatchError(.unreachable, subject: subject, message: "not a URL that can be fetched")
            default:
                return WatchError(.unreachable, subject: subject, message: "\(error)")
            }
        }
        if error is NIOTooManyBytesError {
            return WatchError(.tooLarge, subject: subject, message: "the body is over the \(configuration.maxBytes) byte limit")
        }
        return WatchError(.unreachable, subject: subject, message: "\(error)")
    }
}
