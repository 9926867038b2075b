import RedlineCore
import RedlineText
import Testing
@testable import RedlineSyntax

@Suite struct NewsWordsTests {
    static func words(_ text: String) -> NewsWords {
        let buffer = TextBuffer(text)
        let tokens = Tokenizer().tokenize(buffer.bytes)
        return NewsWords(bytes: buffer.bytes, tokens: tokens[...])
    }

    @Test func contractionsAndHyphenatedWordsSplitAsInTheTreebank() {
        let w = Self.words("Kyiv won’t accept pro-Russian demands, Moscow's envoy said.")
        #expect(w.forms == ["Kyiv", "wo", "n't", "accept", "pro", "-", "Russian", "demands", ",", "Moscow", "'s", "envoy", "said", "."])
        // "wo" and "n't" both come from the one token "won’t".
        #expect(w.tokenOfWord[1] == w.tokenOfWord[2])
        #expect(w.tokenOfWord[4] == w.tokenOfWord[6])
    }

    @Test func curlyQuotesAndDashesBecomeTreebankPunctuation() {
        let w = Self.words("“We will respond,” she said — firmly.")
        #expect(w.forms.first == "\"")
        #expect(w.forms.contains("--"))
        #expect(w.forms.filter { $0 == "\"" }.count == 2)
    }

    @Test func initialismsNumbersAndUnitsStayWhole() {
        let w = Self.words("The U.S. sent 1,200 troops and $3.5 billion.")
        #expect(w.forms.contains("U.S."))
        #expect(w.forms.contains("1,200"))
        #expect(w.forms.contains("3.5"))
    }

    @Test func headlinesInCapitalsAreLowerCased() {
        #expect(Self.words("RUSSIA WARNS FINLAND OVER NATO BID").forms == ["russia", "warns", "finland", "over", "nato", "bid"])
        // A sentence with a few acronyms is not a headline.
        #expect(Self.words("NATO and the EU met in Brussels on Monday.").forms.first == "NATO")
    }
}
