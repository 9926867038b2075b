import Foundation
import Testing

/// The dashboard on a store of ingested wire news (``TestServer/wireCorpus``: 1987 trade disputes
/// and tanker war, in Reuters' style) rather than the samples, in headless Chromium: every page
/// opens with content, a histogram bar and an actor facet narrow the explorer, the CSV download
/// holds exactly the rows on screen, and the search form sends `+` for spaces and finds them.
@Suite("Dashboard on a wire-news store in headless Chromium", .serialized)
struct WireStoreBrowserTests {
    struct Opened: Sendable {
        var path: String
        var status: Int
        var heading: String
        var mainText: Int
    }

    struct Outcome: Sendable {
        var pages: [Opened] = []
        var week = "", weekEnd = "", barURL = ""
        var barDates: [String] = []
        var actor = "", actorCount = 0, actorURL = "", summary = ""
        var rows: [String] = []
        var csv = ""
        var searchURL = "", searchSummary = "", marks: [String] = []
    }

    @Test(.enabled(if: BrowserTests.chromium != nil, "chromium is not installed (apt-get install -y chromium); skipping the browser test"))
    func everyPageOpensAndTheExplorerNarrowsDownloadsAndSearches() async throws {
        let chromium = try #require(BrowserTests.chromium)
        let downloads = try DevToolsPipe.makeDownloadsDirectory()
        defer { try? FileManager.default.removeItem(at: downloads) }
        try await TestServer.with(samples: false, corpus: TestServer.wireCorpus) { server in
            let lines = try await server.get("/api/redlines?limit=500").object()["items"] as? [[String: Any]] ?? []
            let line = try #require(lines.first, "the wire stories hold red lines")
            let lineID = try #require(line["id"] as? String)
            let actors = try await server.get("/api/actors").object()["items"] as? [[String: Any]] ?? []
            let code = try #require(actors.first?["code"] as? String)
            let events = try await server.get("/api/events?limit=1").object()["items"] as? [[String: Any]] ?? []
            let document = try #require(events.first?["document"] as? String)
            let pages = ["/", "/timeline", "/events", "/actors", "/actors/\(code)", "/lines/\(lineID)", "/documents/\(document)",
                         "/search", "/review", "/review/history", "/analyze"]
            let base = server.base
            let outcome = try await DevToolsPipe.drive(chromium, downloads: downloads) { browser in
                var o = Outcome()
                for path in pages {
                    try browser.load(base + path)
                    let seen = try browser.evaluate("""
                        [performance.getEntriesByType('navigation')[0].responseStatus, (document.querySelector('h1') || {}).textContent || '',
                         document.querySelector('main').innerText.length]
                        """) as? [Any] ?? []
                    o.pages.append(Opened(path: path, status: seen.first as? Int ?? 0, heading: seen.count > 1 ? seen[1] as? String ?? "" : "",
                                          mainText: seen.count > 2 ? seen[2] as? Int ?? 0 : 0))
                }

                try browser.load(base + "/events")
                let week = try browser.clickBusiestWeek()
                (o.week, o.weekEnd, o.barURL, o.barDates) = (week.since, week.until, week.url, week.dates)

                // The first actor the facet offers, and the count it promises.
                let offered = try browser.evaluate("""
                    (() => { const b = document.querySelector('form[data-facet=actor] button[name=actor]');
                             return [b.value, b.parentNode.querySelector('.count').textContent]; })()
                    """) as? [String] ?? ["", "0"]
                o.actor = offered[0]
                o.actorCount = Int(offered[1]) ?? -1
                try browser.follow("form[data-facet=actor] button[name=actor]")
                o.actorURL = try browser.evaluate("location.href") as? String ?? ""
                o.summary = try browser.evaluate("document.getElementById('events-summary').textContent") as? String ?? ""
                o.rows = try browser.evaluate("[...document.querySelectorAll('table.events tbody tr')].map(r => r.dataset.id)") as? [String] ?? []
                try browser.click("#download-csv")
                let file = downloads.appendingPathComponent("events.csv")
                let deadline = Date().addingTimeInterval(20)
                while Date() < deadline {
                    if let text = try? String(contentsOf: file, encoding: .utf8), !text.isEmpty { o.csv = text; break }
                    usleep(100_000)
                }

                // Typed into the search box and sent with Enter, as a person would.
                try browser.load(base + "/search")
                _ = try browser.evaluate("document.querySelector('input[name=q]').focus()")
                try browser.call("Input.insertText", ["text": "retaliate against"])
                try browser.pressAndWait("Enter")
                o.searchURL = try browser.evaluate("location.href") as? String ?? ""
                o.searchSummary = try browser.evaluate("(document.getElementById('search-summary') || {}).textContent || ''") as? String ?? ""
                o.marks = try browser.evaluate("[...document.querySelectorAll('ol.results mark')].map(m => m.textContent.toLowerCase())") as? [String] ?? []
                return o
            }

            #expect(outcome.pages.map(\.path) == pages)
            for page in outcome.pages {
                #expect(page.status == 200, "\(page.path) answered \(page.status)")
                #expect(!page.heading.trimmingCharacters(in: .whitespaces).isEmpty, "\(page.path) has a heading")
                // The empty search and Analyze forms and the history of no reviews are short; the rest show records.
                #expect(page.mainText > (["/search", "/review/history", "/analyze"].contains(page.path) ? 30 : 200),
                        "\(page.path) shows content (\(page.mainText) characters)")
            }

            #expect(outcome.week.hasPrefix("1987-"), "the bars are the wire's weeks: \(outcome.week)")
            #expect(outcome.barURL.contains("since=\(outcome.week)") && outcome.barURL.contains("until=\(outcome.weekEnd)"), "\(outcome.barURL)")
            #expect(!outcome.barDates.isEmpty)
            #expect(outcome.barDates.allSatisfy { $0 >= outcome.week && $0 <= outcome.weekEnd }, "\(outcome.barDates)")

            #expect(!outcome.actor.isEmpty)
            #expect(outcome.actorURL.contains("actor=\(outcome.actor)") && outcome.actorURL.contains("since=\(outcome.week)"),
                    "the facet kept the week: \(outcome.actorURL)")
            #expect(outcome.summary.hasPrefix("\(outcome.actorCount) event"), "the facet's count is what the list holds: \(outcome.summary)")
            #expect(outcome.rows.count == outcome.actorCount)

            let rows = CSVReader.parse(outcome.csv)
            let header = try #require(rows.first)
            let id = try #require(header.firstIndex(of: "id")), country = try #require(header.firstIndex(of: "actorCountry"))
            var ids: [String] = []
            var actorsByID: [String: Set<String>] = [:]
            for row in rows.dropFirst() {
                if ids.last != row[id] { ids.append(row[id]) }
                actorsByID[row[id], default: []].insert(row[country])
            }
            #expect(ids == outcome.rows, "the CSV holds exactly the events on screen, in their order")
            #expect(actorsByID.values.allSatisfy { $0.contains(outcome.actor) }, "every event in the CSV has the chosen actor")

            #expect(outcome.searchURL.contains("q=retaliate+against"), "the browser sent a + for the space: \(outcome.searchURL)")
            #expect(outcome.searchSummary.contains("match “retaliate against”"), "\(outcome.searchSummary)")
            #expect(!outcome.searchSummary.hasPrefix("0 documents"), "\(outcome.searchSummary)")
            #expect(outcome.marks.contains { $0.hasPrefix("retaliat") }, "the words are marked: \(outcome.marks)")
        }
    }
}
