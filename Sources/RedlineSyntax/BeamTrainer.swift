/// Global training of the beam parser: a structured perceptron with early update (Collins and
/// Roark; Zhang and Clark). Each sentence is parsed with the beam; as soon as the oracle's
/// sequence falls out of it, the weights move toward the oracle's prefix and away from the best
/// item's, and the sentence ends there. The labeller learns from the oracle's arcs.
extension SyntaxTrainer {
    func trainBeamParser(_ sentences: [TreebankSentence], forms: [[WordForm]], tags: [[UPOS]], relations: [String],
                         seed: UInt64, tagger: Tagger, clusters: WordClusters, dev: [TreebankSentence]) -> Parser {
        var moves = PerceptronTrainer(classes: Move.allCases.count)
        var labeller = PerceptronTrainer(classes: relations.count)
        let relationIndex = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, $0) })
        let rootLabel = relationIndex["root"]!
        var order = Array(sentences.indices)
        var random = SeededRandom(seed: seed &* 7919 &+ 1)
        var buffer = [UInt64]()
        for iteration in 1...max(options.parserIterations, 1) where options.parserIterations > 0 {
            order.shuffle(using: &random)
            var earlyUpdates = 0, finalUpdates = 0
            for s in order {
                let n = sentences[s].count
                let (gold, goldLabels) = Self.goldArcs(sentences[s], relationIndex: relationIndex, rootLabel: rootLabel)
                let features = ParserFeatures(words: forms[s], tags: tags[s])
                let oracle = Self.oracleSequence(count: n, gold: gold, goldLabels: goldLabels, rootLabel: rootLabel,
                                                 features: features, labeller: &labeller, buffer: &buffer)
                let (predicted, steps) = Self.search(features, count: n, width: options.beamWidth,
                                                     maxViolation: options.maxViolation, oracle: oracle, gold: gold,
                                                     goldLabels: goldLabels, rootLabel: rootLabel,
                                                     moves: moves, labeller: labeller)
                if !predicted.followsGold {
                    if steps < oracle.count { earlyUpdates += 1 } else { finalUpdates += 1 }
                    Self.update(&moves, features: features, count: n, oracle: oracle.prefix(steps),
                                predicted: predicted, buffer: &buffer)
                }
                moves.tick()
            }
            var line = "beam parser iteration \(iteration): early updates \(percent(Double(earlyUpdates) / Double(max(sentences.count, 1))))"
                + ", final \(percent(Double(finalUpdates) / Double(max(sentences.count, 1))))"
            if !dev.isEmpty, iteration % 3 == 0 || iteration == options.parserIterations {
                let parser = Parser(moves: moves.averaged(), labeller: labeller.averaged(), relations: relations,
                                    rootLabel: rootLabel, beamWidth: options.parseBeamWidth ?? options.beamWidth,
                                    beamMargin: options.parseBeamMargin)
                let scores = SyntaxEvaluation.score(tagger: tagger, parser: ParserEnsemble(members: [parser], reversed: [false]),
                                                    clusters: clusters, dev)
                line += ", dev UAS \(percent(scores.uas)) LAS \(percent(scores.las))"
            }
            log(line)
        }
        return Parser(moves: moves.averaged(pruningBelow: options.movePruneBelow ?? options.pruneBelow),
                      labeller: labeller.averaged(pruningBelow: options.pruneBelow),
                      relations: relations, rootLabel: rootLabel, beamWidth: options.parseBeamWidth ?? options.beamWidth,
                                    beamMargin: options.parseBeamMargin)
    }

    /// The oracle's moves and labels for one gold tree: at each state the cheapest move under the
    /// dynamic oracle's costs, preferring left, right, reduce, then shift (so non-projective trees
    /// get their best reachable tree). The labeller is trained on each of its arcs as it goes.
    static func oracleSequence(count n: Int, gold: [Int], goldLabels: [Int], rootLabel: Int, features: ParserFeatures,
                               labeller: inout PerceptronTrainer, buffer: inout [UInt64]) -> [(move: Move, label: Int)] {
        var sequence = [(move: Move, label: Int)]()
        sequence.reserveCapacity(2 * n)
        var scores = [Float](repeating: 0, count: labeller.classes)
        var state = ParseState(count: n)
        while !state.isTerminal {
            var best: Move?
            var bestCost = Int.max
            for move in [Move.left, .right, .reduce, .shift] where state.isValid(move) {
                let cost = state.cost(move, gold: gold)
                if cost < bestCost { best = move; bestCost = cost }
            }
            guard let move = best else { break }
            var label = -1
            if move == .left || move == .right {
                label = trainLabel(move, in: state, gold: gold, goldLabels: goldLabels, rootLabel: rootLabel,
                                   features: features, labeller: &labeller, buffer: &buffer, scores: &scores)
            }
            sequence.append((move, label))
            state.apply(move, label: label)
        }
        return sequence
    }

    /// Runs the beam over a sentence; returns the item to update against and the number of moves
    /// the update covers. With early update the search stops as soon as the oracle's sequence
    /// falls out of the beam; with max-violation (Huang, Fayong and Guo) it runs to the end and
    /// picks the step where the best item beats the oracle's prefix by most.
    static func search(_ features: ParserFeatures, count n: Int, width: Int, maxViolation: Bool,
                       oracle: [(move: Move, label: Int)], gold: [Int], goldLabels: [Int], rootLabel: Int,
                       moves: PerceptronTrainer, labeller: PerceptronTrainer) -> (BeamItem, Int) {
        let scorer = TrainingScorer(moves: moves, labeller: labeller, features: features, gold: gold,
                                    goldLabels: goldLabels, rootLabel: rootLabel)
        var search = BeamSearch(features: features, width: width, recordsMoves: true)
        var beam = search.start(count: n, followsGold: true)
        var steps = 0
        var goldState = ParseState(count: n)
        var goldScore: Float = 0
        var buffer = [UInt64]()
        var scores = [Float](repeating: 0, count: Move.allCases.count)
        var worst: (violation: Float, item: BeamItem, steps: Int)?
        while !beam[0].state.isTerminal, steps < oracle.count {
            beam = search.step(beam, scorer: scorer, gold: oracle[steps])
            if maxViolation {
                features.state(goldState, into: &buffer)
                moves.score(buffer, into: &scores)
                goldScore += scores[oracle[steps].move.rawValue]
                goldState.apply(oracle[steps].move, label: oracle[steps].label)
            }
            steps += 1
            guard !beam.contains(where: \.followsGold) else { continue }
            guard maxViolation else { break }
            let violation = beam[0].score - goldScore
            if worst == nil || violation > worst!.violation { worst = (violation, beam[0], steps) }
        }
        if let worst { return (worst.item, worst.steps) }
        return (beam[0], steps)
    }

    /// Moves the weights toward the oracle's prefix and away from the predicted one; the moves
    /// before the two first differ change nothing and are only replayed.
    static func update(_ moves: inout PerceptronTrainer, features: ParserFeatures, count n: Int,
                       oracle: ArraySlice<(move: Move, label: Int)>, predicted: BeamItem, buffer: inout [UInt64]) {
        var shared = 0
        while shared < oracle.count, shared < predicted.moves.count,
              oracle[oracle.startIndex + shared].move == predicted.moves[shared],
              oracle[oracle.startIndex + shared].label == predicted.labels[shared] {
            shared += 1
        }
        var state = ParseState(count: n)
        for (i, step) in oracle.enumerated() {
            if i >= shared {
                features.state(state, into: &buffer)
                moves.add(buffer, to: step.move.rawValue, 1)
            }
            state.apply(step.move, label: step.label)
        }
        state = ParseState(count: n)
        for i in 0..<min(predicted.moves.count, oracle.count) {
            if i >= shared {
                features.state(state, into: &buffer)
                moves.add(buffer, to: predicted.moves[i].rawValue, -1)
            }
            state.apply(predicted.moves[i], label: predicted.labels[i])
        }
    }
}

