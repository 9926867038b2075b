import Foundation
import RedlineCore
import Testing
@testable import RedlineExtract
import RedlineText

@Suite("Output and word classes")
struct OutputTests {
    /// Parses JSON into Foundation values for comparison that ignores key order.
    private func parsed(_ data: some Sequence<UInt8>) throws -> NSObject {
        try #require(try JSONSerialization.jsonObject(with: Data(data), options: [.fragmentsAllowed]) as? NSObject)
    }

    private static let articles = [
        """
        MOSCOW, April 13 (Staff) - Russia warned the United States on Thursday that weapons convoys \
        entering Ukraine would be "legitimate military targets", Deputy Foreign Minister Sergei Ryabkov said. \
        "We warned them," he told the state news agency, adding that "any escalation will have consequences".
        """,
        "Path: a/b\\c \"quoted\" tab\there\nnew line \u{1}control — Zelenskyy’s café 🚀",
        "",
    ]

    @Test(arguments: articles)
    func directJSONEqualsTheCodableEncoding(text: String) throws {
        let extraction = Fixture.extract(text, published: "2022-04-13")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let reference = try encoder.encode(extraction)
        var direct = [UInt8]()
        JSONLineEncoder().encode(extraction, into: &direct)
        #expect(try parsed(direct) == parsed(reference))
        // Keys come out in contract order, the same on every run.
        let text = String(decoding: direct, as: UTF8.self)
        #expect(text.hasPrefix(#"{"schema":"redline/extract@1","document":{"id":"#))
        // The generic streaming encoder (an Optional takes that path) agrees, and the bytes decode back.
        let generic = try JSONLineEncoder().encode(Optional(extraction))
        #expect(try parsed(generic) == parsed(reference))
        #expect(try JSONDecoder().decode(Extraction.self, from: Data(direct)) == extraction)
    }

    @Test func stringsAreEscapedAsJSONRequires() throws {
        let tricky = "a\"b\\c/d\n\t\r\u{8}\u{c}\u{1f}é🚀"
        let bytes = try JSONLineEncoder().encode([tricky])
        #expect(String(decoding: bytes, as: UTF8.self) == #"["a\"b\\c/d\n\t\r\b\f\u001fé🚀"]"#)
        #expect(try JSONDecoder().decode([String].self, from: Data(bytes)) == [tricky])
    }

    @Test func numbersAreWrittenAsJSONEncoderWritesThem() throws {
        struct Numbers: Encodable { var a = 1.0, b = 0.25, c = -3, d = Int.min, e: Int? = nil, f = [7, 10, 123_456] }
        let bytes = try JSONLineEncoder().encode(Numbers())
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"a":1,"b":0.25,"c":-3,"d":-9223372036854775808,"f":[7,10,123456]}"#)
        #expect(throws: EncodingError.self) { try JSONLineEncoder().encode([Double.nan]) }
    }

    @Test func everyWordClassHasItsOwnBit() {
        let bits = WordClasses.all.map(\.bit)
        #expect(Set(bits).count == bits.count)
        #expect(bits.allSatisfy { $0.nonzeroBitCount == 1 })
    }
}
