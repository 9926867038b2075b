import RedlineCore
import Testing
@testable import RedlineText

@Suite("Vocabulary and word classes")
struct VocabularyTests {
    @Test func internGivesStableIdsAndUnknownForTheRest() {
        var v = Vocabulary()
        let warned = v.intern("warned")
        #expect(warned != Vocabulary.unknown)
        #expect(v.intern("warned") == warned)
        #expect(v.id("warned") == warned)
        #expect(v.id("sanctioned") == Vocabulary.unknown)
        #expect(v.form(warned) == "warned")
    }

    @Test func idsSurviveTheTableGrowing() {
        var v = Vocabulary()
        let words = (0..<5_000).map { "w\($0)" }
        let ids = words.map { v.intern($0) }
        #expect(Set(ids).count == words.count)
        for (w, id) in zip(words, ids) { #expect(v.id(w) == id) }
        #expect(v.count == words.count + 1)
    }

    @Test func wordSetHoldsOnlyWhatWasInserted() {
        var v = Vocabulary()
        let a = v.intern("a"), b = v.intern("b"), far = (0..<300).map { v.intern("x\($0)") }.last!
        var set = WordSet()
        set.insert(a)
        set.insert(far)
        #expect(set.contains(a) && set.contains(far))
        #expect(!set.contains(b))
        #expect(!set.contains(Vocabulary.unknown))
        #expect(!set.contains(Int32(100_000)))
    }

    @Test func segmentationMarksTheClassesOfEachToken() {
        let modals = WordClass(bit: 3, ["will", "would"])
        let negations = WordClass(bit: 9, ["not", "never"])
        var v = Vocabulary()
        v.tag(modals)
        v.tag(negations)
        let text = SegmentedText(Document(source: "t", text: "Moscow WOULD not wait; it will never."), vocabulary: v)
        let flagged = text.norms.indices.filter { text.token($0, in: modals) }.map { text.norms[$0] }
        #expect(flagged == ["would", "will"])
        #expect(text.norms.indices.filter { text.token($0, in: negations) }.map { text.norms[$0] } == ["not", "never"])
        #expect(text.words[0] == Vocabulary.unknown)  // "moscow" was never interned
    }

    @Test func textWithoutAVocabularyHasOnlyUnknownWords() {
        let text = SegmentedText(Document(source: "t", text: "Kyiv said no."))
        #expect(text.words.allSatisfy { $0 == Vocabulary.unknown })
        #expect(text.classes.allSatisfy { $0 == 0 })
    }

    @Test(arguments: [
        ("Kyiv’s", "kyiv's"), ("‘NATO’", "'nato'"), ("pro‑Russian", "pro-russian"), ("—", "—"), ("“", "“"),
        ("Côte", "cote"), ("ZELENSKYY", "zelenskyy"), ("Straße", "strasse"), ("İstanbul", "istanbul"), ("Erdoğan’s", "erdogan's"),
    ])
    func foldingIsTheSameOnTheFastAndTheFullPath(word: String, folded: String) {
        #expect(Normalizer.fold(word) == folded)
    }
}

@Suite("Text cleanup")
struct TextCleanupTests {
    @Test func decomposedTextIsComposedAndComposedTextKept() {
        let decomposed = "Cafe\u{301} in Zu\u{308}rich"
        #expect(!TextCleanup.isSurelyComposed(decomposed))
        #expect(TextCleanup.normalize(decomposed) == "Caf\u{E9} in Z\u{FC}rich")
        let composed = "Zelenskyy’s café — “no” 🚀 €5"
        #expect(TextCleanup.isSurelyComposed(composed))
        #expect(TextCleanup.normalize(composed) == composed)
        // Singletons that NFC replaces are not taken for composed text.
        #expect(!TextCleanup.isSurelyComposed("10 \u{212B}"))
        #expect(TextCleanup.normalize("10 \u{212B}") == "10 \u{C5}")
    }

    /// The string path skips the copy when nothing needs rewriting: it must agree with the byte
    /// path on text that does, wherever the offending bytes are.
    @Test(arguments: [
        "  plain text\n",
        "line one\r\nline two\rthree",
        "\u{FEFF}starts with a mark",
        "zero\u{FEFF}width",
        "a\u{2028}b\u{2029}c",
        "bell\u{07} and del\u{7F} and C1\u{85} go",
        "tab\tkept, é kept, “quotes” kept",
        "\u{301}combining first",
        "a long run of plain ASCII words before the bell\u{07} and more plain words after it",
        "twenty-four plain bytes then a DEL\u{7F} then a C1 control here\u{85}, then the end",
        "sixteen plain ok\r\nand then a carriage return deep inside a long line of text",
    ])
    func stringAndBytePathsAgree(text: String) {
        #expect(TextCleanup.normalize(text) == TextCleanup.normalize(utf8: Array(text.utf8)))
    }

    @Test func controlsAndLineEndsAreRewritten() {
        #expect(TextCleanup.normalize("a\r\nb\u{07}c\u{2029}d ") == "a\nbc\n\nd")
    }
}

@Suite("Content hash")
struct ContentHashTests {
    /// Stored documents are keyed by this hash: its values must never change between versions.
    @Test(arguments: [
        ("", "cbf29ce4842223251a155a9cb4b8e0f1"),
        ("Same text.", "7cbcb6e3b42b3b945878358a390dec7d"),
        ("Zelenskyy’s café", "b8ae73c21486c903a573194194561401"),
    ])
    func valuesAreStable(text: String, hash: String) {
        #expect(ContentHash.hex(of: text) == hash)
    }
}
