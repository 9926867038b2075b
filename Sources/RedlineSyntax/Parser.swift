/// An arc-eager dependency parser that labels each arc as it makes it: greedy, or with a beam of
/// `beamWidth` move sequences when it was trained for one.
struct Parser: Sendable {
    let moves: WeightTable
    let labeller: WeightTable
    /// Relation names, indexed as the labeller's classes.
    let relations: [String]
    let rootLabel: Int
    /// Move sequences kept while parsing; 1 is greedy.
    var beamWidth = 1
    /// Sequences scoring more than this below the best are dropped from the beam.
    var beamMargin: Float = .infinity

    /// Parses tagged words; returns each word's head (`-1` for the root) and relation index.
    func parse(_ words: [WordForm], tags: [UPOS]) -> (heads: [Int], labels: [Int]) {
        let n = words.count
        guard n > 0 else { return ([], []) }
        let features = ParserFeatures(words: words, tags: tags)
        if beamWidth > 1 {
            var search = BeamSearch(features: features, width: beamWidth, margin: beamMargin)
            let scorer = FrozenScorer(parser: self, features: features)
            var beam = search.start(count: n)
            while !beam[0].state.isTerminal { beam = search.step(beam, scorer: scorer) }
            return finish(beam[0].state)
        }
        var state = ParseState(count: n)
        var buffer = [UInt64]()
        buffer.reserveCapacity(96)
        var moveScores = [Float](repeating: 0, count: moves.classes)
        var labelScores = [Float](repeating: 0, count: labeller.classes)
        while !state.isTerminal {
            features.state(state, into: &buffer)
            buffer.withUnsafeBufferPointer { f in
                moveScores.withUnsafeMutableBufferPointer { moves.score(f, into: $0) }
            }
            var best: Move?
            for move in Move.allCases where state.isValid(move) {
                if best == nil || moveScores[move.rawValue] > moveScores[best!.rawValue] { best = move }
            }
            guard let move = best else { break }
            var label = -1
            if move == .left || move == .right {
                let (head, dependent) = move == .left ? (state.front, state.top) : (state.top, state.front)
                label = chooseLabel(features, state, head: head, dependent: dependent,
                                    buffer: &buffer, scores: &labelScores)
            }
            state.apply(move, label: label)
        }
        return finish(state)
    }

    func chooseLabel(_ features: ParserFeatures, _ state: ParseState, head: Int, dependent: Int,
                     buffer: inout [UInt64], scores: inout [Float]) -> Int {
        if head == state.count { return rootLabel }
        features.arc(state, head: head, dependent: dependent, into: &buffer)
        return label(of: buffer, scores: &scores)
    }

    /// The best label other than the root's for an arc of the given features.
    func label(of arcFeatures: [UInt64], scores: inout [Float]) -> Int {
        arcFeatures.withUnsafeBufferPointer { f in
            scores.withUnsafeMutableBufferPointer { labeller.score(f, into: $0) }
        }
        return bestLabel(scores, excluding: rootLabel)
    }

    /// One root: the leftmost word attached to the root keeps it, other root words hang from it.
    func finish(_ state: ParseState) -> (heads: [Int], labels: [Int]) {
        let n = state.count
        var heads = Array(state.heads[0..<n])
        var labels = Array(state.labels[0..<n])
        var root = -1
        for i in 0..<n where heads[i] == n || heads[i] < 0 {
            if root < 0 {
                root = i
                heads[i] = -1
                labels[i] = rootLabel
            } else {
                heads[i] = root
                labels[i] = relations.firstIndex(of: "parataxis") ?? labels[i]
            }
        }
        return (heads, labels)
    }
}
