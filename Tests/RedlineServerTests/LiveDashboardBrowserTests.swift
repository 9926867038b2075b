import Foundation
import Testing

/// The dashboard's live alerts in headless Chromium: a page left open shows the alert of a
/// document stored after it was loaded, without a reload.
@Suite("Live alerts in headless Chromium", .serialized)
struct LiveDashboardBrowserTests {
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var isSet: Bool { lock.withLock { value } }
        func set() { lock.withLock { value = true } }
    }

    struct Outcome: Sendable {
        var streamOpened = false
        var hiddenBefore = true
        var items: [String] = []
        var link = ""
    }

    @Test(.enabled(if: BrowserTests.chromium != nil, "chromium is not installed (apt-get install -y chromium); skipping the browser test"))
    func aPageLeftOpenShowsTheAlertOfALaterWrite() async throws {
        let chromium = try #require(BrowserTests.chromium)
        try await TestServer.with { server in
            let base = server.base
            let connected = Flag(), posted = Flag()
            async let outcome = DevToolsPipe.drive(chromium) { browser -> Outcome in
                var o = Outcome()
                try browser.load(base + "/")
                var deadline = Date().addingTimeInterval(30)
                while Date() < deadline, try browser.evaluate("document.getElementById('live-alerts').dataset.stream") as? String != "open" {
                    usleep(100_000)
                }
                o.streamOpened = try browser.evaluate("document.getElementById('live-alerts').dataset.stream") as? String == "open"
                o.hiddenBefore = try browser.evaluate("document.getElementById('live-alerts').hidden") as? Bool ?? false
                connected.set()
                deadline = Date().addingTimeInterval(120)
                while Date() < deadline {
                    let count = try browser.evaluate("document.querySelectorAll('#live-alerts li').length") as? Int ?? 0
                    if count > 0 && posted.isSet { break }
                    usleep(200_000)
                }
                o.items = try browser.evaluate("[...document.querySelectorAll('#live-alerts li')].map(li => li.textContent)") as? [String] ?? []
                o.link = try browser.evaluate("document.querySelector('#live-alerts li a')?.getAttribute('href') || ''") as? String ?? ""
                return o
            }
            for _ in 0..<600 where !connected.isSet { try await Task.sleep(for: .milliseconds(100)) }
            let text = "Russia warned Finland on Monday that any deployment of NATO troops near its border would be a red line and would face a military response."
            let reply = try await server.post("/api/documents?published=2024-12-30", text, contentType: "text/plain")
            #expect(reply.status == 201, "\(reply.text)")
            posted.set()
            let o = try await outcome
            #expect(o.streamOpened, "the page opens the live stream")
            #expect(o.hiddenBefore, "the live box stays hidden until an alert comes")
            #expect(o.items.count >= 1)
            #expect(o.items.first?.contains("RUS") == true, "\(o.items)")
            #expect(o.items.first?.contains("red line") == true, "\(o.items)")
            #expect(o.link.hasPrefix("/lines/"))
        }
    }
}
