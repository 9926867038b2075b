import Foundation
import RedlineWatch
import Testing

/// `redline watch --once --webhook` against a feed server and a webhook receiver on 127.0.0.1.
@Suite("redline watch --webhook", .serialized)
struct WatchWebhookTests {
    static func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(i, offsetBy: 2)
            bytes.append(UInt8(text[i..<next], radix: 16)!)
            i = next
        }
        return bytes
    }

    /// RFC 4231, test cases 1, 2, 4 and 6 (a key longer than the block).
    @Test(arguments: [
        (String(repeating: "0b", count: 20), Array("Hi There".utf8),
         "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        ("4a656665", Array("what do ya want for nothing?".utf8),
         "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        ("0102030405060708090a0b0c0d0e0f10111213141516171819", [UInt8](repeating: 0xcd, count: 50),
         "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        (String(repeating: "aa", count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
         "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
    ])
    func hmacSHA256MatchesRFC4231(key: String, data: [UInt8], mac: String) {
        #expect(WebhookSignature.hmacSHA256(data, secret: Self.hex(key)) == Self.hex(mac))
        #expect(WebhookSignature.header(body: data, secret: Self.hex(key)) == "sha256=" + mac)
    }

    static func watch(feedURL: String, in dir: URL, _ extra: [String]) async throws -> CLIRunner.Result {
        try await WatchCommandTests.watch("\(feedURL) Wire 60\n", in: dir, extra)
    }

    @Test func eachAlertIsPostedAsItsJSONLineSignedWithTheSecret() async throws {
        let server = try await FeedServer.start(feed: WatchCommandTests.feed(WatchCommandTests.redLineItem))
        defer { Task { await server.stop() } }
        let receiver = try await WebhookReceiver.start()
        defer { Task { await receiver.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let secret = dir.appendingPathComponent("secret.txt")
        try Data("s3cret\n".utf8).write(to: secret)

        let run = try await Self.watch(feedURL: server.url("good.xml"), in: dir,
                                       ["--webhook", receiver.url, "--webhook-secret-file", secret.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "")
        let line = try #require(run.stdout.split(separator: "\n").first.map(String.init))
        let requests = receiver.requests
        try #require(requests.count == 1)
        // The body is the JSON line printed, byte for byte; the line break stays out of the signature.
        #expect(String(decoding: requests[0].body, as: UTF8.self) == line)
        #expect(requests[0].contentType == "application/json")
        #expect(requests[0].signature == WebhookSignature.header(body: Array(line.utf8), secret: Array("s3cret".utf8)))

        // Without a secret nothing is signed.
        server.setFeed(WatchCommandTests.feed(WatchCommandTests.redLineItem, WatchCommandTests.crossingItem))
        let second = try await Self.watch(feedURL: server.url("good.xml"), in: dir, ["--webhook", receiver.url])
        #expect(second.status == 0, "\(second.stderr)")
        let lines = second.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count >= 2)
        // Delivery is at least once: a POST whose answer comes after the request timeout (a
        // receiver starved by a loaded machine) is sent again, so repeats in a row are one delivery.
        var delivered: [String] = []
        for body in receiver.requests.dropFirst().map({ String(decoding: $0.body, as: UTF8.self) }) where delivered.last != body {
            delivered.append(body)
        }
        #expect(delivered == lines)
        #expect(receiver.requests.dropFirst().allSatisfy { $0.signature == nil })
    }

    @Test func aReceiverAnswering500TwiceGetsTheAlertOnceAfterRetries() async throws {
        let server = try await FeedServer.start(feed: WatchCommandTests.feed(WatchCommandTests.redLineItem))
        defer { Task { await server.stop() } }
        let receiver = try await WebhookReceiver.start(statuses: [500, 503])
        defer { Task { await receiver.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }

        let run = try await Self.watch(feedURL: server.url("good.xml"), in: dir, ["--webhook", receiver.url])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "")
        #expect(receiver.requests.map(\.status) == [500, 503, 200])
        #expect(receiver.accepted.map { String(decoding: $0, as: UTF8.self) + "\n" } == [run.stdout])
    }

    @Test func aReceiverThatRefusesTheAlertIsNotAskedAgainAndIsReported() async throws {
        let server = try await FeedServer.start(feed: WatchCommandTests.feed(WatchCommandTests.redLineItem))
        defer { Task { await server.stop() } }
        let receiver = try await WebhookReceiver.start(statuses: [403])
        defer { Task { await receiver.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }

        let run = try await Self.watch(feedURL: server.url("good.xml"), in: dir, ["--webhook", receiver.url + "?token=x"])
        #expect(run.status == 0)
        #expect(receiver.requests.count == 1)
        #expect(run.stderr == "redline: webhook \(receiver.url): the line alert was not delivered after 1 attempt (HTTP 403 Forbidden); it is on standard output\n")
    }

    @Test func aReceiverThatIsDownDoesNotStopTheAlertsOnStandardOutput() async throws {
        let server = try await FeedServer.start(feed: WatchCommandTests.feed(WatchCommandTests.redLineItem))
        defer { Task { await server.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }

        let start = Date()
        let run = try await Self.watch(feedURL: server.url("good.xml"), in: dir, ["--webhook", "http://127.0.0.1:9/hook"])
        // Five attempts, 0.5 + 1 + 2 + 4 s apart, then the watch ends.
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(run.status == 0)
        await #expect(try WatchCommandTests.alerts(run.stdout).map(\.alert) == ["line"])
        #expect(run.stderr == "redline: webhook http://127.0.0.1:9/hook: the line alert was not delivered after 5 attempts (no connection: Connection refused); it is on standard output\n")
    }

    @Test func aSecretFileNeedsAWebhookAndAWebhookAnHTTPURL() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lonely = try await WatchCommandTests.watch("http://127.0.0.1:9/x.xml Wire 60\n", in: dir, ["--webhook-secret-file", "s.txt"])
        #expect(lonely.status == 2)
        #expect(lonely.stderr.contains("--webhook-secret-file signs what --webhook sends: give --webhook too"))
        let bad = try await WatchCommandTests.watch("http://127.0.0.1:9/x.xml Wire 60\n", in: dir, ["--webhook", "ftp://example.org/hook"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--webhook must be an http:// or https:// URL, not \"ftp://example.org/hook\""))
    }
}
