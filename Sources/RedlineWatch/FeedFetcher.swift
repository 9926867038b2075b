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
            throw Self.describe(error, feed: feed, configuration: configuration)
        }
    }

    /// Closes the client's connections; the fetcher cannot be used afterwards.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    private func tooLarge(_ feed: Feed) -> WatchError {
        WatchError(.tooLarge, subject: feed.subject, message: "the body is over the \(configuration.maxBytes) byte limit")
    }

    static func describe(_ error: any Error, feed: Feed, configuration: FetchConfiguration) -> WatchError {
        if let error = error as? HTTPClientError {
            switch error {
            case .redirectCycleDetected:
                return WatchError(.redirects, subject: feed.subject, message: "a redirect loop")
            case .redirectLimitReached:
                return WatchError(.redirects, subject: feed.subject, message: "more than \(configuration.maxRedirects) redirects")
            case .readTimeout, .deadlineExceeded:
                return WatchError(.timeout, subject: feed.subject, message: "no complete answer within \(configuration.requestTimeout) s")
            case .connectTimeout:
                return WatchError(.timeout, subject: feed.subject, message: "no connection within \(configuration.connectTimeout) s")
            case .invalidURL:
                return WatchError(.unreachable, subject: feed.subject, message: "not a URL that can be fetched")
            default:
                return WatchError(.unreachable, subject: feed.subject, message: "\(error)")
            }
        }
        if error is NIOTooManyBytesError {
            return WatchError(.tooLarge, subject: feed.subject, message: "the body is over the \(configuration.maxBytes) byte limit")
        }
        return WatchError(.unreachable, subject: feed.subject, message: "\(error)")
    }
}
