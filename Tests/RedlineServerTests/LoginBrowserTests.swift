import Foundation
import Testing

/// A protected dashboard in headless Chromium, used as an analyst would: a link to a line lands on
/// the login page, the token typed there leads back to the line, the review buttons work on the
/// session alone (no token in the page), and signing out closes the dashboard again.
@Suite("Login in headless Chromium", .serialized)
struct LoginBrowserTests {
    struct Outcome: Sendable {
        var landed = "", afterLogin = "", title = ""
        var timeline = false
        var scriptSeesSession = true, scriptSeesHint = false
        var metrics = ""
        var controls = "", verdict = ""
        var afterLogout = ""
        var screenshot = Data()
    }

    /// Polls a JavaScript condition (up to 30 s): a form's answer may redirect, and the page
    /// that follows must have arrived before it is read.
    static func wait(_ browser: DevToolsPipe, until condition: String) throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if (try? browser.evaluate(condition)) as? Bool == true { return }
            usleep(100_000)
        }
        throw DevToolsPipe.Failure(description: "waited in vain for \(condition); at \((try? browser.evaluate("location.href + ' ' + document.body.innerText.slice(0, 400) + ' value=' + (document.querySelector('input[name=token]') || {}).value")) as? String ?? "?")")
    }

    @Test(.enabled(if: BrowserTests.chromium != nil, "chromium is not installed (apt-get install -y chromium); skipping the browser test"))
    func signInOpenAProtectedPageReviewAndSignOut() async throws {
        let chromium = try #require(BrowserTests.chromium)
        try await TestServer.with(protectReads: true) { server in
            let lines = try await server.request("GET", "/api/redlines?limit=500", token: TestServer.token).object()["items"] as? [[String: Any]] ?? []
            let id = try #require(lines.first { ($0["statements"] as? [Any])?.isEmpty == false }?["id"] as? String)
            let base = server.base
            let outcome = try await DevToolsPipe.drive(chromium) { browser in
                var o = Outcome()
                try browser.load(base + "/lines/\(id)")
                o.landed = try browser.evaluate("location.pathname + location.search") as? String ?? ""
                try browser.click("#login-form input[name=token]")
                _ = try browser.evaluate("document.querySelector('#login-form input[name=token]').focus(); true")
                try browser.call("Input.insertText", ["text": TestServer.token])
                try browser.click("#login-form button[type=submit]")
                try Self.wait(browser, until: "location.pathname === '/lines/\(id)' && document.readyState === 'complete'")
                o.afterLogin = try browser.evaluate("location.pathname") as? String ?? ""
                o.title = try browser.evaluate("document.title") as? String ?? ""
                o.timeline = try browser.evaluate("document.querySelector('ol.timeline') !== null") as? Bool ?? false
                o.scriptSeesSession = try browser.evaluate("document.cookie.includes('redline_session')") as? Bool ?? true
                o.scriptSeesHint = try browser.evaluate("document.cookie.includes('redline_signed_in=1')") as? Bool ?? false
                let shot = try browser.call("Page.captureScreenshot", ["format": "png"])
                o.screenshot = Data(base64Encoded: shot["data"] as? String ?? "") ?? Data()
                o.metrics = try browser.evaluate("fetch('/metrics').then(r => r.status + ' ' + r.headers.get('content-type'))") as? String ?? ""

                // The review queue on the session alone: nothing in localStorage.
                try browser.load(base + "/review")
                o.controls = try browser.evaluate("""
                    (() => { const el = document.querySelector('[data-review-row] .review');
                      return el ? getComputedStyle(el).display : 'no review row at ' + location.pathname + ': ' + document.body.innerText.slice(0, 300); })()
                    """) as? String ?? ""
                guard o.controls == "flex" else { return o }
                o.verdict = try browser.confirmFirstReview(reason: "checked against the wire")

                try browser.click("header details.token summary")
                try browser.click("header form.signed-in-only button")
                try Self.wait(browser, until: "location.pathname === '/login' && document.readyState === 'complete'")
                try browser.load(base + "/lines/\(id)")
                o.afterLogout = try browser.evaluate("location.pathname") as? String ?? ""
                return o
            }
            #expect(outcome.landed.removingPercentEncoding == "/login?next=/lines/\(id)")
            #expect(outcome.afterLogin == "/lines/\(id)")
            #expect(outcome.title.hasSuffix("· redline") && !outcome.title.hasPrefix("Sign in"))
            #expect(outcome.timeline, "the line's page shows its timeline")
            #expect(!outcome.scriptSeesSession, "the session cookie is HttpOnly")
            #expect(outcome.scriptSeesHint)
            #expect(outcome.metrics == "200 text/plain; version=0.0.4; charset=utf-8")
            #expect(outcome.controls == "flex", "signed in, the review controls show")
            #expect(outcome.verdict.hasPrefix("Accepted by analyst: checked against the wire"))
            #expect(outcome.afterLogout == "/login", "signed out, the line's page sends the browser to /login again")
            let history = try await server.request("GET", "/api/review-history", token: TestServer.token).object()["items"] as? [[String: Any]] ?? []
            #expect(history.first?["reason"] as? String == "checked against the wire")

            let shots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent(".build/screenshots")
            try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
            try outcome.screenshot.write(to: shots.appendingPathComponent("line-after-login.png"))
            #expect(outcome.screenshot.count > 10_000)
        }
    }
}
