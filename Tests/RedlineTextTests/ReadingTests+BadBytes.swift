import Foundation
import Testing
import RedlineCore
@testable import RedlineText

/// One bad byte or one bad link costs that line or that file, and says so.
@Suite("Bad bytes and bad links")
struct ReadingBadBytesTests {
    private func line(_ id: Int, _ text: String = "Russia warned Ukraine.") -> String {
        #"{"id": "d\#(id)", "text": "\#(text)"}"#
    }

    @Test func aNULByteInJSONLinesCostsItsLineWhereverItIs() {
        var early = [line(1), line(2), line(3)].joined(separator: "\n")
        early = early.replacingOccurrences(of: "d2\", \"text\": \"Russia", with: "d2\", \"text\": \"Rus\u{0}sia")
        let results = DocumentReader().results(early, name: "early.jsonl")
        #expect(results.documents.map(\.source) == ["early.jsonl#d1", "early.jsonl#d3"])
        #expect(results.errors.map(\.description) == ["early.jsonl:2: binary data (NUL byte at column 26), not a JSON object"])

        // The same byte past the first 64 KB, where the sniffer does not look.
        var late = (1...1_000).map { line($0, String(repeating: "x", count: 80)) }
        late[900] = late[900].replacingOccurrences(of: "xxx", with: "x\u{0}x")
        let lateResults = DocumentReader().results(late.joined(separator: "\n"), name: "late.jsonl")
        #expect(lateResults.documents.count == 999)
        #expect(lateResults.errors.map(\.description) == ["late.jsonl:901: binary data (NUL byte at column 26), not a JSON object"])
    }

    @Test func aZipArchiveNamedJSONLIsStillBinary() {
        let results = DocumentReader().results(bytes: [0x50, 0x4B, 0x03, 0x04] + Array(line(1).utf8), name: "x.jsonl")
        #expect(results.errors.map(\.description) == ["x.jsonl: binary data (a ZIP archive), not text"])
    }

    @Test func anInvalidByteInTheFirstJSONLineCostsThatLine() {
        let bytes = Array(line(1, "Russia \u{FF}").utf8).map { $0 == 0xC3 ? 0xFF : $0 }.filter { $0 != 0xBF }
            + [0x0A] + Array(line(2).utf8)
        let results = DocumentReader().results(bytes: bytes, name: "bad.jsonl")
        #expect(results.documents.map(\.source) == ["bad.jsonl#d2"])
        #expect(results.errors.map(\.description) == ["bad.jsonl:1: not a JSON object: invalid UTF-8 at column 30"])
    }

    @Test func aFewBadBytesInALongArticleCostThemselvesOnly() {
        let sentence = "Russia warned Ukraine that any strike on Crimea would be met with a response. "
        let paragraph = Array(String(repeating: sentence, count: 20).utf8)   // 1,580 bytes
        // One stray byte, and a lead byte whose sequence breaks off: each becomes U+FFFD.
        let bytes = paragraph + [0xFF] + Array("Kyiv \u{2014} ".utf8) + [0xE2, 0x80] + paragraph
        let results = DocumentReader().results(bytes: bytes, name: "damaged.txt")
        #expect(results.errors.isEmpty)
        let text = results.documents.first?.text ?? ""
        #expect(text.contains("response. \u{FFFD}Kyiv \u{2014} \u{FFFD}Russia warned"), "\(text.prefix(120))")
        #expect(text.components(separatedBy: "Russia warned").count - 1 == 40, "the rest of the article is kept whole")

        // Bad bytes more often than one in 256 mean the text is in no encoding redline reads.
        var many = paragraph
        for k in stride(from: 100, to: many.count, by: 200) { many[k] = 0x81 }
        #expect(DocumentReader().results(bytes: many, name: "noise.txt").messages
            == ["noise.txt: invalid UTF-8 at byte offset 100 (0x81), and not plausible Windows-1252 text"])
    }

    @Test func danglingAndLoopingLinksAreReportedNotSkippedSilently() throws {
        let dir = TemporaryDirectory()
        dir.write("a.txt", "Russia warned Ukraine.")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/b.txt", withDestinationPath: dir.path + "/missing.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/c.txt", withDestinationPath: dir.path + "/d.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/d.txt", withDestinationPath: dir.path + "/c.txt")
        let results = DocumentReader().results(dir.path)
        #expect(results.documents.count == 1)
        #expect(results.errors.map(\.description) == [
            "\(dir.path)/b.txt: skipped: a dangling symbolic link (its target does not exist)",
            "\(dir.path)/c.txt: skipped: a loop of symbolic links",
            "\(dir.path)/d.txt: skipped: a loop of symbolic links",
        ])
    }
}
