/// Beam search over arc-eager moves (after Zhang and Clark, and Zhang and Nivre): the `width`
/// best move sequences so far are kept, each scored by the sum of its moves' scores, so a move
/// that looks best locally can lose to a sequence that fits the whole sentence better.
///
/// Every arc-eager sequence over `n` words has exactly `2n` moves (each word is pushed once, by
/// shift or right, and popped once, by reduce or left), so all items of a beam end together.
struct BeamItem {
    var state: ParseState
    var score: Float
    /// The moves made and the label given by each (`-1` for shift and reduce), kept in training
    /// so that a sequence can be replayed for an update.
    var moves: [Move] = []
    var labels: [Int] = []
    /// Whether every move so far is the oracle's (training only).
    var followsGold = false
}

/// What a beam step needs from a model: move scores for a state's features, and a label for an
/// arc about to be made.
protocol BeamScorer {
    func scoreMoves(_ state: ParseState, buffer: inout [UInt64], into scores: inout [Float])
    func label(_ state: ParseState, head: Int, dependent: Int, buffer: inout [UInt64], scores: inout [Float]) -> Int
}

struct BeamSearch {
    let features: ParserFeatures
    let width: Int
    /// Successors scoring more than this below the best are dropped even when the beam has room:
    /// where the model is sure, the beam narrows to one or two items and parsing costs little more
    /// than greedy.
    let margin: Float
    /// Whether items keep their moves and labels (training).
    var recordsMoves = false

    private var buffer: [UInt64] = []
    private var moveScores = [Float](repeating: 0, count: Move.allCases.count)
    private var labelScores: [Float] = []
    private var candidates: [(item: Int, move: Move, score: Float)] = []

    init(features: ParserFeatures, width: Int, margin: Float = .infinity, recordsMoves: Bool = false) {
        self.features = features
        self.width = max(width, 1)
        self.margin = margin
        self.recordsMoves = recordsMoves
        buffer.reserveCapacity(128)
    }

    /// The first beam: one empty state.
    func start(count: Int, followsGold: Bool = false) -> [BeamItem] {
        [BeamItem(state: ParseState(count: count), score: 0, followsGold: followsGold)]
    }

    /// The best `width` successors of the items of `beam`. `gold`, in training, is the oracle's
    /// move and label at this step: a successor follows the gold sequence when its item did and
    /// its move is the oracle's, and then it takes the oracle's label.
    mutating func step<S: BeamScorer>(_ beam: [BeamItem], scorer: S, gold: (move: Move, label: Int)? = nil) -> [BeamItem] {
        candidates.removeAll(keepingCapacity: true)
        for (i, item) in beam.enumerated() {
            scorer.scoreMoves(item.state, buffer: &buffer, into: &moveScores)
            for move in Move.allCases where item.state.isValid(move) {
                candidates.append((i, move, item.score + moveScores[move.rawValue]))
            }
        }
        // Highest score first; ties go to the earlier item and the lower move, so a parse never
        // depends on the sort's stability.
        candidates.sort {
            $0.score != $1.score ? $0.score > $1.score
                : $0.item != $1.item ? $0.item < $1.item : $0.move.rawValue < $1.move.rawValue
        }
        var next = [BeamItem]()
        next.reserveCapacity(width)
        let floor = (candidates.first?.score ?? 0) - margin
        for candidate in candidates.prefix(width) where candidate.score >= floor {
            var item = beam[candidate.item]
            let move = candidate.move
            let followsGold = item.followsGold && gold?.move == move
            var label = -1
            if move == .left || move == .right {
                let (head, dependent) = move == .left ? (item.state.front, item.state.top) : (item.state.top, item.state.front)
                label = followsGold ? gold!.label
                    : scorer.label(item.state, head: head, dependent: dependent, buffer: &buffer, scores: &labelScores)
            }
            item.state.apply(move, label: label)
            item.score = candidate.score
            item.followsGold = followsGold
            if recordsMoves {
                item.moves.append(move)
                item.labels.append(label)
            }
            next.append(item)
        }
        return next
    }
}

/// A frozen parser's tables as a beam scorer, for one sentence. The scores of the features of a
/// buffer front or a stack top alone are the same in every state that has it, so they are
/// computed once per word; and the items of a beam often make the same arc in the same
/// surroundings, so labels are remembered by the arc's features.
struct FrozenScorer: BeamScorer {
    let parser: Parser
    let features: ParserFeatures
    private let memo: ScoreMemo

    init(parser: Parser, features: ParserFeatures) {
        self.parser = parser
        self.features = features
        memo = ScoreMemo(count: features.words.count)
    }

    func scoreMoves(_ state: ParseState, buffer: inout [UInt64], into scores: inout [Float]) {
        buffer.removeAll(keepingCapacity: true)
        features.structure(state, into: &buffer)
        score(buffer, into: &scores)
        var sum = SIMD4(scores[0], scores[1], scores[2], scores[3])
        sum += memo.front[state.front] ?? {
            buffer.removeAll(keepingCapacity: true)
            features.front(state.front, into: &buffer)
            score(buffer, into: &scores)
            let part = SIMD4(scores[0], scores[1], scores[2], scores[3])
            memo.front[state.front] = part
            return part
        }()
        sum += memo.top[state.top + 1] ?? {
            buffer.removeAll(keepingCapacity: true)
            features.top(state.top, into: &buffer)
            score(buffer, into: &scores)
            let part = SIMD4(scores[0], scores[1], scores[2], scores[3])
            memo.top[state.top + 1] = part
            return part
        }()
        for c in 0..<4 { scores[c] = sum[c] }
    }

    private func score(_ f: [UInt64], into scores: inout [Float]) {
        f.withUnsafeBufferPointer { f in
            scores.withUnsafeMutableBufferPointer { parser.moves.score(f, into: $0) }
        }
    }

    func label(_ state: ParseState, head: Int, dependent: Int, buffer: inout [UInt64], scores: inout [Float]) -> Int {
        if head == state.count { return parser.rootLabel }
        features.arc(state, head: head, dependent: dependent, into: &buffer)
        var key: UInt64 = 0x243F_6A88_85A3_08D3
        for f in buffer { key = FeatureHash.mix(key ^ f) }
        if let known = memo.labels[key] { return known }
        if scores.count != parser.labeller.classes { scores = [Float](repeating: 0, count: parser.labeller.classes) }
        let label = parser.label(of: buffer, scores: &scores)
        memo.labels[key] = label
        return label
    }
}

/// What a frozen scorer has worked out in one sentence: move scores of each buffer front and
/// stack top (index `top + 1`, so an empty stack has one too), and labels by the hash of their
/// arc's features.
private final class ScoreMemo {
    var front: [SIMD4<Float>?]
    var top: [SIMD4<Float>?]
    var labels: [UInt64: Int] = [:]

    init(count: Int) {
        front = Array(repeating: nil, count: count + 1)
        top = Array(repeating: nil, count: count + 1)
    }
}
