/// Several greedy parsers, some reading the sentence backwards, whose arcs vote; the best
/// projective tree under the votes is found with Eisner's algorithm (reparsing, after Sagae and
/// Lavie). Parsers that read in opposite directions make different mistakes, so the votes
/// undo many of each one's errors.
struct ParserEnsemble: Sendable {
    let members: [Parser]
    /// Whether each member reads the sentence from its last word to its first.
    let reversed: [Bool]

    var relations: [String] { members[0].relations }
    var rootLabel: Int { members[0].rootLabel }

    func parse(_ words: [WordForm], tags: [UPOS]) -> (heads: [Int], labels: [Int]) {
        guard members.count > 1, words.count > 1 else { return member(0, words, tags) }
        let n = words.count
        let parses = members.indices.map { member($0, words, tags) }
        // Votes: node 0 is the root, word i is node i + 1. The first member breaks ties.
        var votes = [Float](repeating: 0, count: (n + 1) * (n + 1))
        for (m, parse) in parses.enumerated() {
            let weight: Float = m == 0 ? 1.1 : 1
            for d in 0..<n { votes[(parse.heads[d] + 1) * (n + 1) + d + 1] += weight }
        }
        var heads = Eisner.decode(count: n + 1, score: { votes[$0 * (n + 1) + $1] })
        // One root: the root child with most support keeps it; the others hang from it.
        let rootChildren = (1...n).filter { heads[$0] == 0 }
        if rootChildren.count > 1,
           let keep = rootChildren.max(by: { votes[$0] < votes[$1] || (votes[$0] == votes[$1] && $0 > $1) }) {
            for c in rootChildren where c != keep { heads[c] = keep }
        }
        var outHeads = [Int](repeating: -1, count: n)
        var outLabels = [Int](repeating: rootLabel, count: n)
        for d in 0..<n {
            let h = heads[d + 1] - 1
            outHeads[d] = h
            if h < 0 { outLabels[d] = rootLabel; continue }
            let proposer = parses.firstIndex { $0.heads[d] == h } ?? 0
            var label = parses[proposer].labels[d]
            if label == rootLabel { label = relations.firstIndex(of: "parataxis") ?? label }
            outLabels[d] = label
        }
        return (outHeads, outLabels)
    }

    /// Member `m`'s parse, in the sentence's own order.
    func member(_ m: Int, _ words: [WordForm], _ tags: [UPOS]) -> (heads: [Int], labels: [Int]) {
        guard reversed[m] else { return members[m].parse(words, tags: tags) }
        let n = words.count
        let (heads, labels) = members[m].parse(words.reversed(), tags: tags.reversed())
        var outHeads = [Int](repeating: -1, count: n)
        var outLabels = [Int](repeating: rootLabel, count: n)
        for i in 0..<n {
            let original = n - 1 - i
            outHeads[original] = heads[i] < 0 ? -1 : n - 1 - heads[i]
            outLabels[original] = labels[i]
        }
        return (outHeads, outLabels)
    }
}

/// Eisner's algorithm: the highest-scoring projective tree over nodes 0..<count, node 0 the root.
enum Eisner {
    static func decode(count: Int, score: (_ head: Int, _ dependent: Int) -> Float) -> [Int] {
        let n = count
        // Tables indexed [s * n + t]; direction 0: head at t (left arc), 1: head at s (right arc).
        var complete = [[Float]](repeating: [Float](repeating: 0, count: n * n), count: 2)
        var incomplete = [[Float]](repeating: [Float](repeating: -.infinity, count: n * n), count: 2)
        var completeSplit = [[Int]](repeating: [Int](repeating: -1, count: n * n), count: 2)
        var incompleteSplit = [[Int]](repeating: [Int](repeating: -1, count: n * n), count: 2)
        for k in 1..<n {
            for s in 0..<(n - k) {
                let t = s + k
                var best: Float = -.infinity, split = s
                for r in s..<t {
                    let v = complete[1][s * n + r] + complete[0][(r + 1) * n + t]
                    if v > best { best = v; split = r }
                }
                // The root (node 0) takes no head.
                incomplete[0][s * n + t] = s == 0 ? -.infinity : best + score(t, s)
                incomplete[1][s * n + t] = best + score(s, t)
                incompleteSplit[0][s * n + t] = split
                incompleteSplit[1][s * n + t] = split
                best = -.infinity
                split = s
                for r in s..<t {
                    let v = complete[0][s * n + r] + incomplete[0][r * n + t]
                    if v > best { best = v; split = r }
                }
                complete[0][s * n + t] = best
                completeSplit[0][s * n + t] = split
                best = -.infinity
                split = t
                for r in (s + 1)...t {
                    let v = incomplete[1][s * n + r] + complete[1][r * n + t]
                    if v > best { best = v; split = r }
                }
                complete[1][s * n + t] = best
                completeSplit[1][s * n + t] = split
            }
        }
        var heads = [Int](repeating: -1, count: n)
        // Unwind iteratively: (s, t, direction, complete?).
        var stack = [(0, n - 1, 1, true)]
        while let (s, t, dir, isComplete) = stack.popLast() {
            guard s < t else { continue }
            if isComplete {
                let r = completeSplit[dir][s * n + t]
                if dir == 0 {
                    stack.append((s, r, 0, true))
                    stack.append((r, t, 0, false))
                } else {
                    stack.append((s, r, 1, false))
                    stack.append((r, t, 1, true))
                }
            } else {
                if dir == 0 { heads[s] = t } else { heads[t] = s }
                let r = incompleteSplit[dir][s * n + t]
                stack.append((s, r, 1, true))
                stack.append((r + 1, t, 0, true))
            }
        }
        return heads
    }
}
