import Foundation
import RedlineCore
import RedlineWatch
import Testing

@Suite("Watch: feeds file, backoff, state, alerts")
struct WatchUnitTests {
    @Test func feedsFileLinesGiveURLNameAndInterval() throws {
        let text = """
            # url name seconds
            https://example.org/world.rss   Example World   300

            http://news.example.net/atom.xml\tNet\t60\r
            """
        let feeds = try FeedList.parse(text, file: "feeds.txt")
        #expect(feeds == [Feed(url: "https://example.org/world.rss", name: "Example World", interval: 300),
                          Feed(url: "http://news.example.net/atom.xml", name: "Net", interval: 60)])
    }

    @Test func badFeedsFileLinesAreNamedWithWhatIsWrong() {
        func error(_ text: String) -> String {
            do {
                _ = try FeedList.parse(text, file: "feeds.txt")
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        #expect(error("https://a.example/x.rss 300") == "feeds.txt:1: expected URL NAME INTERVAL, found 2 fields")
        #expect(error("\nftp://a.example/x.rss A 300") == "feeds.txt:2: bad URL \"ftp://a.example/x.rss\": give an http:// or https:// address")
        #expect(error("https://a.example/x.rss A soon") == "feeds.txt:1: bad interval \"soon\": give whole seconds, at least 1")
        #expect(error("https://a.example/x.rss A 0") == "feeds.txt:1: bad interval \"0\": give whole seconds, at least 1")
        #expect(error("https://a.example/x.rss A 60\nhttps://a.example/x.rss B 60")
            == "feeds.txt:2: the feed https://a.example/x.rss is already listed on line 1")
        #expect(error("# nothing\n\n") == "feeds.txt: no feeds listed (one a line: URL NAME INTERVAL)")
    }

    @Test func backoffDoublesPerFailureWithinTheCap() {
        let backoff = Backoff(maxSeconds: 3600)
        #expect(backoff.delay(interval: 60, failures: 0) == 60)
        #expect(backoff.delay(interval: 60, failures: 1) == 120)
        #expect(backoff.delay(interval: 60, failures: 3) == 480)
        #expect(backoff.delay(interval: 60, failures: 10) == 3600)
        #expect(backoff.delay(interval: 7200, failures: 2) == 7200)
        #expect(backoff.delay(interval: 60, failures: 1000) == 3600)
    }

    @Test func stateRemembersItemsByURLOrContentAcrossSaves() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var state = try WatchState.load(path: path)
        #expect(state.feeds.isEmpty)
        state.markSeen(feed: "f", keys: WatchState.keys(url: "https://a.example/1", contentHash: "h1"))
        state.feeds["f"]?.validators = Validators(etag: "\"v1\"", lastModified: nil)
        try state.save(path: path)
        let loaded = try WatchState.load(path: path)
        #expect(loaded == state)
        #expect(loaded.hasSeen(feed: "f", url: "https://a.example/1", contentHash: "other"))
        #expect(loaded.hasSeen(feed: "f", url: "https://a.example/edited", contentHash: "h1"))
        #expect(!loaded.hasSeen(feed: "f", url: "https://a.example/2", contentHash: "h2"))
        #expect(!loaded.hasSeen(feed: "g", url: "https://a.example/1", contentHash: "h1"))
    }

    @Test func aStateFileThatIsNotOursIsRefusedWithItsName() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("[1, 2]".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: WatchError.self) { try WatchState.load(path: path) }
        do {
            _ = try WatchState.load(path: path)
        } catch {
            #expect("\(error)" == "\(path): not a watch state file (expected the JSON redline watch writes; remove it to start afresh)")
        }
    }

    @Test func changesGiveNewLinesStatementsCrossingsResponsesAndStatus() {
        let s1 = statement("s1", "Any use of chemical weapons is a red line.")
        let s2 = statement("s2", "The red line stands, he said again.")
        let before = [line("L1", status: .declared, statements: [s1])]
        var l1 = line("L1", status: .crossed, statements: [s1, s2])
        l1.crossings = [TrackedLine.Crossing(id: "c1", date: Day("2013-08-21"), actor: [], kind: .event, type: nil, confidence: 0.9,
                                             document: "d3", source: "https://a.example/3", evidence: "Rockets carrying sarin struck Ghouta.")]
        let l2 = line("L2", status: .declared, statements: [statement("s3", "An invasion would cross our red line.")])
        let alerts = LineAlert.changes(before: before, after: [l1, l2])
        #expect(alerts.map(\.alert) == [.statement, .crossing, .status, .line])
        #expect(alerts.map(\.line) == ["L1", "L1", "L1", "L2"])
        #expect(alerts[0].evidence == "The red line stands, he said again.")
        #expect(alerts[1].source == "https://a.example/3")
        #expect(alerts[2].previousStatus == .declared && alerts[2].status == .crossed)
        #expect(alerts[2].evidence == "Rockets carrying sarin struck Ghouta.")
        #expect(alerts[3].declarer == "USA")
        #expect(LineAlert.changes(before: [l1, l2], after: [l1, l2]).isEmpty)
    }

    @Test func anAlertIsOneJSONLineWithTheLineDeclarerStatusEvidenceAndSource() throws {
        let l = line("L2", status: .declared, statements: [statement("s3", "An invasion would cross our red line.")])
        let alert = try #require(LineAlert.changes(before: [], after: [l]).first)
        let json = String(decoding: try JSONLineEncoder().encode(alert), as: UTF8.self)
        #expect(json == #"{"alert":"line","line":"L2","declarer":"USA","status":"declared","trigger":"use of chemical weapons","#
            + #""evidence":"An invasion would cross our red line.","source":"https://a.example/s3","document":"d-s3","date":"2012-08-20"}"#)
    }

    private func statement(_ id: String, _ evidence: String) -> TrackedLine.Statement {
        TrackedLine.Statement(id: id, document: "d-\(id)", source: "https://a.example/\(id)", date: Day("2012-08-20"), speaker: nil,
                              evidence: evidence, span: ScalarSpan(0, 10), confidence: 0.9)
    }

    private func line(_ id: String, status: LineStatus, statements: [TrackedLine.Statement]) -> TrackedLine {
        TrackedLine(id: id, declarer: ActorRef(code: "USA"), trigger: Trigger(actor: [], action: nil, text: "use of chemical weapons"),
                    consequence: Consequence(kind: .military, severity: nil, text: nil), explicit: true, status: status,
                    statusSource: .machine, firstDeclared: statements.first?.date, statements: statements, crossings: [], responses: [])
    }
}
