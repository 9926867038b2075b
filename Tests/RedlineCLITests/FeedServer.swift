import Foundation
import Hummingbird

/// A feed server on a free loopback port for the watch tests: `/good.xml` serves `goodFeed` with
/// an ETag and answers a matching `If-None-Match` with 304; `/plain.xml` serves the same feed
/// with no validators; `/broken.xml` fails with 500, `/malformed.xml` is cut short,
/// `/loop.xml` redirects to itself, `/big.xml` is 2 MB, `/slow.xml` answers after 3 s;
/// `/gzip.xml` serves the feed gzipped to a client that accepts it, `/dated.xml` with only a
/// Last-Modified date; `/feed.json` serves the feed as `/good.xml` does, as a JSON Feed;
/// `/endless.xml` never ends; `/hop/N` redirects N times before `/plain.xml`; `/summaries.xml` and
/// `/articles/...` serve a feed of summaries and its article pages (see `FeedServer+Articles`).
/// Requests are counted per path.
final class FeedServer: Sendable {
    struct Counts: Sendable {
        var requests: [String: Int] = [:]
        var notModified = 0
        var conditional = 0
    }

    let lock = NSLock()
    private nonisolated(unsafe) var feed = (version: 1, body: "", gzipped: [UInt8]())
    nonisolated(unsafe) var counts = Counts()
    /// Article requests under way, and the most there were at once.
    nonisolated(unsafe) var articlesInFlight = (now: 0, most: 0)
    private nonisolated(unsafe) var app: LoopbackApplication?
    var port: Int { app?.port ?? 0 }

    var seen: Counts { lock.withLock { counts } }

    /// Replaces the feed `/good.xml` and `/plain.xml` serve; the ETag changes with it.
    func setFeed(_ body: String) {
        // Compressed here, not in the handler, so that no handler waits on a process.
        let gzipped = (try? gzip(Array(body.utf8))) ?? []
        lock.withLock { feed = (feed.version + 1, body, gzipped) }
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)/\(path)" }

    static func start(feed body: String) async throws -> FeedServer {
        let server = FeedServer()
        server.setFeed(body)
        let router = Router()
        router.get("good.xml") { request, _ -> Response in server.good(request, validators: true) }
        router.get("plain.xml") { request, _ -> Response in server.good(request, validators: false) }
        router.get("feed.json") { request, _ -> Response in
            server.good(request, validators: true, path: "feed.json", type: "application/feed+json")
        }
        router.get("broken.xml") { _, _ -> Response in
            server.count("broken.xml")
            return Response(status: .internalServerError, body: ResponseBody(byteBuffer: ByteBuffer(string: "oops")))
        }
        router.get("malformed.xml") { _, _ -> Response in
            server.count("malformed.xml")
            let body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Half"
            return Response(status: .ok, headers: [.contentType: "application/rss+xml"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("loop.xml") { _, _ -> Response in
            server.count("loop.xml")
            return Response(status: .found, headers: [.location: "/loop.xml"])
        }
        router.get("big.xml") { _, _ -> Response in
            server.count("big.xml")
            let body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>" + String(repeating: " ", count: 2 << 20) + "</channel></rss>"
            return Response(status: .ok, headers: [.contentType: "application/rss+xml"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("gzip.xml") { request, _ -> Response in
            server.count("gzip.xml")
            let (body, gzipped) = server.lock.withLock { (server.feed.body, server.feed.gzipped) }
            guard request.headers[.acceptEncoding]?.contains("gzip") == true else {
                return Response(status: .ok, headers: [.contentType: "application/rss+xml"],
                                body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
            }
            server.count("gzip.xml, gzipped")
            return Response(status: .ok, headers: [.contentType: "application/rss+xml", .contentEncoding: "gzip"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: gzipped)))
        }
        router.get("dated.xml") { request, _ -> Response in
            server.count("dated.xml")
            let stamp = "Wed, 21 Aug 2013 10:00:00 GMT"
            if request.headers[.ifModifiedSince] == stamp {
                server.lock.withLock { server.counts.notModified += 1 }
                return Response(status: .notModified)
            }
            let body = server.lock.withLock { server.feed.body }
            return Response(status: .ok, headers: [.contentType: "application/rss+xml", .lastModified: stamp],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("slow.xml") { _, _ -> Response in
            server.count("slow.xml")
            try await Task.sleep(for: .seconds(3))
            return Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: "<rss/>")))
        }
        router.get("endless.xml") { _, _ -> Response in
            server.count("endless.xml")
            // A feed that never ends: chunks until the client hangs up.
            let chunk = ByteBuffer(string: "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>" + String(repeating: " ", count: 64 << 10))
            return Response(status: .ok, headers: [.contentType: "application/rss+xml"], body: ResponseBody { writer in
                while !Task.isCancelled { try await writer.write(chunk) }
                try await writer.finish(nil)
            })
        }
        router.get("hop/:n") { _, context -> Response in
            server.count("hop")
            let n = Int(context.parameters.get("n") ?? "0") ?? 0
            return Response(status: .found, headers: [.location: n > 0 ? "/hop/\(n - 1)" : "/plain.xml"])
        }
        server.addArticles(to: router)
        server.app = await LoopbackApplication.start(router, label: "feed-server")
        return server
    }

    func stop() async {
        await app?.stop()
    }

    func count(_ path: String) {
        lock.withLock { counts.requests[path, default: 0] += 1 }
    }

    private func good(_ request: Request, validators: Bool, path: String? = nil, type: String = "application/rss+xml") -> Response {
        count(path ?? (validators ? "good.xml" : "plain.xml"))
        let (version, body) = lock.withLock { (feed.version, feed.body) }
        let etag = "\"v\(version)\""
        if validators, let match = request.headers[.ifNoneMatch] {
            lock.withLock { counts.conditional += 1 }
            if match == etag {
                lock.withLock { counts.notModified += 1 }
                return Response(status: .notModified, headers: [.eTag: etag])
            }
        }
        var headers: HTTPFields = [.contentType: type]
        if validators { headers[.eTag] = etag }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}

/// The gzip file of `bytes`, made by the system's gzip.
private func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("feed-\(UUID().uuidString)")
    try Data(bytes).write(to: file)
    defer {
        try? FileManager.default.removeItem(at: file)
        try? FileManager.default.removeItem(atPath: file.path + ".gz")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
    process.arguments = ["-k", file.path]
    try process.run()
    process.waitUntilExit()
    return Array(try Data(contentsOf: URL(fileURLWithPath: file.path + ".gz")))
}
