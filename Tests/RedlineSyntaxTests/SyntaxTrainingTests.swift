import Testing
@testable import RedlineSyntax

@Suite struct SyntaxTrainingTests {
    static func quickOptions() -> SyntaxTrainer.Options {
        var options = SyntaxTrainer.Options()
        options.taggerIterations = 10
        options.parserIterations = 15
        options.jackknifeFolds = 1
        options.pruneBelow = 0
        return options
    }

    @Test func trainedModelReproducesItsTrainingTrees() throws {
        let train = try SmallTreebank.sentences(SmallTreebank.training)
        let model = SyntaxTrainer(options: Self.quickOptions()).train(train)
        let scores = model.evaluate(train)
        #expect(scores.upos >= 0.97)
        #expect(scores.uas >= 0.95)
        #expect(scores.las >= 0.9)
    }

    @Test func taggerBeatsTheMostFrequentTagOnUnseenSentences() throws {
        let train = try SmallTreebank.sentences(SmallTreebank.training)
        let heldOut = try SmallTreebank.sentences(SmallTreebank.heldOut)
        let model = SyntaxTrainer(options: Self.quickOptions()).train(train)
        // The baseline: each word's most frequent training tag, NOUN for unknown words.
        var counts = [String: [UPOS: Int]]()
        for s in train { for (f, t) in zip(s.forms, s.tags) { counts[f, default: [:]][t, default: 0] += 1 } }
        var baseline = 0, total = 0
        for s in heldOut {
            for (f, t) in zip(s.forms, s.tags) {
                let guess = counts[f]?.max(by: { $0.value < $1.value })?.key ?? .NOUN
                if guess == t { baseline += 1 }
                total += 1
            }
        }
        let baselineAccuracy = Double(baseline) / Double(total)
        let scores = model.evaluate(heldOut)
        #expect(baselineAccuracy < 1)
        #expect(scores.upos > baselineAccuracy)
        #expect(scores.uas >= 0.8)
    }

    @Test func serializedModelGivesTheSameAnalyses() throws {
        let train = try SmallTreebank.sentences(SmallTreebank.training)
        let model = SyntaxTrainer(options: Self.quickOptions()).train(train)
        let reloaded = try SyntaxModel(bytes: model.serialized())
        for s in try SmallTreebank.sentences(SmallTreebank.heldOut) + train {
            let a = model.analyze(s.forms), b = reloaded.analyze(s.forms)
            #expect(a.tags == b.tags)
            #expect(a.heads == b.heads)
            #expect(a.relations == b.relations)
            #expect(a.lemmas == b.lemmas)
        }
    }

    @Test func everyWordGetsOneHeadAndOneRoot() throws {
        let train = try SmallTreebank.sentences(SmallTreebank.training)
        let model = SyntaxTrainer(options: Self.quickOptions()).train(train)
        for words in [["Moscow"], ["Talks", "failed", "again", "and", "again", "."], ["?", "!", "?"]] {
            let tree = model.analyze(words)
            #expect(tree.heads.filter { $0 == -1 }.count == 1)
            for (i, h) in tree.heads.enumerated() where h >= 0 {
                #expect(tree.isWithin(h, subtreeOf: tree.root!))
                #expect(h != i)
            }
        }
        #expect(model.analyze([]).count == 0)
    }
}

@Suite struct EnsembleTests {
    @Test func eisnerFindsTheBestProjectiveTree() {
        // Root 0, words 1–3: arcs 0→2, 2→1, 2→3 score highest.
        let scores: [[Float]] = [
            [0, 1, 5, 1],
            [0, 0, 1, 1],
            [0, 4, 0, 4],
            [0, 1, 1, 0],
        ]
        #expect(Eisner.decode(count: 4) { scores[$0][$1] } == [-1, 2, 0, 2])
    }

    @Test func eisnerNeverGivesTheRootAHeadAndKeepsEveryWordAttached() {
        let n = 7
        let heads = Eisner.decode(count: n) { h, d in Float((h * 31 + d * 17) % 11) }
        #expect(heads[0] == -1)
        for d in 1..<n { #expect(heads[d] >= 0 && heads[d] < n && heads[d] != d) }
    }

    @Test func readingBackwardsRenumbersHeads() throws {
        let s = try SmallTreebank.sentences([SmallTreebank.training[0]])[0]
        let r = SyntaxTrainer.reversed(s)
        #expect(r.forms == [".", "Finland", "warned", "Russia"])
        #expect(r.heads == [3, 3, 0, 3])
        #expect(SyntaxTrainer.reversed(r) == s)
    }

    @Test func parsersReadingBothWaysVoteForOneTree() throws {
        var options = SyntaxTrainingTests.quickOptions()
        options.parsers = [false, true, false]
        let train = try SmallTreebank.sentences(SmallTreebank.training)
        let model = SyntaxTrainer(options: options).train(train)
        #expect(model.parser.members.count == 3)
        let scores = model.evaluate(train)
        #expect(scores.uas >= 0.95)
        let reloaded = try SyntaxModel(bytes: model.serialized())
        for s in try SmallTreebank.sentences(SmallTreebank.heldOut) {
            #expect(reloaded.analyze(s.forms) == model.analyze(s.forms))
            #expect(model.analyze(s.forms).heads.filter { $0 == -1 }.count == 1)
        }
    }
}
