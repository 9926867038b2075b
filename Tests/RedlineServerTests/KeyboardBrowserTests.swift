import Foundation
import Testing

/// Every dashboard page used with the keyboard alone, in headless Chromium: Tab first reaches a
/// visible skip link that moves focus to the content, every stop shows where the focus is, Tab
/// gets through the whole page and out (no trap), a chart is one stop whose bars the arrow keys
/// walk and Enter or Space opens, and facet values are buttons Space presses.
@Suite("Dashboard by keyboard in headless Chromium", .serialized)
struct KeyboardBrowserTests {
    /// One Tab stop: what it is and whether its focus can be seen.
    struct Stop: Sendable, CustomStringConvertible {
        var what: String
        var visible: Bool
        var description: String { what + (visible ? "" : " (focus not visible)") }
    }

    struct Walk: Sendable {
        var stops: [Stop] = []
        /// Whether Tab left the page after its last stop (back to the document or to the skip link).
        var gotOut = false
        /// Charts on the page whose bars are links.
        var charts = 0
    }

    /// What the focused element is, and whether it shows a focus ring (an outline, or for a
    /// chart's bar the stroke of its hit area); "BODY" when focus left the page's controls.
    static let focused = """
        (() => { const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return ['BODY', false];
          const what = el.tagName.toUpperCase() + (el.id ? '#' + el.id : '') + (el.className && el.className.baseVal === undefined && el.className ? '.' + el.className.split(' ')[0] : '')
            + (el.classList.contains('bar') || el.classList.contains('week') ? '.' + el.getAttribute('class').split(' ')[0] : '')
            + ' ' + (el.getAttribute('aria-label') || el.textContent || el.name || '').trim().slice(0, 40);
          const style = getComputedStyle(el);
          let visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          const hit = el.querySelector && el.querySelector('rect.hit');
          if (hit) visible = getComputedStyle(hit).stroke !== 'none' && parseFloat(getComputedStyle(hit).strokeWidth) >= 2;
          return [what, visible]; })()
        """

    /// Presses Tab from the top of the loaded page until focus leaves the page (at most `limit` times).
    static func walk(_ browser: DevToolsPipe, limit: Int = 700) throws -> Walk {
        var walk = Walk()
        walk.charts = try browser.evaluate("[...document.querySelectorAll('svg.chart')].filter(s => s.querySelector('a[href]')).length") as? Int ?? -1
        for _ in 0..<limit {
            try browser.press("Tab")
            let seen = try browser.evaluate(Self.focused) as? [Any] ?? []
            let what = seen.first as? String ?? "BODY"
            if what == "BODY" || (!walk.stops.isEmpty && what == walk.stops[0].what) { walk.gotOut = true; break }
            walk.stops.append(Stop(what: what, visible: seen.count > 1 ? seen[1] as? Bool ?? false : false))
        }
        return walk
    }

    struct Outcome: Sendable {
        var walks: [String: Walk] = [:]
        var skipFirst = "", skipVisible = false, afterSkip = "", hash = ""
        var eventsStops: [Stop] = []
        var barStops = 0
        var firstBar = "", nextBar = "", readout = "", openedURL = ""
        var facetType = "", facetURL = ""
    }

