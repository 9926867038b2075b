/// Trains the tagger, parser and lemma exceptions from treebank sentences.
public struct SyntaxTrainer: Sendable {
    public struct Options: Sendable {
        public var taggerIterations = 6
        public var parserIterations = 8
        /// Folds for tagging the parser's training data with a tagger that has not seen it.
        public var jackknifeFolds = 5
        /// From this iteration on, the parser follows its own mistakes (dynamic oracle).
        public var exploreFrom = 2
        public var exploreProbability = 0.9
        /// Rows whose largest averaged weight is smaller are dropped from the shipped model.
        public var pruneBelow: Float = 1
        /// The same for the parser's transition table when it differs: a beam parser's weights
        /// are sums over whole sentences and run larger than the tagger's and the labeller's.
        public var movePruneBelow: Float?
        /// The parsers whose arcs vote: for each, whether it reads right to left. One parser is
        /// the default: three ("left, right, left") gained half a point of attachment on the
        /// treebank's dev and test files for three times the time and size.
        public var parsers: [Bool] = [false]
        /// Move sequences each parser keeps; above 1 the parser is trained globally on its beam
        /// (early update) instead of greedily with the dynamic oracle.
        public var beamWidth = 1
        /// Move sequences the shipped parser keeps when it parses (nil: as many as in training).
        /// A parser trained on a beam of 8 loses almost nothing parsing with 4, at half the cost.
        public var parseBeamWidth: Int?
        /// Sequences scoring more than this below the best are dropped while parsing.
        public var parseBeamMargin: Float = .infinity
        /// Beam training updates at the step of largest violation rather than where the oracle's
        /// sequence first falls out of the beam.
        public var maxViolation = false

        /// How word classes are learned from the unlabelled text.
        public var wordClasses = WordClassMethod.kMeans

        public var seed: UInt64 = 1987

        public init() {}
    }

    public var options: Options
    /// Called with one line of progress at a time.
    public var log: @Sendable (String) -> Void

    public init(options: Options = Options(), log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.log = log
    }

    /// Trains on gold trees; `unlabeled` sentences of words (news, say) teach the word classes.
    public func train(_ sentences: [TreebankSentence], dev: [TreebankSentence] = [], unlabeled: [[String]] = []) -> SyntaxModel {
        var clusterOptions = WordClusters.Options()
        clusterOptions.method = options.wordClasses
        var clusters = WordClusters.learn(unlabeled + sentences.map(\.forms), options: clusterOptions)
        clusters.tagSets = WordClusters.tagSets(sentences)
        log("word classes: \(clusters.classes.count) words")
        let forms = sentences.map { $0.forms.map { WordForm(text: $0, clusters: clusters) } }
        let dictionary = Self.tagDictionary(sentences)
        log("tag dictionary: \(dictionary.count) words")
        let tagger = trainTagger(sentences, forms: forms, dictionary: dictionary, clusters: clusters, dev: dev)
        // The parser learns from the tags it will see: each fold tagged by a tagger trained on the rest.
        var parserTags = sentences.map(\.tags)
        if options.jackknifeFolds > 1 {
            for fold in 0..<options.jackknifeFolds {
                let held = sentences.indices.filter { $0 % options.jackknifeFolds == fold }
                let rest = sentences.indices.filter { $0 % options.jackknifeFolds != fold }
                let foldTagger = trainTagger(rest.map { sentences[$0] }, forms: rest.map { forms[$0] },
                                             dictionary: dictionary, clusters: clusters, dev: [], quiet: true)
                for i in held { parserTags[i] = foldTagger.tag(forms[i]) }
                log("jackknife fold \(fold + 1)/\(options.jackknifeFolds) tagged")
            }
        }
        let relations = Self.relations(sentences)
        var members = [Parser]()
        for (m, reversed) in options.parsers.enumerated() {
            log("parser \(m + 1) of \(options.parsers.count), \(reversed ? "right to left" : "left to right")")
            let order = reversed ? sentences.map(Self.reversed) : sentences
            let memberForms = reversed ? forms.map { Array($0.reversed()) } : forms
            let memberTags = reversed ? parserTags.map { Array($0.reversed()) } : parserTags
            members.append(trainParser(order, forms: memberForms, tags: memberTags, relations: relations, seed: options.seed &+ UInt64(m),
                                       tagger: tagger, clusters: clusters, dev: reversed ? dev.map(Self.reversed) : dev))
        }
        let parser = ParserEnsemble(members: members, reversed: options.parsers)
        let lemmas = Lemmatizer.learn(sentences)
        return SyntaxModel(tagger: tagger, parser: parser, lemmatizer: lemmas, clusters: clusters)
    }

