import Testing
@testable import RedlineSyntax

@Suite struct BeamParserTests {
    static func beamOptions(width: Int, maxViolation: Bool = false) -> SyntaxTrainer.Options {
        var options = SyntaxTrainingTests.quickOptions()
        options.beamWidth = width
        options.maxViolation = maxViolation
        return options
    }

    @Test(arguments: [false, true])
    func aBeamParserTrainedGloballyReproducesItsTrainingTrees(maxViolation: Bool) throws {
        let train = try SmallTreebank.sentences(SmallTreebank.training)
        let model = SyntaxTrainer(options: Self.beamOptions(width: 4, maxViolation: maxViolation)).train(train)
        #expect(model.parser.members[0].beamWidth == 4)
        let scores = model.evaluate(train)
        #expect(scores.uas >= 0.95)
        #expect(scores.las >= 0.9)
        #expect(model.evaluate(try SmallTreebank.sentences(SmallTreebank.heldOut)).uas >= 0.8)
    }

    @Test func theBeamWidthTravelsInTheModelFileAndCanBeChangedForParsing() throws {
        var options = Self.beamOptions(width: 4)
        options.parseBeamWidth = 2
        let train = try SmallTreebank.sentences(SmallTreebank.training)
        let model = SyntaxTrainer(options: options).train(train)
        #expect(model.parser.members[0].beamWidth == 2)
        let reloaded = try SyntaxModel(bytes: model.serialized())
        #expect(reloaded.parser.members[0].beamWidth == 2)
        #expect(reloaded.withBeam(width: 1).parser.members[0].beamWidth == 1)
        for s in try SmallTreebank.sentences(SmallTreebank.heldOut) + train {
            #expect(reloaded.analyze(s.forms) == model.analyze(s.forms))
            let greedy = reloaded.withBeam(width: 1).analyze(s.forms)
            #expect(greedy.heads.filter { $0 == -1 }.count == 1)
        }
    }

    @Test func aModelFileWrittenBeforeBeamsLoadsAsAGreedyParser() throws {
        let train = try SmallTreebank.sentences(SmallTreebank.training)
        let model = SyntaxTrainer(options: SyntaxTrainingTests.quickOptions()).train(train)
        // Version 1 had no beam-width byte after each parser's direction: write one that way.
        var writer = ModelWriter()
        writer.raw(SyntaxModel.magic)
        writer.u32(1)
        var bytes = model.serialized()
        bytes.removeLast(8)
        var body = Array(bytes[12...])
        // Find the direction byte, the beam width and margin that follow it, after the tagger's table.
        // Direction 0, width 1, margin (4 bytes), then the tables.
        let marker = bytes.count - 12 - Self.parserTablesSize(model) - 4
        #expect(body[marker - 2] == 0 && body[marker - 1] == 1)
        body.removeSubrange((marker - 1)..<(marker + 4))
        writer.raw(body)
        writer.u64(modelChecksum(writer.bytes[...]))
        let old = try SyntaxModel(bytes: writer.bytes)
        #expect(old.parser.members[0].beamWidth == 1)
        for s in train { #expect(old.analyze(s.forms) == model.analyze(s.forms)) }
    }

    /// Bytes of the transition and label tables at the end of a one-parser model.
    static func parserTablesSize(_ model: SyntaxModel) -> Int {
        let parser = model.parser.members[0]
        func table(_ t: WeightTable) -> Int { 12 + t.rowCount * (8 + 2 * t.classes) }
        return table(parser.moves) + table(parser.labeller)
    }

    @Test func theOracleSequenceRebuildsAProjectiveTreeInTwoMovesPerWord() throws {
        for sentence in try SmallTreebank.sentences(SmallTreebank.training) {
            let n = sentence.count
            var gold = sentence.heads.map { $0 == 0 ? n : $0 - 1 }
            gold.append(-2)
            var labeller = PerceptronTrainer(classes: 3)
            var buffer = [UInt64]()
            let features = ParserFeatures(words: sentence.forms.map { WordForm(text: $0, clusters: WordClusters(classes: [:])) }, tags: sentence.tags)
            let sequence = SyntaxTrainer.oracleSequence(count: n, gold: gold, goldLabels: Array(repeating: 1, count: n), rootLabel: 0,
                                                        features: features, labeller: &labeller, buffer: &buffer)
            #expect(sequence.count == 2 * n)
            var state = ParseState(count: n)
            for step in sequence { state.apply(step.move, label: step.label) }
            #expect(Array(state.heads[0..<n]) == Array(gold[0..<n]))
        }
    }
}
