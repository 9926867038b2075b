import Testing
import RedlineCore
@testable import RedlineText

@Suite("Reading plain text")
struct ReadingTextTests {
    @Test func utf8WithBOMAndCRLFBecomesCleanLF() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("First line.\r\nSecond\u{7} line.\rThird.\r\n\r\n".utf8)
        let results = reader().results(bytes: bytes, name: "crlf.txt")
        #expect(results.documents.map(\.text) == ["First line.\nSecond line.\nThird."])
        #expect(results.documents.first?.source == "crlf.txt")
    }

    @Test func textIsNormalisedToNFC() {
        let decomposed = "Zelensky\u{0301} met Erdog\u{0306}an"  // combining accents
        let text = reader().results(decomposed, name: "nfc.txt").documents.first?.text
        #expect(text == "Zelenský met Erdoğan")
        #expect(text?.unicodeScalars.count == 20)
    }

    @Test func windows1252SmartQuotesAndLatin1Letters() {
        var bytes = Array("Lavrov said ".utf8) + [0x93] + Array("war means war".utf8) + [0x94]
        bytes += Array(" ".utf8) + [0x96] + Array(" and the caf".utf8) + [0xE9] + Array(" in K".utf8) + [0xF6] + Array("ln agreed.".utf8)
        let results = reader().results(bytes: bytes, name: "cp1252.txt")
        #expect(results.documents.map(\.text) == ["Lavrov said “war means war” – and the café in Köln agreed."])
    }

    @Test(arguments: [UnicodeBOM.utf16LE, .utf16BE])
    func utf16WithBOM(_ encoding: UnicodeBOM) {
        let text = "Kyiv’s “red line” — Zelenskyy\nsecond line"
        var bytes: [UInt8] = encoding == .utf16LE ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += encoding == .utf16LE ? pair : pair.reversed()
        }
        let results = reader().results(bytes: bytes, name: "utf16.txt")
        #expect(results.documents.map(\.text) == [text])
    }

    @Test func headerBlockBecomesMetadata() throws {
        let results = reader().results(ReadingFixtures.path("article.txt"))
        let document = try #require(results.documents.first)
        #expect(results.count == 1)
        #expect(document.title == "Russia warns U.S. over weapons deliveries")
        #expect(document.published == Day("2022-04-13"))
        #expect(document.url == "https://news.example.com/world/russia-warns-us")
        #expect(document.text.hasPrefix("On April 13, Russian Deputy Foreign Minister"))
        #expect(document.text.hasSuffix("Washington has not responded."))
        #expect(document.source == ReadingFixtures.path("article.txt"))
    }

    @Test func headerBlockNeedsAKnownFirstKeyAndTitleOrDate() {
        let notHeader = "WASHINGTON: The U.S. said on Friday it would respond.\n\nMore text."
        #expect(reader().results(notHeader, name: "a.txt").documents.first?.text == notHeader)
        let sourceOnly = "Source: Reuters\n\nBody."
        #expect(reader().results(sourceOnly, name: "b.txt").documents.first?.text == sourceOnly)
        let noBlankLine = "Title: A headline\nThe body starts at once."
        #expect(reader().results(noBlankLine, name: "c.txt").documents.first?.title == nil)
        let dateOnly = "date: Wed, 13 Apr 2022 10:00:00 +0300\nURL: https://x.example/1\n\nBody."
        let document = reader().results(dateOnly, name: "d.txt").documents.first
        #expect(document?.published == Day("2022-04-13"))
        #expect(document?.url == "https://x.example/1")
        #expect(document?.text == "Body.")
    }

    @Test func defaultPublishedFillsInWhenTheInputHasNoDate() {
        let configured = reader { $0.defaultPublished = Day("2022-05-03") }
        #expect(configured.results("No date here.", name: "x.txt").documents.first?.published == Day("2022-05-03"))
        let dated = "Published: 2022-04-13\n\nDated."
        #expect(configured.results(dated, name: "y.txt").documents.first?.published == Day("2022-04-13"))
    }

    @Test func idIsTheContentHashOfTheText() {
        let document = reader().results("Same text.", name: "a.txt").documents.first
        #expect(document?.id == ContentHash.hex(of: "Same text."))
        #expect(reader().results("Same text.\r\n", name: "b.txt").documents.first?.id == document?.id)
    }

    @Test(arguments: [
        ("2022-04-13", "2022-04-13"),
        ("2022-04-13T23:30:00-04:00", "2022-04-13"),
        ("2022/4/3", "2022-04-03"),
        ("20220413", "2022-04-13"),
        ("April 13, 2022", "2022-04-13"),
        ("Apr. 13, 2022, 10:00 AM", "2022-04-13"),
        ("13 April 2022", "2022-04-13"),
        ("Wednesday, 13th April 2022", "2022-04-13"),
        ("Wed, 13 Apr 2022 10:00:00 GMT", "2022-04-13"),
        ("Wed, 13 Apr 2022 23:30:00 +0300", "2022-04-13"),
        ("13 Apr 22 10:00 EST", "2022-04-13"),
        ("Sept 1, 2021", "2021-09-01"),
    ])
    func metadataDates(_ written: String, _ day: String) {
        #expect(MetadataDate.parse(written) == Day(day))
    }

    @Test(arguments: ["yesterday", "2022-13-01", "February 30, 2022", "April 2022", "", "13/04/2022"])
    func notMetadataDates(_ written: String) {
        #expect(MetadataDate.parse(written) == nil)
    }
}
