import Foundation
import Testing

/// `redline watch --once` against feeds served on 127.0.0.1, run as a user would run it.
@Suite("redline watch", .serialized)
struct WatchCommandTests {
    static let redLineItem = """
        <item><title>Obama warns Assad that chemical weapons are a red line</title>
        <link>https://news.example.org/2012/08/20/red-line</link>
        <pubDate>Mon, 20 Aug 2012 18:00:00 GMT</pubDate>
        <description>President Barack Obama warned Syria's government on Monday that any use or movement of its chemical weapons would cross a "red line" for the United States and could lead him to reconsider his opposition to military involvement in the country's civil war. The president said there would be "enormous consequences" if Syria crossed that threshold.</description></item>
        """
    static let crossingItem = """
        <item><title>Syrian forces used sarin in Ghouta, U.S. says</title>
        <link>https://news.example.org/2013/08/22/ghouta</link>
        <pubDate>Thu, 22 Aug 2013 09:00:00 GMT</pubDate>
        <description>Syrian government forces fired rockets carrying sarin into the Damascus suburbs of Ghouta on Wednesday, a U.S. government assessment said, and the attack used chemical weapons that President Barack Obama had called a "red line."</description></item>
        """

    static func feed(_ items: String...) -> String {
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\n" + items.joined(separator: "\n") + "\n</channel></rss>\n"
    }

    struct Alert: Decodable {
        var alert: String
        var line: String
        var declarer: String
        var addressee: [String]
        var status: String
        var severity: Int?
        var evidence: String
        var source: String
        var windowCloses: String?
    }

    static func alerts(_ stdout: String) async throws -> [Alert] {
        try stdout.split(separator: "\n").map { try JSONDecoder().decode(Alert.self, from: Data($0.utf8)) }
    }

    /// `redline watch --once` on `feeds`; the test items link to pages on news.example.org, which
    /// are not fetched unless `articles` says so.
    static func watch(_ feeds: String, in dir: URL, _ extra: [String] = [], articles: Bool = false,
                      today: String = "2014-01-01") async throws -> CLIRunner.Result {
        let file = dir.appendingPathComponent("feeds.txt")
        try Data(feeds.utf8).write(to: file)
        return try await run(["watch", "--feeds", file.path, "--db", dir.appendingPathComponent("store.sqlite").path,
                              "--once", "--today", today, "--no-syntax"] + (articles ? [] : ["--no-article-pages"]) + extra)
    }

    /// Runs the CLI off the concurrency pool (`CLIRunner.run`), which the feed server in this
    /// process answers from.
    static func run(_ arguments: [String]) async throws -> CLIRunner.Result {
        try await CLIRunner.run(arguments)
    }

    /// An RSS feed at `/good.xml`, or the same items as a JSON Feed at `/feed.json`.
    enum Shape: String, CaseIterable, Sendable {
        case rss = "good.xml", json = "feed.json"

        func feed(crossing: Bool) -> String {
            switch self {
            case .rss: crossing ? WatchCommandTests.feed(redLineItem, crossingItem) : WatchCommandTests.feed(redLineItem)
            case .json: crossing ? jsonFeed(redLineJSONItem, crossingJSONItem) : jsonFeed(redLineJSONItem)
            }
        }
    }

