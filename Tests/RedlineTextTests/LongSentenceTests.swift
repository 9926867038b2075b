import RedlineCore
import Testing
@testable import RedlineText

@Suite("Overlong sentences are cut, and their evidence is a window")
struct LongSentenceTests {
    @Test func textWithoutPunctuationIsCutIntoBoundedSentences() {
        let text = String(repeating: "troops moved toward the border ", count: 2_000)  // 10,000 tokens
        let t = SegmentedText(Document(source: "test", text: text))
        #expect(t.sentences.count == 25)
        #expect(t.sentences.allSatisfy { $0.tokens.count <= 400 })
        // The sentences still cover every token, in order.
        #expect(t.sentences.first?.tokens.lowerBound == 0 && t.sentences.last?.tokens.upperBound == t.tokens.count)
        #expect(zip(t.sentences, t.sentences.dropFirst()).allSatisfy { $0.tokens.upperBound == $1.tokens.lowerBound })
    }

    @Test func aLongSentenceIsCutAfterACommaInItsSecondHalf() {
        let clause = String(repeating: "and then more troops ", count: 60)  // 240 tokens
        let t = SegmentedText(Document(source: "test", text: clause + ", " + clause + "end."))
        #expect(t.sentences.count == 2)
        #expect(t.sentences[0].tokens.count == 241)
        #expect(t.sentenceText(0).hasSuffix("troops ,"))
    }

    @Test func aHugeTokenEndsItsSentence() {
        let t = SegmentedText(Document(source: "test", text: "Russia warned " + String(repeating: "a", count: 40_000) + " Ukraine today."))
        #expect(t.sentences.map(\.tokens.count) == [3, 3])
    }

    @Test func ordinaryLongSentencesStayWhole() {
        let sentence = (0..<300).map { "W\($0)" }.joined(separator: " ") + "."
        let t = SegmentedText(Document(source: "test", text: sentence + " " + sentence))
        #expect(t.sentences.map(\.tokens.count) == [301, 301])
    }

    @Test func evidenceIsTheWholeSentenceUnlessTheSentenceIsLong() {
        let short = SegmentedText(Document(source: "test", text: "Russia warned Ukraine. Nothing else."))
        #expect(short.evidence(sentence: 0, around: 1..<2).text == "Russia warned Ukraine.")
        #expect(short.evidence(sentence: 0, around: 1..<2).span == ScalarSpan(0, 22))

        let long = SegmentedText(Document(source: "test", text: String(repeating: "Россия warned Ukraine and ", count: 100) + "stop."))
        let focus = 201..<202  // a "warned" in the middle
        #expect(long.text(of: 201) == "warned")
        let (span, text) = long.evidence(sentence: 0, around: focus)
        #expect(text.utf8.count <= SegmentedText.evidenceWindow)
        #expect(text.utf8.count > SegmentedText.evidenceWindow - 40)
        #expect(text.contains("warned"))
        // The span points at the window in the document's scalars.
        let scalars = Array(long.document.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == text)
        let byteRange = long.evidenceRange(tokens: long.sentences[0].tokens, around: focus)
        #expect(byteRange.contains(long.tokens[201].start))
    }
}
