import Foundation
import Testing
import RedlineCore
@testable import RedlineText

@Suite("Reading JSON Feeds")
struct ReadingJSONFeedTests {
    /// Version 1.1: `authors`, HTML and text content, a summary only, an item with no text.
    static let feed11 = """
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "Wire",
          "home_page_url": "https://news.example.com/",
          "authors": [{"name": "Desk"}],
          "items": [
            {
              "id": "a-1",
              "url": "https://news.example.com/world/warns",
              "title": "Russia warns U.S. over weapons deliveries",
              "content_html": "<p>On April 13, Ryabkov said that weapons convoys would be targets.</p><p>Washington did not respond.</p><div class=\\"share\\">Share this</div>",
              "date_published": "2022-04-13T23:30:00-04:00",
              "authors": [{"name": "A. Writer"}]
            },
            {
              "id": "a-2",
              "title": "Plain text item",
              "content_text": "First line of plain text.\\n\\nSecond paragraph of plain text.",
              "date_published": "2022-04-14T10:00:00Z"
            },
            {"id": "a-3", "title": "Headline only"},
            {"id": "a-4", "summary": "A summary <not a tag> kept as written.", "date_modified": "2022-04-15T08:00:00.25+02:00"}
          ]
        }
        """

    /// Version 1: `author`, `external_url`, an id that is a URL, bad dates.
    static let feed1 = """
        {"version": "https://jsonfeed.org/version/1", "title": "Old", "author": {"name": "Desk"},
         "items": [
          {"id": "https://news.example.com/1", "content_text": "Item one.", "date_published": "2022-04-13", "date_modified": "2022-04-16T00:00:00Z"},
          {"id": 2, "external_url": "https://elsewhere.example.org/2", "content_html": "<p>Item &amp; two.</p>", "date_published": "yesterday"},
          {"id": "3", "content_text": "Item three.", "date_published": "2022-02-30T10:00:00Z"}
         ]}
        """

    @Test func version11ItemsWithEachKindOfBody() throws {
        let results = reader().results(Self.feed11, name: "wire.json")
        #expect(results.messages == ["wire.json:21: item 3 (id \"a-3\") has no text (content_html, content_text or summary); skipped"])
        let documents = results.documents
        try #require(documents.count == 3)
        #expect(documents.map(\.source) == ["wire.json#1", "wire.json#2", "wire.json#4"])
        #expect(documents.map(\.title) == ["Russia warns U.S. over weapons deliveries", "Plain text item", nil])
        #expect(documents.map(\.url) == ["https://news.example.com/world/warns", nil, nil])
        // RFC 3339, the day as written (no time-zone conversion); date_modified when unpublished
        #expect(documents.map(\.published) == [Day("2022-04-13"), Day("2022-04-14"), Day("2022-04-15")])
        // HTML through the HTML reader, share furniture dropped, as RSS content:encoded
        #expect(documents[0].text == "On April 13, Ryabkov said that weapons convoys would be targets.\n\nWashington did not respond.")
        #expect(documents[1].text == "First line of plain text.\n\nSecond paragraph of plain text.")
        #expect(documents[2].text == "A summary <not a tag> kept as written.")
    }

    @Test func version1LinksAndDatesThatAreNotRFC3339() throws {
        let results = reader { $0.defaultPublished = Day("2000-01-01") }.results(Self.feed1, name: "old.json")
        #expect(results.errors.isEmpty)
        let documents = results.documents
        try #require(documents.count == 3)
        #expect(documents.map(\.url) == ["https://news.example.com/1", "https://elsewhere.example.org/2", nil])
        #expect(documents.map(\.text) == ["Item one.", "Item & two.", "Item three."])
        // A bare date is not RFC 3339 (date_modified is taken); nonsense and impossible days are ignored.
        #expect(documents.map(\.published) == [Day("2022-04-16"), Day("2000-01-01"), Day("2000-01-01")])
    }

