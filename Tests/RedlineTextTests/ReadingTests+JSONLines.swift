import Testing
import RedlineCore
@testable import RedlineText

@Suite("Reading JSON Lines")
struct ReadingJSONLinesTests {
    @Test func fixtureLinesWithTextHTMLAndIDs() throws {
        let path = ReadingFixtures.path("docs.jsonl")
        let results = reader().results(path)
        #expect(results.errors.isEmpty)
        let documents = results.documents
        try #require(documents.count == 3)
        // `input#id` when an id is given (string or number), `input:LINE` otherwise; line 2 is blank
        #expect(documents.map(\.source) == ["\(path)#a1", "\(path):3", "\(path)#7"])
        #expect(documents[0].text == "Moscow warned Washington.\nIt was serious.")
        #expect(documents[0].title == "First")
        #expect(documents[0].url == "https://news.example.com/1")
        #expect(documents[0].published == Day("2022-04-13"))
        // "html" goes through the HTML extraction, which also supplies title and date
        #expect(documents[1].text == "An HTML body paragraph that is long enough to count.")
        #expect(documents[1].title == "From HTML")
        #expect(documents[1].published == Day("2022-04-14"))
        #expect(documents[2].published == Day("2022-04-15"))
    }

    @Test func badLineBetweenTwoGoodOnes() {
        let jsonl = """
            {"text": "First good line."}
            {"text": "broken
            {"text": "Second good line."}
            """
        let results = reader().results(jsonl, name: "docs.jsonl")
        #expect(results.documents.map(\.text) == ["First good line.", "Second good line."])
        #expect(results.documents.map(\.source) == ["docs.jsonl:1", "docs.jsonl:3"])
        #expect(results.messages == ["docs.jsonl:2: not a JSON object: unexpected end of line"])
        #expect(results[1].error?.line == 2)
    }

    @Test func errorMessagesNameTheLineAndWhatIsWrong() {
        let jsonl = [
            #"{"title": "no body"}"#,
            #"[1, 2]"#,
            #"{"text": 42}"#,
            #"{"text": "x", "published": "last week"}"#,
            #"{"text": "   "}"#,
            #"{"text": "x" "title": "y"}"#,
            #"{"text": "x"} trailing"#,
            #"{"text": "bad \q escape"}"#,
            String(repeating: "[", count: 100_000),
            #"{"nested": "#  + String(repeating: "[", count: 100_000) + "}",
        ].joined(separator: "\n")
        let results = reader { $0.inputFormat = .jsonl }.results(jsonl, name: "bad.jsonl")
        #expect(results.documents.isEmpty)
        #expect(results.messages == [
            #"bad.jsonl:1: neither "text" nor "html" given"#,
            "bad.jsonl:2: not a JSON object: found an array",
            #"bad.jsonl:3: "text" is a number, not a string"#,
            #"bad.jsonl:4: "published" is not a date (use YYYY-MM-DD or an ISO 8601 timestamp)"#,
            #"bad.jsonl:5: "text" is empty"#,
            "bad.jsonl:6: not a JSON object: expected ',' or '}', found '\"' at column 14",
            "bad.jsonl:7: not a JSON object: unexpected text after the object at column 15",
            "bad.jsonl:8: not a JSON object: invalid escape in a string at column 15",
            "bad.jsonl:9: not a JSON object: nested more than 64 levels at column 65",
            "bad.jsonl:10: not a JSON object: nested more than 64 levels at column 75",
        ])
    }

    @Test func blankLinesCRLFAndABOMAreFine() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\"text\": \"one\"}\r\n\r\n   \n{\"text\": \"two \\u00e9\\ud83d\\ude00\"}\r\n".utf8)
        let results = reader().results(bytes: bytes, name: "crlf.jsonl")
        #expect(results.errors.isEmpty)
        #expect(results.documents.map(\.text) == ["one", "two é😀"])
        #expect(results.documents.map(\.source) == ["crlf.jsonl:1", "crlf.jsonl:4"])
    }

    @Test func lineOverTheLimitIsSkippedWithoutBeingHeld() {
        let long = #"{"text": ""# + String(repeating: "x", count: 5_000) + #""}"#
        let jsonl = [#"{"text": "before"}"#, long, #"{"text": "after"}"#].joined(separator: "\n")
        let results = reader { $0.maxDocumentBytes = 1_024 }.results(jsonl, name: "long.jsonl")
        #expect(results.documents.map(\.text) == ["before", "after"])
        #expect(results.messages == ["long.jsonl:2: line of 4.9 KB is over the 1 KB document limit (see --max-document-size)"])
    }

    @Test func lineReaderBoundsItsBuffer() {
        let source = ByteSource(bytes: Array("short\n".utf8) + [UInt8](repeating: 0x61, count: 300_000) + Array("\nlast".utf8))
        var lines = LineReader(source: source, limit: 1_000, chunkSize: 64)
        var seen: [String] = []
        while let line = lines.next() {
            switch line {
            case .text(let bytes, let number): seen.append("\(number):\(String(decoding: bytes, as: UTF8.self))")
            case .tooLong(let size, let number): seen.append("\(number):tooLong(\(size))")
            }
        }
        #expect(seen == ["1:short", "2:tooLong(300000)", "3:last"])
    }

    @Test func jsonLinesSniffedOnlyWhenTheFirstLineParses() {
        #expect(FormatSniffer.sniff(Array(#"{"text": "a"}"#.utf8) + [0x0A], complete: true) == .jsonl)
        #expect(FormatSniffer.sniff(Array("{not json}\nmore".utf8), complete: true) == .text)
        // a first line longer than the sniffed prefix
        #expect(FormatSniffer.sniff(Array(#"  {"text": "aaaa"#.utf8), complete: false) == .jsonl)
    }
}
