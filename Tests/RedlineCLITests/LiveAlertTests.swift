import Foundation
import RedlineCore
import RedlineText
import Testing

/// `redline serve` and `redline watch` as separate processes on one store: the server's
/// `/alerts.atom`, its live event stream, and `/healthz` and `/metrics` showing each watched
/// feed, as a user running both would see them.
@Suite("redline serve: alerts and feed health", .serialized)
struct LiveAlertTests {
    struct StreamedAlert: Decodable {
        var id: Int
        var alert: String
        var line: String
        var source: String
        var evidence: String
    }

    @Test func alertsFromAWatchInAnotherProcessReachTheAtomFeedTheStreamAndSurviveARestart() async throws {
        let server = try await FeedServer.start(feed: WatchCommandTests.feed(WatchCommandTests.redLineItem))
        defer { Task { await server.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feeds = "\(server.url("good.xml")) Wire 60\n\(server.url("broken.xml")) Broken 60\n"
        let first = try await WatchCommandTests.watch(feeds, in: dir)
        #expect(first.status == 1)
        let line = try #require(try await WatchCommandTests.alerts(first.stdout).first?.line)

        let db = dir.appendingPathComponent("store.sqlite").path
        let serve = try await ServeProcess.start(["--db", db, "--today", "2014-01-01"])

        // The Atom feed, read by redline's own feed reader.
        let atom = try await serve.get("/alerts.atom")
        #expect(atom.status == 200)
        var entries: [Document] = []
        var reader = ReaderConfiguration()
        reader.inputFormat = .feed
        DocumentReader(configuration: reader).read(bytes: Array(atom.body.utf8), name: "alerts.atom") { result in
            switch result {
            case .success(let document): entries.append(document)
            case .failure(let error): Issue.record("\(error)")
            }
        }
        #expect(entries.count == 1)
        #expect(entries.first?.title?.hasPrefix("New red line: United States line on") == true, "\(entries.first?.title ?? "")")
        #expect(entries.first?.url == "\(serve.base)/lines/\(line)")
        #expect(entries.first?.text.contains("any use or movement of its chemical weapons would cross a \"red line\"") == true)
        #expect(entries.first?.text.contains("Source: https://news.example.org/2012/08/20/red-line") == true)
        #expect(atom.body.contains("<id>urn:redline:alert:"))

        // A live stream, then a watch in another process finds a crossing.
        let events = OutputBuffer()
        let stream = serve.stream("/api/alerts/stream", into: events)
        defer { stream.cancel() }
        for _ in 0..<200 where !events.text.contains("retry: 3000") { try await Task.sleep(for: .milliseconds(50)) }
        #expect(events.text.hasPrefix("status: 200\ncontent-type: text/event-stream"))
        #expect(serverSentAlerts(events.text).isEmpty)
        server.setFeed(WatchCommandTests.feed(WatchCommandTests.redLineItem, WatchCommandTests.crossingItem))
        let second = try await WatchCommandTests.watch(feeds, in: dir)
        let printed = try await WatchCommandTests.alerts(second.stdout)
        #expect(printed.contains { $0.alert == "crossing" })
        for _ in 0..<200 where serverSentAlerts(events.text).count < printed.count { try await Task.sleep(for: .milliseconds(50)) }
        let streamed = try serverSentAlerts(events.text).map { try JSONDecoder().decode(StreamedAlert.self, from: Data($0.data.utf8)) }
        #expect(streamed.map(\.alert) == printed.map(\.alert))
        #expect(streamed.allSatisfy { $0.line == line })
        #expect(streamed.first { $0.alert == "crossing" }?.source == "https://news.example.org/2013/08/22/ghouta")
        #expect(serverSentAlerts(events.text).map(\.id) == streamed.map(\.id))

        // A client that reconnects with the last id it saw gets what came after, at once.
        let resumed = OutputBuffer()
        let again = serve.stream("/api/alerts/stream", headers: [("Last-Event-ID", String(streamed[0].id))], into: resumed)
        defer { again.cancel() }
        for _ in 0..<200 where serverSentAlerts(resumed.text).count < streamed.count - 1 { try await Task.sleep(for: .milliseconds(50)) }
        #expect(serverSentAlerts(resumed.text).map(\.id) == Array(streamed.dropFirst().map(\.id)))
        let filtered = try await serve.get("/api/alerts?alert=crossing")
        #expect(filtered.status == 200)
        #expect(filtered.body.contains("\"alert\":\"crossing\""))
        #expect(!filtered.body.contains("\"alert\":\"line\""))
        let bad = try await serve.get("/alerts.atom?alert=crossed")
        #expect(bad.status == 400)
        #expect(bad.body.contains("alert must be one of line, statement, crossing, response, status, window, not \\\"crossed\\\""))

        // SIGTERM with two streams open: the server ends cleanly instead of waiting on the streams
        // for ever (the bound is loose: a loaded two-core machine took 10.9 s once).
        let stopped = Date()
        #expect(await serve.terminate() == 0)
        #expect(Date().timeIntervalSince(stopped) < 30)

        // Alerts are kept in the store: a new server serves the same feed.
        let restarted = try await ServeProcess.start(["--db", db, "--today", "2014-01-01"])
        let after = try await restarted.get("/alerts.atom")
        #expect(after.body.components(separatedBy: "<entry>").count - 1 == 1 + streamed.count)
        #expect(after.body.contains(entries.first.map { _ in "urn:redline:alert:" } ?? "?"))
        #expect(await restarted.terminate() == 0)
    }

    @Test func healthAndMetricsShowEachWatchedFeedsLastSuccessAndError() async throws {
        let server = try await FeedServer.start(feed: WatchCommandTests.feed(WatchCommandTests.redLineItem))
        defer { Task { await server.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feeds = "\(server.url("good.xml")) Wire 60\n\(server.url("broken.xml")) Broken 60\n\(server.url("loop.xml")) Loop 60\n"
        let started = Date().timeIntervalSince1970
        _ = try await WatchCommandTests.watch(feeds, in: dir)
        let serve = try await ServeProcess.start(["--db", dir.appendingPathComponent("store.sqlite").path, "--today", "2014-01-01"])

        let health = try await serve.get("/healthz")
        #expect(health.status == 200)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(health.body.utf8)) as? [String: Any])
        let listed = try #require(object["feeds"] as? [[String: Any]])
        #expect(listed.map { $0["name"] as? String } == ["Broken", "Loop", "Wire"])
        let broken = listed[0], wire = listed[2]
        #expect(broken["ok"] as? Bool == false)
        #expect(broken["lastError"] as? String == "HTTP 500 Internal Server Error")
        #expect(broken["lastSuccess"] is NSNull)
        #expect(broken["failures"] as? Int == 1)
        #expect(listed[1]["lastError"] as? String == "a redirect loop")
        #expect(wire["ok"] as? Bool == true)
        #expect(wire["lastError"] is NSNull)
        #expect((wire["lastSuccess"] as? String)?.hasPrefix("20") == true)

        let metrics = try await serve.get("/metrics")
        #expect(metrics.body.contains("# TYPE redline_feed_up gauge\n"))
        #expect(metrics.body.contains("redline_feed_up{feed=\"Broken\",url=\"\(server.url("broken.xml"))\"} 0\n"))
        #expect(metrics.body.contains("redline_feed_up{feed=\"Wire\",url=\"\(server.url("good.xml"))\"} 1\n"))
        #expect(metrics.body.contains("redline_feed_consecutive_failures{feed=\"Loop\",url=\"\(server.url("loop.xml"))\"} 1\n"))
        let success = metrics.body.split(separator: "\n").first { $0.hasPrefix("redline_feed_last_success_timestamp_seconds{feed=\"Wire\"") }
        let seconds = try #require(success.flatMap { $0.split(separator: " ").last }.flatMap { Double($0) })
        #expect(seconds >= started.rounded(.down) && seconds <= Date().timeIntervalSince1970)
        #expect(!metrics.body.contains("redline_feed_last_success_timestamp_seconds{feed=\"Broken\""))
        #expect(await serve.terminate() == 0)
    }
}