    @Test func aSavedJSONFeedIsToldByItsContentFromAFileOrADirectory() throws {
        let dir = TemporaryDirectory()
        let file = dir.write("feeds/wire.json", Self.feed11)
        // Whatever comes first: the version after the items, and a byte-order mark.
        let late = #"{"items": [{"id": "x", "content_text": "Late version."}], "version": "https://jsonfeed.org/version/1.1"}"#
        dir.write("feeds/late.json", [0xEF, 0xBB, 0xBF] + Array(late.utf8))
        #expect(reader().results(file).documents.count == 3)
        let all = reader().results(dir.path + "/feeds").documents
        #expect(all.map(\.source) == [dir.path + "/feeds/late.json#1"] + ["1", "2", "4"].map { file + "#" + $0 })
        #expect(FormatSniffer.sniff(Array(Self.feed1.utf8), complete: true) == .feed)
        #expect(FormatSniffer.sniff(Array(late.utf8), complete: true) == .feed)
    }

    @Test func jsonThatIsNotAJSONFeedKeepsItsTreatment() {
        // One object a line is JSON Lines, as before.
        let line = #"{"id": "n1", "text": "A JSON Lines document.", "version": "2"}"#
        #expect(FormatSniffer.sniff(Array(line.utf8), complete: true) == .jsonl)
        #expect(reader().results(line, name: "lines.json").documents.map(\.source) == ["lines.json#n1"])
        // A pretty-printed object that is no feed is text, as before.
        let other = "{\n  \"version\": \"https://example.org/version/1\",\n  \"items\": []\n}\n"
        #expect(FormatSniffer.sniff(Array(other.utf8), complete: true) == .text)
        // Read as a feed anyway, it is refused with what a JSON Feed needs.
        #expect(reader { $0.inputFormat = .feed }.results(other, name: "other.json").messages
            == ["other.json: not a feed: an object without a \"version\" of https://jsonfeed.org/version/1 or 1.1 (JSON Feed)"])
    }

    @Test func malformedJSONIsOneLineNamingTheInputAndWhere() {
        let cut = "{\"version\": \"https://jsonfeed.org/version/1.1\",\n \"items\": [{\"id\": \"1\", \"content_text\": \"x\",}]}"
        #expect(reader().results(cut, name: "bad.json").messages
            == ["bad.json:2: malformed JSON: expected a quoted member name (column 44)"])
        let short = "{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [{\"id\": \"1\""
        #expect(reader().results(short, name: "short.json").messages
            == ["short.json:1: malformed JSON: the text ends inside an object (column 67)"])
        let noItems = #"{"version": "https://jsonfeed.org/version/1"}"#
        #expect(reader().results(noItems, name: "none.json").messages == ["none.json: a JSON Feed without an \"items\" array"])
        let empty = #"{"version": "https://jsonfeed.org/version/1", "items": []}"#
        #expect(reader().results(empty, name: "empty.json").messages == ["empty.json: a feed with no items"])
        let notObject = #"{"version": "https://jsonfeed.org/version/1", "items": ["text"]}"#
        #expect(reader().results(notObject, name: "odd.json").messages == ["odd.json:1: item 1 is a string, not an object"])
    }

    @Test func aJSONFeedOverTheDocumentLimitIsRefused() {
        let results = reader { $0.maxDocumentBytes = 100 }.results(Self.feed11, name: "big.json")
        #expect(results.messages
            == ["big.json: a JSON Feed is read whole, and this one is over the 100 bytes document limit (see --max-document-size)"])
    }

    @Test(arguments: [
        ("2022-04-13T23:30:00Z", Day("2022-04-13")),
        ("2022-04-13t23:30:00.123456+05:30", Day("2022-04-13")),
        ("2022-04-13 23:30:00-04:00", Day("2022-04-13")),
        ("2022-04-13", nil),
        ("2022-04-13T23:30:00", nil),
        ("2022-04-13T25:00:00Z", nil),
        ("2022-02-30T10:00:00Z", nil),
        ("Wed, 13 Apr 2022 10:00:00 GMT", nil),
        ("2022-04-13T23:30:00Z trailing", nil),
    ])
    func rfc3339Timestamps(text: String, day: Day?) {
        #expect(MetadataDate.rfc3339(text) == day)
    }
}