/// The weights being trained as a beam scorer. Arcs to the right head take the gold label; others
/// the labeller's current best, as the greedy trainer does.
private struct TrainingScorer: BeamScorer {
    let moves: PerceptronTrainer
    let labeller: PerceptronTrainer
    let features: ParserFeatures
    let gold: [Int]
    let goldLabels: [Int]
    let rootLabel: Int

    func scoreMoves(_ state: ParseState, buffer: inout [UInt64], into scores: inout [Float]) {
        features.state(state, into: &buffer)
        moves.score(buffer, into: &scores)
    }

    func label(_ state: ParseState, head: Int, dependent: Int, buffer: inout [UInt64], scores: inout [Float]) -> Int {
        if head == state.count { return rootLabel }
        if gold[dependent] == head { return goldLabels[dependent] }
        if scores.count != labeller.classes { scores = [Float](repeating: 0, count: labeller.classes) }
        features.arc(state, head: head, dependent: dependent, into: &buffer)
        labeller.score(buffer, into: &scores)
        return bestLabel(scores, excluding: rootLabel)
    }
}

extension SyntaxTrainer {
    /// A gold tree as the transition system sees it: each word's head with the root as index `n`
    /// (at the end of the buffer) and `-2` for the root itself, and each word's label index.
    static func goldArcs(_ sentence: TreebankSentence, relationIndex: [String: Int], rootLabel: Int) -> (heads: [Int], labels: [Int]) {
        let n = sentence.count
        var heads = sentence.heads.map { $0 == 0 ? n : $0 - 1 }
        heads.append(-2)
        return (heads, sentence.relations.map { relationIndex[$0] ?? rootLabel })
    }

    /// The label of the arc `move` makes in `state`, the labeller trained on it when the arc is
    /// the gold tree's: the gold label then, the labeller's best otherwise.
    static func trainLabel(_ move: Move, in state: ParseState, gold: [Int], goldLabels: [Int], rootLabel: Int,
                           features: ParserFeatures, labeller: inout PerceptronTrainer,
                           buffer: inout [UInt64], scores: inout [Float]) -> Int {
        let (head, dependent) = move == .left ? (state.front, state.top) : (state.top, state.front)
        if head == state.count { return rootLabel }
        features.arc(state, head: head, dependent: dependent, into: &buffer)
        labeller.score(buffer, into: &scores)
        let guess = bestLabel(scores, excluding: rootLabel)
        guard gold[dependent] == head else { return guess }
        labeller.update(buffer, truth: goldLabels[dependent], guess: guess)
        labeller.tick()
        return goldLabels[dependent]
    }
}

/// The highest-scoring label other than the root's.
func bestLabel(_ scores: [Float], excluding rootLabel: Int) -> Int {
    var best = rootLabel == 0 ? 1 : 0
    for c in scores.indices where c != rootLabel && scores[c] > scores[best] { best = c }
    return best
}