    static func tagDictionary(_ sentences: [TreebankSentence]) -> [UInt64: UPOS] {
        var counts = [UInt64: [Int]]()
        for s in sentences {
            for (form, tag) in zip(s.forms, s.tags) {
                let key = FeatureHash.exactWord(form.utf8)
                counts[key, default: [Int](repeating: 0, count: UPOS.allCases.count)][Int(tag.rawValue)] += 1
            }
        }
        var dictionary = [UInt64: UPOS]()
        for (key, tally) in counts {
            let total = tally.reduce(0, +)
            guard total >= 20, let best = tally.indices.max(by: { tally[$0] < tally[$1] }) else { continue }
            if Double(tally[best]) / Double(total) >= 0.97 { dictionary[key] = UPOS(rawValue: UInt8(best)) }
        }
        return dictionary
    }

    static func relations(_ sentences: [TreebankSentence]) -> [String] {
        var seen = Set<String>()
        for s in sentences { seen.formUnion(s.relations) }
        seen.insert("root")
        seen.insert("parataxis")
        return seen.sorted()
    }

    func trainTagger(_ sentences: [TreebankSentence], forms: [[WordForm]], dictionary: [UInt64: UPOS],
                     clusters: WordClusters, dev: [TreebankSentence], quiet: Bool = false) -> Tagger {
        var model = PerceptronTrainer(classes: UPOS.allCases.count)
        var order = Array(sentences.indices)
        var random = SeededRandom(seed: options.seed)
        var scores = [Float](repeating: 0, count: UPOS.allCases.count)
        for iteration in 1...options.taggerIterations {
            order.shuffle(using: &random)
            var correct = 0, total = 0
            for s in order {
                let words = forms[s]
                let gold = sentences[s].tags
                _ = Tagger.walk(words, dictionary: dictionary) { i, features in
                    model.score(features, into: &scores)
                    let best = argmax(scores)
                    model.update(features, truth: Int(gold[i].rawValue), guess: best)
                    model.tick()
                    if best == Int(gold[i].rawValue) { correct += 1 }
                    total += 1
                    return UPOS(rawValue: UInt8(best)) ?? .X
                }
            }
            if !quiet {
                let trainAccuracy = Double(correct) / Double(max(total, 1))
                var line = "tagger iteration \(iteration): train \(percent(trainAccuracy)) (ambiguous words)"
                if !dev.isEmpty {
                    let tagger = Tagger(weights: model.averaged(), dictionary: dictionary)
                    line += ", dev UPOS \(percent(SyntaxEvaluation.taggerAccuracy(tagger, clusters: clusters, dev)))"
                }
                log(line)
            }
        }
        return Tagger(weights: model.averaged(pruningBelow: quiet ? 0 : options.pruneBelow), dictionary: dictionary)
    }

    /// A sentence read from its last word to its first, with heads renumbered.
    static func reversed(_ s: TreebankSentence) -> TreebankSentence {
        let n = s.count
        return TreebankSentence(forms: s.forms.reversed(), lemmas: s.lemmas.reversed(), tags: s.tags.reversed(),
                                heads: s.heads.reversed().map { $0 == 0 ? 0 : n - $0 + 1 }, relations: s.relations.reversed())
    }

