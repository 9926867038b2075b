import Foundation
import Testing

/// The events explorer in headless Chromium, used as a person would: a click on a histogram bar
/// narrows the list to that week, a click on a facet to that value, and the CSV download holds
/// exactly the rows on screen.
@Suite("Events explorer in headless Chromium", .serialized)
struct EventsExplorerBrowserTests {
    struct Outcome: Sendable {
        var firstURL = "", barURL = "", facetURL = ""
        var week = "", weekEnd = "", type = ""
        var barDates: [String] = []
        var facetRows: [[String]] = []
        var csv = ""
        var screenshot = Data()
    }

    @Test(.enabled(if: BrowserTests.chromium != nil, "chromium is not installed (apt-get install -y chromium); skipping the browser test"))
    func clickABarAndAFacetThenDownloadWhatIsOnScreen() async throws {
        let chromium = try #require(BrowserTests.chromium)
        let downloads = try DevToolsPipe.makeDownloadsDirectory()
        defer { try? FileManager.default.removeItem(at: downloads) }
        try await TestServer.with { server in
            let base = server.base
            let outcome = try await DevToolsPipe.drive(chromium, downloads: downloads) { browser in
                var o = Outcome()
                try browser.load(base + "/events")
                o.firstURL = try browser.evaluate("location.href") as? String ?? ""
                // The busiest bar.
                let week = try browser.clickBusiestWeek()
                (o.week, o.weekEnd, o.barURL, o.barDates) = (week.since, week.until, week.url, week.dates)
                // Then the first value of the Type facet.
                o.type = try browser.evaluate("document.querySelector('form[data-facet=type] button[name=type]').value") as? String ?? ""
                try browser.follow("form[data-facet=type] button[name=type]")
                o.facetURL = try browser.evaluate("location.href") as? String ?? ""
                o.facetRows = try browser.evaluate("[...document.querySelectorAll('table.events tbody tr')].map(r => [r.dataset.id, r.dataset.type, r.dataset.date])") as? [[String]] ?? []
                let shot = try browser.call("Page.captureScreenshot", ["format": "png"])
                o.screenshot = Data(base64Encoded: shot["data"] as? String ?? "") ?? Data()
                // Download the CSV with a click, and read the file the browser saved.
                try browser.click("#download-csv")
                let file = downloads.appendingPathComponent("events.csv")
                let deadline = Date().addingTimeInterval(20)
                while Date() < deadline {
                    if let text = try? String(contentsOf: file, encoding: .utf8), !text.isEmpty { o.csv = text; break }
                    usleep(100_000)
                }
                return o
            }
            #expect(outcome.firstURL.hasSuffix("/events"))
            #expect(!outcome.week.isEmpty)
            let monday = outcome.week
            #expect(outcome.barURL.contains("since=\(monday)"), "the bar narrowed to its week: \(outcome.barURL)")
            #expect(!outcome.barDates.isEmpty)
            #expect(outcome.barURL.contains("until=\(outcome.weekEnd)"))
            #expect(outcome.barDates.allSatisfy { $0 >= monday && $0 <= outcome.weekEnd }, "\(outcome.barDates)")
            #expect(outcome.facetURL.contains("type=\(outcome.type)") && outcome.facetURL.contains("since=\(monday)"),
                    "the facet kept the week: \(outcome.facetURL)")
            #expect(!outcome.facetRows.isEmpty)
            #expect(outcome.facetRows.allSatisfy { $0[1] == outcome.type })

            let rows = CSVReader.parse(outcome.csv)
            let header = try #require(rows.first)
            let id = try #require(header.firstIndex(of: "id")), type = try #require(header.firstIndex(of: "type"))
            var ids: [String] = []
            for row in rows.dropFirst() where ids.last != row[id] { ids.append(row[id]) }
            #expect(ids == outcome.facetRows.map { $0[0] }, "the CSV holds exactly the events on screen, in their order")
            #expect(rows.dropFirst().allSatisfy { $0[type] == outcome.type })

            let shots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent(".build/screenshots")
            try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
            try outcome.screenshot.write(to: shots.appendingPathComponent("events-filtered-laptop.png"))
            #expect(outcome.screenshot.count > 10_000)
        }
    }
}

/// A small RFC 4180 reader, to read back what the downloads hold.
enum CSVReader {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            let c = s[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < s.count && s[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.unicodeScalars.append(c) }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
