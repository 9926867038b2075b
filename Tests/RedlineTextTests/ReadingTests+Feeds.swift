import Foundation
import Testing
import RedlineCore
@testable import RedlineText

@Suite("Reading feeds")
struct ReadingFeedTests {
    @Test func rss2ItemsWithEachKindOfBody() throws {
        let path = ReadingFixtures.path("world.rss")
        let results = reader().results(path)
        #expect(results.errors.isEmpty)
        let documents = results.documents
        try #require(documents.count == 4)
        #expect(documents.map(\.source) == (1...4).map { "\(path)#\($0)" })
        #expect(documents.map(\.title) == ["Russia warns U.S. over weapons deliveries", "Escaped & described",
                                           "Plain text item", "Headline only: Kremlin says line crossed"])
        #expect(documents.map(\.url) == ["https://news.example.com/world/russia-warns-us", "https://news.example.com/world/escaped",
                                         "https://news.example.com/world/plain", nil])
        #expect(documents.map(\.published) == [Day("2022-04-13"), Day("2022-04-14"), Day("2022-04-15"), nil])
        // content:encoded (CDATA) over description, share furniture dropped
        #expect(documents[0].text == "On April 13, Ryabkov said that weapons convoys would be targets.\n\nWashington did not respond.")
        // escaped HTML in description
        #expect(documents[1].text == "NATO said it would not be deterred.\n\nSecond paragraph.")
        // plain text keeps its paragraphs
        #expect(documents[2].text == "First line of plain text.\n\nSecond paragraph of plain text.")
        // an item with only a title reads as its title
        #expect(documents[3].text == "Headline only: Kremlin says line crossed")
    }

    @Test func atomEntries() throws {
        let results = reader { $0.defaultPublished = Day("2000-01-01") }.results(ReadingFixtures.path("world.atom"))
        let documents = results.documents
        try #require(documents.count == 3)
        #expect(documents.map(\.title) == ["Warning issued", "XHTML entry", "Summary only"])
        #expect(documents.map(\.url) == ["https://news.example.com/world/1", "https://news.example.com/world/2", nil])
        // published, else updated, as written (no time-zone conversion)
        #expect(documents.map(\.published) == [Day("2022-04-13"), Day("2022-04-14"), Day("2022-04-15")])
        #expect(documents[0].text == "The ministry warned of consequences.\n\nIt gave no details.")
        #expect(documents[1].text == "First xhtml paragraph.\n\nSecond one.")
        #expect(documents[2].text == "A text summary <not a tag> kept as written.")
    }

    @Test func rss1RDF() {
        let documents = reader().results(ReadingFixtures.path("world.rdf")).documents
        #expect(documents.map(\.text) == ["An RSS 1.0 item's description."])
        #expect(documents.first?.published == Day("2022-04-12"))
        #expect(documents.first?.url == "https://news.example.com/world/rdf-1")
    }

    @Test func truncatedFeedKeepsTheItemsBeforeTheCutAndNamesTheLine() throws {
        let rss = try String(contentsOfFile: ReadingFixtures.path("world.rss"), encoding: .utf8)
        let cut = rss.range(of: "<title>Plain text item")!.lowerBound
        let results = reader().results(String(rss[..<cut]), name: "cut.rss")
        #expect(results.documents.map(\.source) == ["cut.rss#1", "cut.rss#2"])
        #expect(results.messages == ["cut.rss:23: malformed XML: the feed ends inside <item>, cut short"])
        #expect(results.last?.error != nil)
    }

    @Test func malformedFeedNamesLibXML2sLine() {
        let rss = "<rss><channel><item><title>a</title>\n<description>x</descr></item></channel></rss>"
        #expect(reader().results(rss, name: "bad.rss").messages
            == ["bad.rss:2: malformed XML: Opening and ending tag mismatch: description line 2 and descr"])
    }

    @Test func billionLaughsIsRefusedQuickly() {
        var lol = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n"
        for i in 1...9 {
            let previous = i == 1 ? "lol" : "lol\(i - 1)"
            lol += "<!ENTITY lol\(i) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        lol += "]>\n<rss version=\"2.0\"><channel><item><title>t</title><description>&lol9;</description></item></channel></rss>\n"
        let clock = ContinuousClock()
        var results: [Result<Document, InputError>] = []
        let elapsed = clock.measure { results = reader().results(lol, name: "lol.rss") }
        #expect(results.documents.isEmpty)
        #expect(results.messages == ["lol.rss:1: malformed XML: entities that expand without bound (refused, as in a billion-laughs attack)"])
        #expect(elapsed < .seconds(5))
    }

    @Test func externalEntitiesAreNeverLoaded() {
        let rss = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><title>t</title><description>before &secret; after</description></item></channel></rss>
            """
        let documents = reader().results(rss, name: "xxe.rss").documents
        #expect(documents.map(\.text) == ["before  after"])
    }

    @Test func feedNestedBeyondLibXML2sLimitIsTooDeep() {
        let rss = "<rss><channel><item><title>t</title><description>" + String(repeating: "<x>", count: 1000)
            + "</description></item></channel></rss>"
        let results = reader().results(rss, name: "deep.rss")
        #expect(results.messages == ["deep.rss:1: too deeply nested (over 256 levels)"])
    }

    @Test func itemWithDeeplyNestedHTMLIsAnErrorAndTheOthersAreRead() {
        let deep = String(repeating: "&lt;div&gt;", count: 3_000)
        let rss = "<rss><channel>\n<item><title>one</title><description>first</description></item>\n"
            + "<item><title>two</title><description>\(deep)</description></item>\n"
            + "<item><title>three</title><description>third</description></item>\n</channel></rss>"
        let results = reader().results(rss, name: "nest.rss")
        #expect(results.documents.map(\.text) == ["first", "third"])
        #expect(results.messages == ["nest.rss:3: too deeply nested (over 2000 levels)"])
    }

    @Test func emptyItemIsAnErrorAndTheFeedGoesOn() {
        let rss = "<rss><channel>\n<item/>\n<item><title>kept</title></item>\n</channel></rss>"
        let results = reader().results(rss, name: "e.rss")
        #expect(results.messages == ["e.rss:2: item 1 has neither text nor title"])
        #expect(results.documents.map(\.source) == ["e.rss#2"])
    }

    @Test func feedThatIsNotUTF8() {
        let bytes = Array("<rss><channel><item><title>t</title><description>caf".utf8) + [0xE9]
            + Array("</description></item></channel></rss>".utf8)
        #expect(reader().results(bytes: bytes, name: "latin1.rss").messages
            == ["latin1.rss:1: malformed XML: bytes not valid in the feed's encoding (UTF-8 unless <?xml encoding=...?> names another)"])
        let declared = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>".utf8) + bytes
        #expect(reader().results(bytes: declared, name: "declared.rss").documents.map(\.text) == ["café"])
    }

    @Test func xmlThatIsNotAFeed() {
        let xml = "<?xml version=\"1.0\"?><urlset><url>https://x.example</url></urlset>"
        let results = reader { $0.inputFormat = .feed }.results(xml, name: "sitemap.xml")
        #expect(results.messages == ["sitemap.xml: not a feed: the root element is <urlset>, expected <rss>, <rdf:RDF> or <feed>"])
        let empty = "<rss version=\"2.0\"><channel><title>Nothing yet</title></channel></rss>"
        #expect(reader().results(empty, name: "empty.rss").messages == ["empty.rss: a feed with no items"])
    }

    @Test func itemOverTheDocumentLimit() {
        let big = String(repeating: "word ", count: 40_000)
        let rss = "<rss><channel><item><title>small</title><description>ok</description></item>"
            + "<item><title>big</title><description>\(big)</description></item>"
            + "<item><title>after</title><description>still read</description></item></channel></rss>"
        let results = reader { $0.maxDocumentBytes = 100_000 }.results(rss, name: "big.rss")
        #expect(results.documents.map(\.text) == ["ok", "still read"])
        #expect(results.errors.count == 1)
        #expect(results.errors.first?.code == .tooLarge)
        #expect(results.errors.first?.message.hasPrefix("item 2 is ") == true)
    }

    /// A 6 MB feed streams through without being a DOM: items come out one by one.
    @Test func largeFeedStreams() throws {
        let directory = TemporaryDirectory()
        var rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>big</title>\n"
        let paragraph = String(repeating: "The ministry said the line had been crossed again. ", count: 60)
        for i in 1...2_000 { rss += "<item><title>Item \(i)</title><description>\(paragraph)</description></item>\n" }
        rss += "</channel></rss>\n"
        let path = directory.write("big.rss", rss)
        var count = 0
        var errors: [InputError] = []
        reader().read(path) { result in
            switch result {
            case .success: count += 1
            case .failure(let error): errors.append(error)
            }
        }
        #expect(count == 2_000)
        #expect(errors.isEmpty)
    }
}
