import Foundation
import Testing

/// The review queue in headless Chromium, used as an analyst would: with the token saved, type a
/// reason in the first row, click Accept, and see the verdict in the row while the focus moves on
/// to the next row; the review is then in the audit trail and out of the queue.
@Suite("Review queue in headless Chromium", .serialized)
struct ReviewBrowserTests {
    struct Outcome: Sendable {
        var link = "", line = ""
        var controls = ""
        var verdict = "", badge = "", rowClass = ""
        var focusInNextRow = false
        var buttonsDisabled = false
        var screenshot = Data()
    }

    @Test(.enabled(if: BrowserTests.chromium != nil, "chromium is not installed (apt-get install -y chromium); skipping the browser test"))
    func acceptARowAndSeeTheVerdict() async throws {
        let chromium = try #require(BrowserTests.chromium)
        try await TestServer.with { server in
            let base = server.base
            let outcome = try await DevToolsPipe.drive(chromium) { browser in
                var o = Outcome()
                try browser.load(base + "/review")
                _ = try browser.evaluate("localStorage.setItem('redline.token', '\(TestServer.token)'); localStorage.setItem('redline.reviewer', 'rio'); true")
                try browser.load(base + "/review")
                o.controls = try browser.evaluate("getComputedStyle(document.querySelector('[data-review-row] .review')).display") as? String ?? ""
                o.link = try browser.evaluate("document.querySelector('[data-review-row]').dataset.link") as? String ?? ""
                o.line = try browser.evaluate("document.querySelector('[data-review-row]').dataset.line") as? String ?? ""
                o.verdict = try browser.confirmFirstReview(reason: "matches the wire report")
                o.badge = try browser.evaluate("document.querySelector('[data-review-row] .badge').textContent") as? String ?? ""
                o.rowClass = try browser.evaluate("document.querySelector('[data-review-row]').className") as? String ?? ""
                o.buttonsDisabled = try browser.evaluate("[...document.querySelectorAll('[data-review-row]:first-child button')].every(b => b.disabled)") as? Bool ?? false
                o.focusInNextRow = try browser.evaluate("document.activeElement.name === 'reason' && document.activeElement.closest('[data-review-row]') === document.querySelectorAll('[data-review-row]')[1]") as? Bool ?? false
                let shot = try browser.call("Page.captureScreenshot", ["format": "png"])
                o.screenshot = Data(base64Encoded: shot["data"] as? String ?? "") ?? Data()
                return o
            }
            #expect(outcome.controls == "flex", "with the token saved the review controls show")
            #expect(!outcome.link.isEmpty)
            #expect(outcome.verdict == "Accepted by rio: matches the wire report")
            #expect(outcome.badge.contains("accepted"))
            #expect(outcome.rowClass.contains("reviewed") && outcome.rowClass.contains("verdict-confirm"))
            #expect(outcome.buttonsDisabled)
            #expect(outcome.focusInNextRow, "the keyboard carries on with the next row")

            let queue = try await server.get("/api/review-queue?limit=500").object()["items"] as? [[String: Any]] ?? []
            #expect(!queue.contains { $0["id"] as? String == outcome.link && $0["line"] as? String == outcome.line })
            let history = try await server.get("/api/review-history").object()["items"] as? [[String: Any]] ?? []
            #expect(history.first?["reviewer"] as? String == "rio")
            #expect(history.first?["reason"] as? String == "matches the wire report")
            #expect(history.first?["link"] as? String == outcome.link)

            let shots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent(".build/screenshots")
            try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
            try outcome.screenshot.write(to: shots.appendingPathComponent("review-laptop.png"))
            #expect(outcome.screenshot.count > 10_000)
        }
    }
}
