import Foundation
import Hummingbird
import RedlineStore
import Testing

/// Three `redline watch` workers on one PostgreSQL store, started at once over the same feeds:
/// each feed is polled, each article page fetched and each item stored by one of them only.
@Suite("redline watch: workers sharing PostgreSQL", .serialized, .postgresServer)
struct WatchWorkersTests {
    /// Six feeds of three summary-only items each, linking to pages on the same server; the
    /// first item of every feed is one article all six carry.
    static func startServer() async throws -> (LoopbackApplication, Counter) {
        let counter = Counter()
        let router = Router()
        router.get("multi/:n") { _, context -> Response in
            let n = context.parameters.get("n") ?? "0"
            counter.add("feed \(n)")
            let port = counter.port
            var items = "<item><title>Shared</title><link>http://127.0.0.1:\(port)/page/shared</link><description>Shared summary.</description></item>"
            for i in 1...2 {
                items += "<item><title>Item \(n)-\(i)</title><link>http://127.0.0.1:\(port)/page/\(n)-\(i)</link><description>Summary of item \(n)-\(i).</description></item>"
            }
            let body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed \(n)</title>\(items)</channel></rss>"
            return Response(status: .ok, headers: [.contentType: "application/rss+xml"], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("page/:name") { _, context -> Response in
            let name = context.parameters.get("name") ?? ""
            counter.add("page \(name)")
            try? await Task.sleep(for: .milliseconds(counter.slow ? 60_000 : 100))
            let page = """
                <!doctype html><html><head><title>Story \(name)</title></head><body><article><h1>Story \(name)</h1>
                <p>Officials in the capital met on Tuesday to discuss the harvest and the price of grain, report \(name) said.</p>
                <p>The ministry expects the harvest to be larger than last year's, according to the report numbered \(name).</p>
                </article></body></html>
                """
            return Response(status: .ok, headers: [.contentType: "text/html"], body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
        }
        let app = await LoopbackApplication.start(router, label: "workers-feed-server")
        counter.port = app.port
        return (app, counter)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [String: Int] = [:]
        private var _port = 0
        var port: Int {
            get { lock.withLock { _port } }
            set { lock.withLock { _port = newValue } }
        }
        private var _slow = false
        /// Pages answered after a minute: a worker fetching them is caught mid-batch.
        var slow: Bool {
            get { lock.withLock { _slow } }
            set { lock.withLock { _slow = newValue } }
        }
        func add(_ key: String) { lock.withLock { counts[key, default: 0] += 1 } }
        var seen: [String: Int] { lock.withLock { counts } }
    }

    @Test func threeWorkersPollEachFeedFetchEachPageAndStoreEachItemOnce() async throws {
        let server = try #require(TestPostgres.current)
        let url = try await server.newDatabase()
        let (app, counter) = try await Self.startServer()
        defer { Task { await app.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feeds = dir.appendingPathComponent("feeds.txt")
        try Data((1...6).map { "http://127.0.0.1:\(app.port)/multi/\($0) Feed \($0) 60\n" }.joined().utf8).write(to: feeds)

        func worker(_ n: Int) async throws -> CLIRunner.Result {
            try await CLIRunner.run(["watch", "--feeds", feeds.path, "--db", url.description, "--state", dir.appendingPathComponent("w\(n).json").path,
                                     "--once", "--today", "2014-01-01", "--no-syntax"])
        }
        async let a = worker(1)
        async let b = worker(2)
        async let c = worker(3)
        let runs = try await [a, b, c]
        for run in runs { #expect(run.status == 0, "\(run.stderr)") }
        #expect(runs.allSatisfy { $0.stderr == "" }, "\(runs.map(\.stderr))")

        let seen = counter.seen
        for n in 1...6 { #expect(seen["feed \(n)"] == 1, "feed \(n): \(seen["feed \(n)"] ?? 0) polls") }
        #expect(seen["page shared"] == 1)
        for n in 1...6 { for i in 1...2 { #expect(seen["page \(n)-\(i)"] == 1, "page \(n)-\(i)") } }

        let store = try await StoreFactory.open(.postgres(url))
        #expect(try await store.documentCount() == 13)
        let statuses = try await store.feedStatuses()
        #expect(statuses.count == 6)
        #expect(statuses.allSatisfy { $0.failures == 0 && $0.lastSuccess != nil })
        try await store.close()

        // Nothing is fetched twice when they poll again: the feeds are not due, and were polled
        // after these workers started... by the first three; new workers with --once poll them
        // again, but every item is taken already.
        let again = try await [worker(1), worker(2), worker(3)]
        for run in again { #expect(run.status == 0, "\(run.stderr)") }
        #expect(again.allSatisfy { $0.stdout == "" })
        #expect(counter.seen.filter { $0.key.hasPrefix("page ") }.values.allSatisfy { $0 == 1 })
        try await server.dropDatabase(url)
    }

    @Test func aWorkerKilledMidBatchLosesNothingAndDuplicatesNothing() async throws {
        let server = try #require(TestPostgres.current)
        let (app, counter) = try await Self.startServer()
        defer { Task { await app.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feeds = dir.appendingPathComponent("feeds.txt")
        try Data((1...6).map { "http://127.0.0.1:\(app.port)/multi/\($0) Feed \($0) 60\n" }.joined().utf8).write(to: feeds)
        func arguments(_ url: PostgresURL, state: String) -> [String] {
            ["watch", "--feeds", feeds.path, "--db", url.description, "--state", dir.appendingPathComponent(state).path,
             "--once", "--today", "2014-01-01", "--no-syntax"]
        }

        // A clean run, for comparison.
        let clean = try await server.newDatabase()
        let cleanRun = try await CLIRunner.run(arguments(clean, state: "clean.json"))
        #expect(cleanRun.status == 0, "\(cleanRun.stderr)")

        // A worker killed while it fetches its claimed items' pages.
        let shared = try await server.newDatabase()
        counter.slow = true
        let before = counter.seen.filter { $0.key.hasPrefix("page ") }.values.reduce(0, +)
        let victim = Process()
        victim.executableURL = CLIRunner.executable
        victim.arguments = arguments(shared, state: "victim.json")
        victim.standardOutput = FileHandle.nullDevice
        victim.standardError = FileHandle.nullDevice
        try victim.run()
        for _ in 0..<600 where counter.seen.filter({ $0.key.hasPrefix("page ") }).values.reduce(0, +) == before {
            try await Task.sleep(for: .milliseconds(50))
        }
        kill(victim.processIdentifier, SIGKILL)
        let pid = victim.processIdentifier
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread { victim.waitUntilExit(); done.resume() }
        }
        #expect(victim.terminationReason == .uncaughtSignal, "worker \(pid) was not killed mid-batch")
        counter.slow = false

        // Restarted on the same machine, the watch drops the dead process's claims (held for 900 s
        // otherwise: a dead worker elsewhere is waited for), takes its feeds and items and stores
        // them once.
        let rescue = try await CLIRunner.run(arguments(shared, state: "rescue.json"))
        #expect(rescue.status == 0, "\(rescue.stderr)")
        let a = try await StoreFactory.open(.postgres(clean)), b = try await StoreFactory.open(.postgres(shared))
        #expect(try await b.counts() == a.counts())
        #expect(try await b.documentCount() == 13)
        #expect(try await b.trackedLines().map(\.id) == a.trackedLines().map(\.id))
        try await a.close()
        try await b.close()
        try await server.dropDatabase(clean)
        try await server.dropDatabase(shared)
    }
}
