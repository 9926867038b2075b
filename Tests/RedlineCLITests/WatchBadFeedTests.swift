import Foundation
import Testing

/// Bad feeds the other watch tests do not try: a body that never ends and a chain of redirects
/// longer than allowed. Each is reported on one line naming the feed, retried later with backoff,
/// and the good feed goes on.
@Suite("redline watch: bad feeds", .serialized)
struct WatchBadFeedTests {
    @Test func anEndlessBodyIsCutAtTheLimitAndALongRedirectChainIsRefused() async throws {
        let server = try await FeedServer.start(feed: WatchCommandTests.feed(WatchCommandTests.redLineItem))
        defer { Task { await server.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feeds = """
            \(server.url("endless.xml")) Endless 60
            \(server.url("hop/5")) Hops 60
            \(server.url("hop/1")) Short Hop 60
            """
        let start = Date()
        let run = try await WatchCommandTests.watch(feeds, in: dir, ["--max-feed-size", "1", "--max-redirects", "2"])
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(run.status == 1)
        // One redirect is followed: the feed behind it is read.
        await #expect(try WatchCommandTests.alerts(run.stdout).map(\.alert) == ["line"])
        #expect(run.stderr.split(separator: "\n").map(String.init) == [
            "redline: feed \"Endless\" (\(server.url("endless.xml"))): the body is over the 1048576 byte limit; retrying in 120 s",
            "redline: feed \"Hops\" (\(server.url("hop/5"))): more than 2 redirects; retrying in 120 s",
        ])
        let again = try await WatchCommandTests.watch(feeds, in: dir, ["--max-feed-size", "1", "--max-redirects", "2"])
        #expect(again.stderr.contains("feed \"Endless\" (\(server.url("endless.xml"))): the body is over the 1048576 byte limit; retrying in 240 s"))
        #expect(again.stderr.contains("feed \"Hops\" (\(server.url("hop/5"))): more than 2 redirects; retrying in 240 s"))
        #expect(server.seen.requests["endless.xml"] == 2)
    }
}