    func trainParser(_ sentences: [TreebankSentence], forms: [[WordForm]], tags: [[UPOS]], relations: [String], seed: UInt64,
                     tagger: Tagger, clusters: WordClusters, dev: [TreebankSentence]) -> Parser {
        if options.beamWidth > 1 {
            return trainBeamParser(sentences, forms: forms, tags: tags, relations: relations, seed: seed,
                                   tagger: tagger, clusters: clusters, dev: dev)
        }
        var moves = PerceptronTrainer(classes: Move.allCases.count)
        var labeller = PerceptronTrainer(classes: relations.count)
        let relationIndex = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, $0) })
        let rootLabel = relationIndex["root"]!
        var order = Array(sentences.indices)
        var random = SeededRandom(seed: seed &* 7919 &+ 1)
        var buffer = [UInt64]()
        var moveScores = [Float](repeating: 0, count: Move.allCases.count)
        var labelScores = [Float](repeating: 0, count: relations.count)
        for iteration in 1...max(options.parserIterations, 1) where options.parserIterations > 0 {
            order.shuffle(using: &random)
            var correctArcs = 0, totalArcs = 0
            for s in order {
                let n = sentences[s].count
                let (gold, goldLabels) = Self.goldArcs(sentences[s], relationIndex: relationIndex, rootLabel: rootLabel)
                let features = ParserFeatures(words: forms[s], tags: tags[s])
                var state = ParseState(count: n)
                while !state.isTerminal {
                    features.state(state, into: &buffer)
                    moves.score(buffer, into: &moveScores)
                    var guess: Move?
                    var bestGold: Move?
                    var minCost = Int.max
                    var costs = [Int](repeating: Int.max, count: 4)
                    for move in Move.allCases where state.isValid(move) {
                        costs[move.rawValue] = state.cost(move, gold: gold)
                        minCost = min(minCost, costs[move.rawValue])
                        if guess == nil || moveScores[move.rawValue] > moveScores[guess!.rawValue] { guess = move }
                    }
                    guard let predicted = guess else { break }
                    for move in Move.allCases where costs[move.rawValue] == minCost {
                        if bestGold == nil || moveScores[move.rawValue] > moveScores[bestGold!.rawValue] { bestGold = move }
                    }
                    let target = bestGold!
                    if costs[predicted.rawValue] > minCost {
                        moves.update(buffer, truth: target.rawValue, guess: predicted.rawValue)
                    }
                    moves.tick()
                    var next = target
                    if costs[predicted.rawValue] == minCost {
                        next = predicted
                    } else if iteration >= options.exploreFrom,
                              Double(random.next() % 10_000) / 10_000 < options.exploreProbability {
                        next = predicted
                    }
                    var label = -1
                    if next == .left || next == .right {
                        let (head, dependent) = next == .left ? (state.front, state.top) : (state.top, state.front)
                        label = Self.trainLabel(next, in: state, gold: gold, goldLabels: goldLabels, rootLabel: rootLabel,
                                                features: features, labeller: &labeller, buffer: &buffer, scores: &labelScores)
                        if gold[dependent] == head { correctArcs += 1 }
                        totalArcs += 1
                    }
                    state.apply(next, label: label)
                }
            }
            var line = "parser iteration \(iteration): train arcs \(percent(Double(correctArcs) / Double(max(totalArcs, 1))))"
            if !dev.isEmpty, iteration % 3 == 0 || iteration == options.parserIterations {
                let parser = ParserEnsemble(members: [Parser(moves: moves.averaged(), labeller: labeller.averaged(),
                                                             relations: relations, rootLabel: rootLabel)], reversed: [false])
                let scores = SyntaxEvaluation.score(tagger: tagger, parser: parser, clusters: clusters, dev)
                line += ", dev UAS \(percent(scores.uas)) LAS \(percent(scores.las))"
            }
            log(line)
        }
        return Parser(moves: moves.averaged(pruningBelow: options.movePruneBelow ?? options.pruneBelow),
                      labeller: labeller.averaged(pruningBelow: options.pruneBelow),
                      relations: relations, rootLabel: rootLabel)
    }
}

func percent(_ x: Double) -> String {
    let tenths = Int((x * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
}