    @Test(.enabled(if: BrowserTests.chromium != nil, "chromium is not installed (apt-get install -y chromium); skipping the browser test"))
    func everyPageIsUsableByKeyboardAndABarOpensWithEnterOrSpace() async throws {
        let chromium = try #require(BrowserTests.chromium)
        try await TestServer.with { server in
            let lines = try await server.get("/api/redlines?limit=500").object()["items"] as? [[String: Any]] ?? []
            let line = try #require(lines.first { ($0["statements"] as? [Any])?.isEmpty == false })
            let id = try #require(line["id"] as? String)
            let code = try #require((line["declarer"] as? [String: Any])?["code"] as? String)
            let document = try #require((line["statements"] as? [[String: Any]])?.first?["document"] as? String)
            let pages = ["/", "/timeline", "/events", "/actors", "/actors/\(code)", "/lines/\(id)", "/documents/\(document)",
                         "/search?q=legitimate+targets", "/review", "/review/history", "/analyze"]
            let base = server.base
            let outcome = try await DevToolsPipe.drive(chromium) { browser in
                var o = Outcome()
                for path in pages {
                    try browser.load(base + path)
                    o.walks[path] = try Self.walk(browser)
                }

                // The skip link: first stop, shown when focused, and Enter moves focus to the content.
                try browser.load(base + "/events")
                try browser.press("Tab")
                o.skipFirst = (try browser.evaluate(Self.focused) as? [Any])?.first as? String ?? ""
                o.skipVisible = try browser.evaluate("""
                    (() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.height > 10 && r.width > 50; })()
                    """) as? Bool ?? false
                try browser.press("Enter")
                o.afterSkip = try browser.evaluate("document.activeElement.id") as? String ?? ""
                o.hash = try browser.evaluate("location.hash") as? String ?? ""

                // From the content, Tab to the histogram: the facet buttons come first, then the bars, as one stop.
                var reached = false
                for _ in 0..<400 {
                    try browser.press("Tab")
                    let seen = try browser.evaluate(Self.focused) as? [Any] ?? []
                    let stop = Stop(what: seen.first as? String ?? "BODY", visible: seen.count > 1 ? seen[1] as? Bool ?? false : false)
                    if stop.what.hasPrefix("A.bar") {
                        if !reached { o.firstBar = try browser.evaluate("document.activeElement.dataset.since") as? String ?? "" }
                        reached = true
                        o.barStops += 1
                    } else if reached {
                        break
                    }
                    o.eventsStops.append(stop)
                }
                // Back to the bar, one step along with the arrow key, and open it with Space.
                try browser.press("Tab", shift: true)
                // Left to the nearest earlier bar with events (empty months have nothing to narrow).
                for _ in 0..<60 {
                    try browser.press("ArrowLeft")
                    if try browser.evaluate("document.activeElement.dataset.count !== '0'") as? Bool == true { break }
                }
                o.nextBar = try browser.evaluate("document.activeElement.dataset.since") as? String ?? ""
                o.readout = try browser.evaluate("document.querySelector('.chart-readout').textContent") as? String ?? ""
                try browser.pressAndWait(" ")
                o.openedURL = try browser.evaluate("location.href") as? String ?? ""

                // A facet value is a button: Tab to the first type and press Space.
                for _ in 0..<400 {
                    try browser.press("Tab")
                    if try browser.evaluate("document.activeElement.matches('form[data-facet=type] button[name=type]')") as? Bool == true { break }
                }
                o.facetType = try browser.evaluate("document.activeElement.value || ''") as? String ?? ""
                try browser.pressAndWait(" ")
                o.facetURL = try browser.evaluate("location.href") as? String ?? ""
                return o
            }

            for path in pages {
                let walk = try #require(outcome.walks[path])
                #expect(walk.gotOut, "\(path): Tab got through the page and out after \(walk.stops.count) stops")
                #expect(walk.stops.first?.what.hasPrefix("A.skip-link") == true, "\(path): the skip link comes first: \(walk.stops.prefix(2))")
                let hidden = walk.stops.filter { !$0.visible }
                #expect(hidden.isEmpty, "\(path): every stop shows its focus: \(hidden.prefix(5))")
                #expect(walk.stops.contains { $0.what.hasPrefix("A ") && $0.what.contains("API") }, "\(path): the footer is reached")
                let bars = walk.stops.filter { $0.what.hasPrefix("A.bar") || $0.what.hasPrefix("A.week") }
                #expect(bars.count == walk.charts, "\(path): each of its \(walk.charts) charts is one stop, not one per bar: \(bars.count)")
            }

            #expect(outcome.skipFirst.hasPrefix("A.skip-link"))
            #expect(outcome.skipVisible, "the skip link shows when focused")
            #expect(outcome.afterSkip == "main" && outcome.hash == "#main")
            #expect(outcome.eventsStops.contains { $0.what.hasPrefix("BUTTON.facet-value") }, "facet values are buttons in the Tab order")
            #expect(outcome.barStops == 1, "the histogram is one Tab stop")
            #expect(!outcome.firstBar.isEmpty && !outcome.nextBar.isEmpty && outcome.nextBar < outcome.firstBar,
                    "the left arrow moved to the week before: \(outcome.firstBar) → \(outcome.nextBar)")
            #expect(outcome.readout.contains(String(outcome.nextBar.prefix(7))) && outcome.readout.contains("events"),
                    "the focused bar's count is read out: \(outcome.readout)")
            #expect(outcome.openedURL.contains("since=\(outcome.nextBar)"), "Space opened the bar's week: \(outcome.openedURL)")
            #expect(!outcome.facetType.isEmpty)
            #expect(outcome.facetURL.contains("type=\(outcome.facetType)") && outcome.facetURL.contains("since=\(outcome.nextBar)"),
                    "Space on a facet button narrowed the week's list: \(outcome.facetURL)")
        }
    }
}
