import RedlineCore
import Testing
@testable import RedlineText

@Suite("Sentences and tokens")
struct SegmentationTests {
    private func sentences(_ text: String) -> [String] {
        let t = SegmentedText(Document(source: "test", text: text))
        return t.sentences.indices.map { t.sentenceText($0) }
    }

    private func tokens(_ text: String) -> [String] {
        let t = SegmentedText(Document(source: "test", text: text))
        return t.tokens.indices.map { t.text(of: $0) }
    }

    @Test func titlesInitialsAndAbbreviationsDoNotEndSentences() {
        #expect(sentences("Mr. Putin met Lt. Gen. Ben Hodges on Feb. 16. They talked.") ==
            ["Mr. Putin met Lt. Gen. Ben Hodges on Feb. 16.", "They talked."])
        #expect(sentences("George W. Bush spoke. Then he left.") == ["George W. Bush spoke.", "Then he left."])
        #expect(sentences("Inflation rose 3.5 percent in the U.S. economy. Prices fell.") ==
            ["Inflation rose 3.5 percent in the U.S. economy.", "Prices fell."])
    }

    @Test func anInitialismCanEndASentence() {
        #expect(sentences("Russia expelled diplomats from the U.S. The Kremlin said so.") ==
            ["Russia expelled diplomats from the U.S.", "The Kremlin said so."])
    }

    @Test func anInitialismAfterOneWordOpensNoSentence() {
        // Wire copy of the 1980s capitalised the word after "U.S.".
        #expect(sentences("Senior U.S. Officials have accused Tokyo. They want talks.") ==
            ["Senior U.S. Officials have accused Tokyo.", "They want talks."])
        #expect(sentences("Two U.S. Officials said so.") == ["Two U.S. Officials said so."])
        #expect(sentences("Tokyo sold chips to the U.S. Officials said so.") == ["Tokyo sold chips to the U.S.", "Officials said so."])
    }

    @Test func quotesThatSpanSentencesAndAttributionAfterThem() {
        #expect(sentences("\u{201C}War means war. We will act,\u{201D} he said. NATO replied.") ==
            ["\u{201C}War means war.", "We will act,\u{201D} he said.", "NATO replied."])
        #expect(sentences("\"Stop now!\" she shouted. Nobody moved.") == ["\"Stop now!\" she shouted.", "Nobody moved."])
        #expect(sentences("\u{201C}Is this a red line?\u{201D} asked the envoy.") == ["\u{201C}Is this a red line?\u{201D} asked the envoy."])
    }

    @Test func headlinesAndCaptionsWithoutFullStopsEndAtTheLineBreak() {
        #expect(sentences("NATO Has Crossed the Line\n\nRussia warned the alliance.\nVladimir Putin\nThe caption text.") ==
            ["NATO Has Crossed the Line", "Russia warned the alliance.", "Vladimir Putin", "The caption text."])
    }

    @Test func hardWrappedTextJoinsItsLines() {
        let text = """
            The foreign minister said on Tuesday that the government would not accept
            any deployment of foreign troops near the border and that it was ready to
            respond with all the means at its disposal if the warning went unheeded.
            Officials in the capital declined to say what those means might include.
            """
        #expect(sentences(text).count == 2)
    }

    @Test func possessivesAndApostrophesAndInitialisms() {
        #expect(tokens("Russia's allies’ U.S.-backed don't") == ["Russia", "'s", "allies", "’", "U.S.", "-", "backed", "don't"])
        #expect(tokens("Putin’s ‘red line’") == ["Putin", "’s", "‘", "red", "line", "’"])
        #expect(tokens("1,000 troops on 2022-04-13 at 3.5%") == ["1,000", "troops", "on", "2022-04-13", "at", "3.5", "%"])
    }

    @Test func straightQuotesAreToldOpenFromClosed() {
        let t = SegmentedText(Document(source: "t", text: "He said \"no\" and 'never'."))
        let kinds = t.tokens.map(\.kind)
        #expect(kinds == [.word, .word, .openQuote, .word, .closeQuote, .word, .openQuote, .word, .closeQuote, .punctuation])
    }

    @Test func normsFoldCaseAndAccents() {
        let t = SegmentedText(Document(source: "t", text: "Zelenskyy ZELENSKYY Côte d’Ivoire Kyiv’s"))
        #expect(t.norms == ["zelenskyy", "zelenskyy", "cote", "d'ivoire", "kyiv", "'s"])
    }

    @Test func scalarOffsetsCountUnicodeScalars() {
        let text = "“Café” — Kyiv."
        let t = SegmentedText(Document(source: "t", text: text))
        let kyiv = t.tokens.indices.first { t.text(of: $0) == "Kyiv" }!
        let span = t.buffer.scalarSpan(t.tokens[kyiv].range)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == "Kyiv")
    }

    @Test func emptyAndWhitespaceTextHasNoSentences() {
        #expect(sentences("").isEmpty)
        #expect(sentences("   \n\n  ").isEmpty)
    }
}
