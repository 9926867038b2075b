import Foundation
import RedlineCore
import Testing
@testable import RedlineExtract

@Suite("Lexicon loading")
struct LexiconLoadingTests {
    /// The lexicon is read with redline's own decoder for speed: every built-in file must come
    /// out exactly as Foundation's decoder reads it.
    @Test func everyBuiltInFileDecodesAsFoundationDecodesIt() throws {
        let files = try Lexicon.builtInFiles()
        #expect(files.count >= 10)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for file in files {
            let data = try Data(contentsOf: file)
            let ours = try JSONTreeDecoder().decode(LexiconFile.self, from: [UInt8](data))
            let theirs = try JSONDecoder().decode(LexiconFile.self, from: data)
            #expect(try encoder.encode(ours) == encoder.encode(theirs), "\(file.lastPathComponent)")
        }
    }

    @Test func aBrokenFileNamesItselfAndThePlace() {
        var lexicon = Lexicon()
        #expect {
            try lexicon.add(data: Data(#"{"actors": [{"code": "ATL", "kind": "state"}]}"#.utf8), name: "mine.json")
        } throws: { error in
            "\(error)" == #"mine.json: missing "names" at actors[0]"#
        }
        #expect {
            try lexicon.add(data: Data("{\"actors\": [\n{\"code\": }]}".utf8), name: "bad.json")
        } throws: { error in
            "\(error)".hasPrefix("bad.json: not valid JSON at the top level: line 2, column 10")
        }
        #expect {
            try lexicon.add(data: Data(#"{"events": [{"verb": "strike", "type": "BOMB"}]}"#.utf8), name: "ev.json")
        } throws: { error in
            "\(error)".hasPrefix("ev.json: not valid JSON at events[0].type")
        }
    }
}
