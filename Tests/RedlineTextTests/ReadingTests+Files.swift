import Foundation
import Testing
import RedlineCore
@testable import RedlineText

@Suite("Reading files and directories")
struct ReadingFileTests {
    @Test func directoryIsReadRecursivelyInPathOrder() {
        let directory = TemporaryDirectory()
        directory.write("b.txt", "Bee.")
        directory.write("a/c.html", "<html><body><p>See.</p></body></html>")
        directory.write("a/.hidden.txt", "Hidden.")
        directory.write(".git/config.txt", "Hidden directory.")
        directory.write("a/notes", "No extension.")
        directory.write("a/image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        directory.write("a/DOCS.JSONL", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n")
        directory.write("z/feed.rss", "<rss><channel><item><title>t</title><description>Item.</description></item></channel></rss>")
        directory.write("m.txt", [0x00, 0x01])
        let root = directory.path
        let results = reader().results(root)
        #expect(results.documents.map(\.source) == [
            "\(root)/a/DOCS.JSONL:1", "\(root)/a/DOCS.JSONL:2", "\(root)/a/c.html", "\(root)/a/notes",
            "\(root)/b.txt", "\(root)/z/feed.rss#1",
        ])
        #expect(results.documents.map(\.text) == ["One.", "Two.", "See.", "No extension.", "Bee.", "Item."])
        // the bad file is reported in its place and the rest are still read
        #expect(results.messages == ["\(root)/m.txt: binary data (NUL byte at offset 0), not text"])
        #expect(results[5].error != nil)
    }

    @Test func aFileNamedExplicitlyIsReadWhateverItsExtension() {
        let directory = TemporaryDirectory()
        let path = directory.write("article.md", "Markdown is text too.")
        #expect(reader().results(path).documents.map(\.text) == ["Markdown is text too."])
    }

    @Test func standardInputStreamsJSONLines() throws {
        let results = try readThroughPipe("{\"text\": \"one\"}\n{\"text\": \"two\"}\n", reader())
        #expect(results.documents.map(\.source) == ["-:1", "-:2"])
    }

    @Test func formatOverrideReadsMarkupAsText() {
        let results = reader { $0.inputFormat = .text }.results("<p>Tags stay.</p>", name: "x.html")
        #expect(results.documents.map(\.text) == ["<p>Tags stay.</p>"])
    }

    @Test(arguments: [
        ("<!DOCTYPE html><html><body>x</body></html>", InputFormat.html),
        ("  \n<html lang=\"en\">", .html),
        ("<div><p>One</p><p>Two</p></div>", .html),
        ("Text that mentions <p> then <br> and <div> tags.", .html),
        ("Text with a < b and c > d.", .text),
        ("<?xml version=\"1.0\"?>\n<!-- comment --><rss version=\"2.0\">", .feed),
        ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"]>\">]><rss>", .feed),
        ("<feed xmlns=\"http://www.w3.org/2005/Atom\">", .feed),
        ("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">", .feed),
        ("<?xml version=\"1.0\"?><note><to>x</to></note>", .html),
        ("\u{FEFF}{\"text\": \"bom\"}\n", .jsonl),
        ("{\"text\": \"x\"}", .jsonl),
        ("Plain words.", .text),
    ])
    func formatIsToldFromContent(_ content: String, _ format: InputFormat) {
        #expect(FormatSniffer.sniff(Array(content.utf8), complete: true) == format)
    }

    @Test func utf16FeedIsSniffedAndParsed() {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><item><title>Ü</title><description>Wide text.</description></item></channel></rss>"
        let bytes: [UInt8] = [0xFF, 0xFE] + xml.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let results = reader().results(bytes: bytes, name: "wide.rss")
        #expect(results.documents.map(\.text) == ["Wide text."])
        #expect(results.documents.first?.title == "Ü")
    }
}
