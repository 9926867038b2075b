import Foundation
import Testing
import RedlineCore
@testable import RedlineText

@Suite("Reading errors")
struct ReadingErrorTests {
    @Test func binaryByNULByte() {
        let bytes = Array("hello world!".utf8) + [0] + Array("more".utf8)
        let results = reader().results(bytes: bytes, name: "data/x.bin")
        #expect(results.messages == ["data/x.bin: binary data (NUL byte at offset 12), not text"])
        #expect(results.errors.first?.code == .binary)
    }

    @Test(arguments: [
        ([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37], "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "a ZIP archive"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF, 0xE0], "a JPEG image"),
        ([0x1F, 0x8B, 0x08, 0x00], "gzip-compressed data"),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01], "an ELF executable"),
    ] as [([UInt8], String)])
    func binaryByMagicNumber(_ magic: [UInt8], _ kind: String) {
        let bytes = magic + Array(" some trailing text that would otherwise pass".utf8)
        #expect(reader().results(bytes: bytes, name: "file").messages == ["file: binary data (\(kind)), not text"])
        // the format override does not let binary through
        #expect(reader { $0.inputFormat = .html }.results(bytes: bytes, name: "file").errors.first?.code == .binary)
    }

    @Test func binaryByControlCharacters() {
        let bytes: [UInt8] = Array("ab".utf8) + [0x01, 0x02, 0x03, 0x1B] + Array("cd".utf8)
        #expect(reader().results(bytes: bytes, name: "ctl.txt").messages == ["ctl.txt: binary data (50% control characters), not text"])
    }

    @Test func invalidUTF8ThatIsNotWindows1252() {
        let cases: [([UInt8], String)] = [
            (Array("caf".utf8) + [0xC3, 0x28] + Array(" au lait".utf8), "3 (0xC3)"),
            (Array("undefined ".utf8) + [0x81] + Array(" byte".utf8), "10 (0x81)"),
            (Array("stray ".utf8) + [0xFF, 0xFE] + Array(" bytes".utf8), "6 (0xFF)"),
            (Array("euro".utf8) + [0x80] + Array("inside a word".utf8), "4 (0x80)"),
            (Array("mixed: caf\u{E9} and ".utf8) + [0xE9] + Array(" again".utf8), "17 (0xE9)"),
        ]
        for (bytes, position) in cases {
            #expect(reader().results(bytes: bytes, name: "bad.txt").messages
                == ["bad.txt: invalid UTF-8 at byte offset \(position), and not plausible Windows-1252 text"])
        }
    }

    @Test func utf8CutShortAtTheEndIsKept() {
        let bytes = Array("Ends inside a dash ".utf8) + [0xE2, 0x80]
        #expect(reader().results(bytes: bytes, name: "cut.txt").documents.map(\.text) == ["Ends inside a dash"])
    }

    @Test func emptyAndWhiteSpaceOnly() {
        #expect(reader().results("", name: "empty.txt").messages == ["empty.txt: empty input"])
        #expect(reader().results(" \r\n\t\n", name: "blank.txt").messages == ["blank.txt: empty input (only white space)"])
        let directory = TemporaryDirectory()
        let path = directory.write("empty.txt", "")
        #expect(reader().results(path).messages == ["\(path): empty input"])
    }

    @Test func fileOverTheLimitIsRefusedBeforeBeingRead() {
        let directory = TemporaryDirectory()
        let line = Array(String(repeating: "A line of ordinary text. ", count: 40).utf8) + [0x0A]
        var bytes = [UInt8]()
        bytes.reserveCapacity(40 << 20)
        while bytes.count < 40 << 20 { bytes += line }
        let path = directory.write("big.txt", Array(bytes.prefix(40 << 20)))
        #expect(reader().results(path).messages == ["\(path): 40.0 MB is over the 32 MB document limit (see --max-document-size)"])
        #expect(reader { $0.maxDocumentBytes = 1 << 20; $0.inputFormat = .text }.results(path).messages
            == ["\(path): 40.0 MB is over the 1 MB document limit (see --max-document-size)"])
    }

    @Test func streamOverTheLimit() throws {
        let results = try readThroughPipe(String(repeating: "word ", count: 1_000), reader { $0.maxDocumentBytes = 1_024 })
        #expect(results.messages == ["-: more than the 1 KB document limit (see --max-document-size)"])
    }

    @Test func missingFile() {
        #expect(reader().results("/nonexistent/missing.txt").messages
            == ["/nonexistent/missing.txt: cannot read: no such file or directory"])
    }

    @Test func messagesNeverQuoteTheArticle() {
        let secret = "SECRET-ARTICLE-WORDS"
        let inputs: [(String, String)] = [
            ("{\"text\": \"\(secret)\" \"oops\": 1}", "a.jsonl"),
            ("{\"text\": \"\(secret)\", \"published\": \"\(secret)\"}", "b.jsonl"),
            ("<rss><channel><item><title>\(secret)</title><description>\(secret)</descr></item></channel></rss>", "c.rss"),
            ("<html><body>" + String(repeating: "<div>", count: 3_000) + secret, "d.html"),
        ]
        for (input, name) in inputs {
            let messages = reader { $0.inputFormat = name.hasSuffix(".jsonl") ? .jsonl : nil }.results(input, name: name).messages
            #expect(!messages.isEmpty, "\(name)")
            #expect(messages.allSatisfy { !$0.contains(secret) }, "\(messages)")
        }
    }
}

/// Reads `text` from a pipe, as standard input would be read: a stream of unknown size.
func readThroughPipe(_ text: String, _ reader: DocumentReader) throws -> [Result<Document, InputError>] {
    let pipe = Pipe()
    try pipe.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    try pipe.fileHandleForWriting.close()
    var results: [Result<Document, InputError>] = []
    reader.readDescriptor(pipe.fileHandleForReading.fileDescriptor, name: "-") { results.append($0) }
    return results
}
