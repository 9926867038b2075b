import Foundation
import Testing

/// Alert options and rules files: what is printed is limited, what is kept is not; a response
/// window about to close gives one `window` alert.
@Suite("redline watch: alert rules", .serialized)
struct WatchRulesTests {
    @Test func optionsLimitThePrintedAlertsByDeclarerAddresseeStatusAndSeverity() async throws {
        let server = try await FeedServer.start(feed: WatchCommandTests.feed(WatchCommandTests.redLineItem, WatchCommandTests.crossingItem))
        defer { Task { await server.stop() } }
        let feeds = "\(server.url("good.xml")) Wire 60\n"
        func alerts(_ options: [String]) async throws -> [String] {
            let dir = try CLIRunner.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let run = try await WatchCommandTests.watch(feeds, in: dir, options)
            #expect(run.status == 0, "\(run.stderr)")
            return try await WatchCommandTests.alerts(run.stdout).map(\.alert)
        }
        let all = try await alerts([])
        #expect(all == ["line"])
        let every = try await WatchCommandTests.alerts(try await {
            let dir = try CLIRunner.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            return try await WatchCommandTests.watch(feeds, in: dir).stdout
        }())
        #expect(every.first?.declarer == "USA")
        #expect(every.first?.addressee.contains("SYR") == true)
        #expect(try await alerts(["--declarer", "RUS,IRN"]) == [])
        #expect(try await alerts(["--declarer", "usa"]) == ["line"])
        #expect(try await alerts(["--addressee", "SYR"]) == ["line"])
        #expect(try await alerts(["--addressee", "UKR"]) == [])
        #expect(try await alerts(["--alert", "crossing,status"]) == [])
        #expect(try await alerts(["--status", "declared"]) == [])
        #expect(try await alerts(["--status", every.first?.status ?? "?"]) == ["line"])
        if let severity = every.first?.severity {
            #expect(try await alerts(["--min-severity", String(severity)]) == ["line"])
            if severity < 5 { #expect(try await alerts(["--min-severity", String(severity + 1)]) == []) }
        } else {
            // "enormous consequences" names no severity: a rule asking for one passes nothing.
            #expect(try await alerts(["--min-severity", "1"]) == [])
        }
    }

    @Test func aRulesFilePassesAnAlertThatPassesAnyRule() async throws {
        let server = try await FeedServer.start(feed: WatchCommandTests.feed(WatchCommandTests.redLineItem))
        defer { Task { await server.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rules = dir.appendingPathComponent("rules.json")
        try Data(#"[{"declarer": "RUS"}, {"declarer": ["USA"], "alert": ["line", "crossing"]}]"#.utf8).write(to: rules)
        let run = try await WatchCommandTests.watch("\(server.url("good.xml")) Wire 60\n", in: dir, ["--rules", rules.path])
        #expect(run.status == 0, "\(run.stderr)")
        await #expect(try WatchCommandTests.alerts(run.stdout).map(\.alert) == ["line"])

        let other = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: other) }
        try Data(#"{"declarer": ["RUS"]}"#.utf8).write(to: rules)
        let none = try await WatchCommandTests.watch("\(server.url("good.xml")) Wire 60\n", in: other, ["--rules", rules.path])
        #expect(none.status == 0, "\(none.stderr)")
        #expect(none.stdout == "")
    }

    @Test func badRulesAreNamedWithWhatIsWrong() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rules = dir.appendingPathComponent("rules.json")
        func run(_ text: String) async throws -> CLIRunner.Result {
            try Data(text.utf8).write(to: rules)
            return try await WatchCommandTests.watch("http://127.0.0.1:9/x.xml Wire 60\n", in: dir, ["--rules", rules.path])
        }
        let unknownKey = try await run(#"[{"declarer": "USA"}, {"severity": 3}]"#)
        #expect(unknownKey.status == 1)
        #expect(unknownKey.stderr == "redline: \(rules.path): rule 2 has an unknown key \"severity\"; the keys are alert, declarer, addressee, status, minSeverity\n")
        let badKind = try await run(#"{"alert": ["crossed"]}"#)
        #expect(badKind.stderr == "redline: \(rules.path): the rule: unknown alert \"crossed\"; the alerts are line, statement, crossing, response, status, window\n")
        let notJSON = try await run("declarer: USA")
        #expect(notJSON.stderr == "redline: \(rules.path): not JSON: a rule is an object such as {\"declarer\": [\"USA\"]}, and the file one rule or an array of them\n")
        let severity = try await run(#"{"minSeverity": 9}"#)
        #expect(severity.stderr == "redline: \(rules.path): the rule: minSeverity must be a whole number from 1 to 5\n")
        let missing = try await WatchCommandTests.watch("http://127.0.0.1:9/x.xml Wire 60\n", in: dir, ["--rules", dir.appendingPathComponent("none.json").path])
        #expect(missing.stderr == "redline: \(dir.appendingPathComponent("none.json").path): no such rules file\n")
        let both = try await WatchCommandTests.watch("http://127.0.0.1:9/x.xml Wire 60\n", in: dir, ["--rules", rules.path, "--declarer", "USA"])
        #expect(both.status == 2)
        #expect(both.stderr.contains("give the alert rules either as options (--alert, --declarer, --addressee, --status, --min-severity) or in --rules, not both"))
        let badStatus = try await WatchCommandTests.watch("http://127.0.0.1:9/x.xml Wire 60\n", in: dir, ["--status", "broken"])
        #expect(badStatus.status == 2)
        #expect(badStatus.stderr.contains("--status: unknown status \"broken\"; the statuses are declared, crossed, enforced, partially-enforced, not-enforced, withdrawn"))
    }

    @Test func aResponseWindowAboutToCloseGivesOneWindowAlert() async throws {
        let server = try await FeedServer.start(feed: WatchCommandTests.feed(WatchCommandTests.redLineItem, WatchCommandTests.crossingItem))
        defer { Task { await server.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feeds = "\(server.url("good.xml")) Wire 60\n"
        // The sarin attack of 2013-08-21 opened a 90-day window that closes on 2013-11-19.
        let first = try await WatchCommandTests.watch(feeds, in: dir, ["--window-days", "7"], today: "2013-11-15")
        #expect(first.status == 0, "\(first.stderr)")
        let alerts = try await WatchCommandTests.alerts(first.stdout)
        let window = try #require(alerts.first { $0.alert == "window" })
        #expect(window.windowCloses == "2013-11-19")
        #expect(window.status == "crossed")
        #expect(window.source == "https://news.example.org/2013/08/22/ghouta")
        #expect(window.evidence.contains("sarin"))
        // Said once: the next poll, with nothing new, says nothing.
        let second = try await WatchCommandTests.watch(feeds, in: dir, ["--window-days", "7"], today: "2013-11-16")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == "")
        // Further away than the days asked for: no alert.
        let other = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: other) }
        let early = try await WatchCommandTests.watch(feeds, in: other, ["--window-days", "7"], today: "2013-10-01")
        await #expect(try !WatchCommandTests.alerts(early.stdout).contains { $0.alert == "window" })
        // Turned off.
        let quiet = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: quiet) }
        let off = try await WatchCommandTests.watch(feeds, in: quiet, ["--no-window-alerts"], today: "2013-11-15")
        #expect(off.status == 0, "\(off.stderr)")
        await #expect(try !WatchCommandTests.alerts(off.stdout).contains { $0.alert == "window" })
        await #expect(try WatchCommandTests.alerts(off.stdout).contains { $0.alert == "line" })
    }
}
