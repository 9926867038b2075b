import Foundation
import Testing

/// Items that carry only a summary: the watch fetches their article pages from 127.0.0.1, one at
/// a time per host, and falls back to the summary, saying so, when a page cannot be had.
@Suite("redline watch: article pages", .serialized)
struct WatchArticleTests {
    @Test func summariesAreReplacedByTheirArticlePagesOneRequestAtATime() async throws {
        let server = try await FeedServer.start(feed: WatchCommandTests.feed(WatchCommandTests.redLineItem))
        defer { Task { await server.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feeds = "\(server.url("summaries.xml")) Wire 60\n"

        let run = try await WatchCommandTests.watch(feeds, in: dir, articles: true)
        #expect(run.status == 0, "\(run.stderr)")
        // The summaries say nothing of a red line: the alerts come from the pages.
        let alerts = try await WatchCommandTests.alerts(run.stdout)
        #expect(alerts.map(\.alert) == ["line"])
        #expect(alerts.first?.source == server.url("articles/red-line.html"))
        #expect(alerts.first?.evidence.contains("red line") == true)
        #expect(run.stderr == "redline: feed \"Wire\" (\(server.url("summaries.xml"))): article \(server.url("articles/gone.html")): HTTP 404 Not Found; using the item's summary\n")
        #expect(server.seen.requests["articles/red-line.html"] == 1)
        #expect(server.seen.requests["articles/ghouta.html"] == 1)
        #expect(server.seen.requests["articles/gone.html"] == 1)
        #expect(server.mostArticlesAtOnce == 1)

        // Seen items are neither stored again nor their pages fetched again.
        let again = try await WatchCommandTests.watch(feeds, in: dir, articles: true)
        #expect(again.status == 0)
        #expect(again.stdout == "")
        #expect(again.stderr == "")
        #expect(server.seen.requests["articles/red-line.html"] == 1)
    }

    @Test func withoutArticlePagesTheSummariesAreStored() async throws {
        let server = try await FeedServer.start(feed: WatchCommandTests.feed(WatchCommandTests.redLineItem))
        defer { Task { await server.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try await WatchCommandTests.watch("\(server.url("summaries.xml")) Wire 60\n", in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "")
        #expect(run.stderr == "")
        #expect(server.seen.requests.keys.filter { $0.hasPrefix("articles/") }.isEmpty)
    }

    @Test func aPageOverTheSizeLimitFallsBackToTheSummary() async throws {
        let server = try await FeedServer.start(feed: WatchCommandTests.feed(WatchCommandTests.redLineItem))
        defer { Task { await server.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // An item whose link is the endless feed: its page never ends.
        let feed = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
            <item><title>Endless</title><link>\(server.url("endless.xml"))</link><description>A page that never ends.</description></item>
            </channel></rss>
            """
        server.setFeed(feed)
        let run = try await WatchCommandTests.watch("\(server.url("plain.xml")) Wire 60\n", in: dir, ["--max-page-size", "1"], articles: true)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "redline: feed \"Wire\" (\(server.url("plain.xml"))): article \(server.url("endless.xml")): the page is over the 1048576 byte limit; using the item's summary\n")
    }
}
