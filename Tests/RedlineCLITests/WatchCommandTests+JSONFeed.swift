import Foundation
import Testing

/// The JSON Feed shape of the watch tests' items (see `WatchCommandTests.Shape`): the crossing
/// as HTML, read through the HTML reader.
extension WatchCommandTests {
    static let redLineJSONItem = #"""
        {"id": "rl-1", "url": "https://news.example.org/2012/08/20/red-line",
         "title": "Obama warns Assad that chemical weapons are a red line", "date_published": "2012-08-20T18:00:00Z",
         "content_text": "President Barack Obama warned Syria's government on Monday that any use or movement of its chemical weapons would cross a \"red line\" for the United States and could lead him to reconsider his opposition to military involvement in the country's civil war. The president said there would be \"enormous consequences\" if Syria crossed that threshold."}
        """#
    static let crossingJSONItem = #"""
        {"id": "gh-1", "url": "https://news.example.org/2013/08/22/ghouta",
         "title": "Syrian forces used sarin in Ghouta, U.S. says", "date_published": "2013-08-22T09:00:00+00:00",
         "content_html": "<p>Syrian government forces fired rockets carrying sarin into the Damascus suburbs of Ghouta on Wednesday, a U.S. government assessment said, and the attack used chemical weapons that President Barack Obama had called a &quot;red line.&quot;</p>"}
        """#

    static func jsonFeed(_ items: String...) -> String {
        "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Wire\",\n \"items\": [\n" + items.joined(separator: ",\n") + "\n]}\n"
    }

    @Test func aJSONFeedThatIsMalformedIsReportedWithTheFeedsName() async throws {
        let server = try await FeedServer.start(feed: "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [")
        defer { Task { await server.stop() } }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try await Self.watch("\(server.url("feed.json")) Broken JSON 60\n", in: dir)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "redline: feed \"Broken JSON\" (\(server.url("feed.json"))): line 1: malformed JSON: the text ends where a value should be (column 59); retrying in 120 s\n")
    }
}
