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
        #expect(json == #"{"alert":"line","line":"L2","declarer":"USA","addressee":[],"status":"declared","trigger":"use of chemical weapons","#
            + #""evidence":"An invasion would cross our red line.","source":"https://a.example/s3","document":"d-s3","link":"s3","date":"2012-08-20"}"#)
    }

    @Test func rulesPassAnAlertByKindDeclarerAddresseeStatusAndSeverity() {
        var l = line("L1", status: .crossed, statements: [statement("s1", "Any use of chemical weapons is a red line.")])
        l.trigger.actor = [ActorRef(code: "SYR")]
        l.consequence.severity = 4
        let alert = LineAlert(alert: .crossing, line: l, evidence: "e", source: "s", document: "d", link: "c1", date: nil)
        #expect(alert.addressee == ["SYR"] && alert.severity == 4)
        #expect(AlertRule.passes(alert, []))
        #expect(AlertRule(alert: [.crossing, .status]).matches(alert))
        #expect(!AlertRule(alert: [.line]).matches(alert))
        #expect(AlertRule(declarer: ["usa"]).matches(alert))
        #expect(!AlertRule(declarer: ["RUS"]).matches(alert))
        #expect(AlertRule(addressee: ["IRN", "SYR"]).matches(alert))
        #expect(!AlertRule(addressee: ["IRN"]).matches(alert))
        #expect(AlertRule(status: [.crossed]).matches(alert))
        #expect(!AlertRule(status: [.declared]).matches(alert))
        #expect(AlertRule(minSeverity: 4).matches(alert))
        #expect(!AlertRule(minSeverity: 5).matches(alert))
        #expect(!AlertRule(declarer: ["USA"], minSeverity: 5).matches(alert))
        #expect(AlertRule.passes(alert, [AlertRule(declarer: ["RUS"]), AlertRule(status: [.crossed])]))
        #expect(!AlertRule.passes(alert, [AlertRule(declarer: ["RUS"]), AlertRule(status: [.enforced])]))
        l.consequence.severity = nil
        #expect(!AlertRule(minSeverity: 1).matches(LineAlert(alert: .crossing, line: l, evidence: "e", source: "s", document: "d", date: nil)))
    }

    @Test func aWindowAlertIsGivenWithinTheDaysBeforeTheResponseWindowCloses() {
        var l = line("L1", status: .crossed, statements: [statement("s1", "Any use of chemical weapons is a red line.")])
        l.crossings = [TrackedLine.Crossing(id: "c1", date: Day("2013-08-21"), actor: [], kind: .event, type: nil, confidence: 0.9,
                                            document: "d3", source: "https://a.example/3", evidence: "Rockets carrying sarin struck Ghouta.")]
        func windows(_ today: String, days: Int = 7) -> [LineAlert] {
            LineAlert.closingWindows([l], today: Day(today)!, responseWindowDays: 90, days: days)
        }
        #expect(windows("2013-11-11").isEmpty)
        let alert = windows("2013-11-12")
        #expect(alert.map(\.alert) == [.window])
        #expect(alert.first?.windowCloses == Day("2013-11-19"))
        #expect(alert.first?.evidence == "Rockets carrying sarin struck Ghouta.")
        #expect(alert.first?.key == "window:L1:2013-11-19")
        #expect(windows("2013-11-19").count == 1)
        #expect(windows("2013-11-20").isEmpty)
        #expect(windows("2013-11-19", days: 0).count == 1)
        l.responses = [TrackedLine.Response(id: "r1", date: Day("2013-09-01"), type: .assault, severity: 4, confidence: 0.8, document: "d4",
                                            source: "s", evidence: "Strikes.")]
        #expect(windows("2013-11-15").isEmpty)
    }

    @Test func anAlertsKeyIsTheSameForTheSameChange() {
        let s1 = statement("s1", "Any use of chemical weapons is a red line.")
        let a = LineAlert.changes(before: [], after: [line("L1", status: .declared, statements: [s1])])
        let b = LineAlert.changes(before: [], after: [line("L1", status: .declared, statements: [s1])])
        #expect(a.map(\.key) == ["line:L1"])
        #expect(a.map(\.key) == b.map(\.key))
        let status = LineAlert.changes(before: [line("L1", status: .declared, statements: [s1])], after: [line("L1", status: .crossed, statements: [s1])])
        #expect(status.map(\.key) == ["status:L1:declared>crossed"])
    }

    @Test func rulesFilesAreReadAsOneRuleOrAList() throws {
        let one = try AlertRulesFile.parse(Data(#"{"declarer": "usa", "minSeverity": 3}"#.utf8), file: "r.json")
        #expect(one == [AlertRule(declarer: ["USA"], minSeverity: 3)])
        let two = try AlertRulesFile.parse(Data(#"[{"alert": ["crossing"], "status": "crossed"}, {"addressee": ["rus", "BLR"]}]"#.utf8), file: "r.json")
        #expect(two == [AlertRule(alert: [.crossing], status: [.crossed]), AlertRule(addressee: ["RUS", "BLR"])])
        #expect(throws: WatchError.self) { try AlertRulesFile.parse(Data("[]".utf8), file: "r.json") }
        #expect(throws: WatchError.self) { try AlertRulesFile.parse(Data(#"{"declarer": [1]}"#.utf8), file: "r.json") }
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