    @Test(arguments: Shape.allCases)
    func newItemsAlertOnceAndARestartFetchesNothingTwice(shape: Shape) async throws {
        let server = try await FeedServer.start(feed: shape.feed(crossing: false))
        defer { Task { await server.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feeds = "\(server.url(shape.rawValue)) Wire 60\n"

        let first = try await Self.watch(feeds, in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr == "")
        let firstAlerts = try await Self.alerts(first.stdout)
        #expect(firstAlerts.map(\.alert) == ["line"])
        #expect(firstAlerts.first?.declarer == "USA")
        #expect(firstAlerts.first?.status == "declared")
        #expect(firstAlerts.first?.source == "https://news.example.org/2012/08/20/red-line")
        #expect(firstAlerts.first?.evidence.contains("red line") == true)

        // Unchanged: the server is asked conditionally and answers 304; nothing to say.
        let second = try await Self.watch(feeds, in: dir)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == "")
        #expect(server.seen.notModified == 1)

        // A new item: alerts only for what it adds, none repeating the first run's.
        server.setFeed(shape.feed(crossing: true))
        let third = try await Self.watch(feeds, in: dir)
        #expect(third.status == 0, "\(third.stderr)")
        let thirdAlerts = try await Self.alerts(third.stdout)
        #expect(thirdAlerts.contains { $0.alert == "crossing" && $0.line == firstAlerts.first?.line })
        #expect(thirdAlerts.contains { $0.alert == "status" && $0.line == firstAlerts.first?.line })
        #expect(thirdAlerts.allSatisfy { $0.source == "https://news.example.org/2013/08/22/ghouta" || $0.alert == "status" })
        #expect(!thirdAlerts.contains { $0.alert == "line" && $0.line == firstAlerts.first?.line })

        // A restart: the remembered ETag gives a 304 again.
        let fourth = try await Self.watch(feeds, in: dir)
        #expect(fourth.stdout == "")
        #expect(server.seen.requests[shape.rawValue] == 4)
        #expect(server.seen.conditional == 3)
        #expect(server.seen.notModified == 2)
    }

    @Test func itemsAlreadyTakenInAreSkippedWhenTheServerSendsNoValidators() async throws {
        let server = try await FeedServer.start(feed: Self.feed(Self.redLineItem))
        defer { Task { await server.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feeds = "\(server.url("plain.xml")) Plain 60\n"
        let first = try await Self.watch(feeds, in: dir)
        await #expect(try Self.alerts(first.stdout).map(\.alert) == ["line"])
        let second = try await Self.watch(feeds, in: dir)
        #expect(second.status == 0)
        #expect(second.stdout == "")
        #expect(server.seen.requests["plain.xml"] == 2)
        let state = try String(contentsOf: dir.appendingPathComponent("store.sqlite.watch.json"), encoding: .utf8)
        #expect(state.contains("url:https:\\/\\/news.example.org\\/2012\\/08\\/20\\/red-line") || state.contains("url:https://news.example.org/2012/08/20/red-line"))
    }

    @Test func badFeedsAreReportedOneLineEachAndTheGoodFeedGoesOn() async throws {
        let server = try await FeedServer.start(feed: Self.feed(Self.redLineItem))
        defer { Task { await server.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feeds = """
            \(server.url("broken.xml")) Broken 60
            \(server.url("malformed.xml")) Half Feed 60
            \(server.url("good.xml")) Wire 60
            \(server.url("loop.xml")) Loop 60
            \(server.url("big.xml")) Big 60
            """
        let run = try await Self.watch(feeds, in: dir, ["--max-feed-size", "1"])
        #expect(run.status == 1)
        await #expect(try Self.alerts(run.stdout).map(\.alert) == ["line"])
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "redline: feed \"Broken\" (\(server.url("broken.xml"))): HTTP 500 Internal Server Error; retrying in 120 s",
            "redline: feed \"Half Feed\" (\(server.url("malformed.xml"))): line 1: malformed XML: the feed ends inside <item>, cut short; retrying in 120 s",
            "redline: feed \"Loop\" (\(server.url("loop.xml"))): a redirect loop; retrying in 120 s",
            "redline: feed \"Big\" (\(server.url("big.xml"))): the body is over the 1048576 byte limit; retrying in 120 s",
        ])

        // Tried again on the next round, waiting longer; the good feed is not fetched twice.
        let again = try await Self.watch(feeds, in: dir, ["--max-feed-size", "1"])
        #expect(again.status == 1)
        #expect(again.stdout == "")
        #expect(again.stderr.contains("HTTP 500 Internal Server Error; retrying in 240 s"))
        #expect(server.seen.requests["broken.xml"] == 2)
        #expect(server.seen.notModified == 1)
    }

    @Test func aGzippedFeedIsReadAndALastModifiedDateMakesTheNextGETConditional() async throws {
        let server = try await FeedServer.start(feed: Self.feed(Self.redLineItem))
        defer { Task { await server.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gzipped = try await Self.watch("\(server.url("gzip.xml")) Zipped 60\n", in: dir)
        #expect(gzipped.status == 0, "\(gzipped.stderr)")
        await #expect(try Self.alerts(gzipped.stdout).map(\.alert) == ["line"])
        #expect(server.seen.requests["gzip.xml, gzipped"] == 1)

        let other = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: other) }
        let feeds = "\(server.url("dated.xml")) Dated 60\n"
        let dated = try await Self.watch(feeds, in: other)
        await #expect(try Self.alerts(dated.stdout).map(\.alert) == ["line"])
        let again = try await Self.watch(feeds, in: other)
        #expect(again.status == 0)
        #expect(again.stdout == "")
        #expect(server.seen.requests["dated.xml"] == 2)
        #expect(server.seen.notModified == 1)
    }

    @Test func aFeedThatDoesNotAnswerInTimeIsReportedAndTheOthersGoOn() async throws {
        let server = try await FeedServer.start(feed: Self.feed(Self.redLineItem))
        defer { Task { await server.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feeds = "\(server.url("slow.xml")) Slow 30\n\(server.url("good.xml")) Wire 60\n"
        let start = Date()
        let run = try await Self.watch(feeds, in: dir, ["--timeout", "1"])
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(run.status == 1)
        await #expect(try Self.alerts(run.stdout).map(\.alert) == ["line"])
        #expect(run.stderr == "redline: feed \"Slow\" (\(server.url("slow.xml"))): no complete answer within 1 s; retrying in 60 s\n")
    }

    @Test func withoutOnceTheWatchPollsAgainAfterTheIntervalAndAlertsOnWhatChanged() async throws {
        let server = try await FeedServer.start(feed: Self.feed(Self.redLineItem))
        defer { Task { await server.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("feeds.txt")
        try Data("\(server.url("good.xml")) Wire 1\n".utf8).write(to: file)
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["watch", "--feeds", file.path, "--db", dir.appendingPathComponent("store.sqlite").path,
                             "--today", "2014-01-01", "--no-syntax", "--no-article-pages"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        let collected = OutputBuffer()
        out.fileHandleForReading.readabilityHandler = { handle in collected.append(handle.availableData) }
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            out.fileHandleForReading.readabilityHandler = nil
        }
        func waitFor(lines count: Int) async throws -> [Alert] {
            for _ in 0..<300 where collected.lines < count { try await Task.sleep(for: .milliseconds(50)) }
            return try await Self.alerts(collected.text)
        }
        let first = try await waitFor(lines: 1)
        #expect(first.map(\.alert) == ["line"])
        server.setFeed(Self.feed(Self.redLineItem, Self.crossingItem))
        let after = try await waitFor(lines: 2)
        #expect(after.contains { $0.alert == "crossing" && $0.source == "https://news.example.org/2013/08/22/ghouta" })
        #expect(process.isRunning)
        #expect(server.seen.conditional >= 1)
    }

    @Test func aBadFeedsFileIsNamedWithTheLineAndWhatIsWrong() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("feeds.txt")
        try Data("http://127.0.0.1:9/x.xml Wire often\n".utf8).write(to: file)
        let run = try await Self.run(["watch", "--feeds", file.path, "--db", dir.appendingPathComponent("s.sqlite").path, "--once"])
        #expect(run.status == 1)
        #expect(run.stderr == "redline: \(file.path):1: bad interval \"often\": give whole seconds, at least 1\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("s.sqlite").path))
        let missing = dir.appendingPathComponent("none.txt").path
        let none = try await Self.run(["watch", "--feeds", missing, "--db", dir.appendingPathComponent("s.sqlite").path, "--once"])
        #expect(none.status == 1)
        #expect(none.stderr == "redline: \(missing): no such feeds file\n")
    }
}

/// Standard output of a running process, as it arrives.
final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ chunk: Data) { lock.withLock { data.append(chunk) } }
    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
    var lines: Int { lock.withLock { data.filter { $0 == 0x0A }.count } }
}
