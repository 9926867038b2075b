import Testing
@testable import RedlineSyntax

@Suite struct ExchangeClusteringTests {
    /// Capitals always follow "in", verbs always follow "army"; the exchange puts each group in
    /// a class of its own.
    static let corpus: [[String]] = {
        var sentences = [[String]]()
        let capitals = ["kyiv", "tehran", "caracas"]
        let verbs = ["warned", "struck", "vowed"]
        for (i, capital) in capitals.enumerated() {
            for verb in verbs {
                sentences.append(["the", "army", verb, "troops", "in", capital])
                sentences.append(["an", "army", verbs[(i + 1) % verbs.count], "again", "in", capital, "today"])
            }
        }
        return sentences
    }()

    @Test func wordsThatFollowTheSameWordsShareAClass() {
        var index = [String: Int32]()
        for s in Self.corpus { for w in s where index[w] == nil { index[w] = Int32(index.count) } }
        let indexed = Self.corpus.map { $0.map { index[$0]! } }
        let classes = ExchangeClustering.classes(indexed, vocabulary: index.count, k: 4, iterations: 10)
        func of(_ w: String) -> Int { classes[Int(index[w]!)] }
        #expect(Set(["kyiv", "tehran", "caracas"].map(of)).count == 1)
        #expect(Set(["warned", "struck", "vowed"].map(of)).count == 1)
        #expect(of("kyiv") != of("warned"))
        #expect(classes.allSatisfy { (0..<4).contains($0) })
    }

    @Test func wordsOutsideTheVocabularyOnlyBreakContexts() {
        // Word 0 follows an unknown word (-1) or starts the sentence; it still gets a class.
        let classes = ExchangeClustering.classes([[-1, 0, 1], [0, -1, 1]], vocabulary: 2, k: 2, iterations: 3)
        #expect(classes.count == 2)
        #expect(classes.allSatisfy { (0..<2).contains($0) })
    }

    @Test func theSameCorpusGivesTheSameClasses() {
        let indexed: [[Int32]] = [[0, 1, 2, 3], [0, 2, 1, 3], [4, 1, 3], [4, 2, 3]]
        let first = ExchangeClustering.classes(indexed, vocabulary: 5, k: 3, iterations: 5)
        #expect(first == ExchangeClustering.classes(indexed, vocabulary: 5, k: 3, iterations: 5))
    }
}
