import Foundation

/// Word classes by the predictive exchange algorithm (after Uszkoreit and Brants): each word
/// moves, one at a time, to the class under which the words before it best predict it, until
/// few words move. The model is P(class of a word | word before it); its log-likelihood is
/// Σ N(v, c) log N(v, c) − Σ N(c) log N(c) over words `v` and classes `c`, so a move changes only
/// the terms of the moved word's predecessors and of its two classes.
///
/// Unlike k-means over neighbour counts, this optimises how well a class is predicted by its
/// context rather than how alike two words' neighbours look.
enum ExchangeClustering {
    /// Classes (0..<k) of the words `0..<vocabulary` met in `sentences`, which hold each word's
    /// index in the vocabulary or -1 for any other word. Words are visited in index order, so give
    /// the commonest first.
    static func classes(_ sentences: [[Int32]], vocabulary v: Int, k: Int, iterations: Int) -> [Int] {
        guard v > 0, k > 1 else { return [Int](repeating: 0, count: max(v, 0)) }
        // Contexts: each vocabulary word, then "another word", then "the sentence's start".
        let other = v, start = v + 1, contexts = v + 2
        var wordCount = [Int](repeating: 0, count: v)
        var pairs = [Int: Int]()  // context * v + word → count
        for s in sentences {
            var previous = start
            for w in s {
                if w >= 0 {
                    wordCount[Int(w)] += 1
                    pairs[previous * v + Int(w), default: 0] += 1
                    previous = Int(w)
                } else {
                    previous = other
                }
            }
        }
        // Each word's predecessors with their counts, as flat runs.
        var runs = [Int](repeating: 0, count: v + 1)
        for key in pairs.keys { runs[key % v + 1] += 1 }
        for w in 0..<v { runs[w + 1] += runs[w] }
        var fill = runs
        var predecessor = [Int32](repeating: 0, count: pairs.count)
        var pairCount = [Int32](repeating: 0, count: pairs.count)
        for (key, n) in pairs {
            let w = key % v
            predecessor[fill[w]] = Int32(key / v)
            pairCount[fill[w]] = Int32(n)
            fill[w] += 1
        }
        pairs = [:]

        var assignment = (0..<v).map { $0 % k }
        var classCount = [Int](repeating: 0, count: k)
        var joint = [Int32](repeating: 0, count: contexts * k)  // N(context, class)
        for w in 0..<v {
            classCount[assignment[w]] += wordCount[w]
            for j in runs[w]..<runs[w + 1] { joint[Int(predecessor[j]) * k + assignment[w]] += pairCount[j] }
        }
        let total = wordCount.reduce(0, +)
        // x log x for every count up to the corpus size, so the inner loop reads instead of computing.
        let xlogx = (0...max(total, 1)).map { $0 == 0 ? 0 : Double($0) * log(Double($0)) }
        var gain = [Double](repeating: 0, count: k)
        for _ in 0..<iterations {
            var moved = 0
            for w in 0..<v where wordCount[w] > 0 {
                let from = assignment[w]
                // Take the word out of its class.
                classCount[from] -= wordCount[w]
                for j in runs[w]..<runs[w + 1] { joint[Int(predecessor[j]) * k + from] -= pairCount[j] }
                xlogx.withUnsafeBufferPointer { f in
                    joint.withUnsafeBufferPointer { joint in
                        for c in 0..<k {
                            gain[c] = f[classCount[c]] - f[classCount[c] + wordCount[w]]
                        }
                        for j in runs[w]..<runs[w + 1] {
                            let n = Int(pairCount[j])
                            let row = Int(predecessor[j]) * k
                            for c in 0..<k {
                                let m = Int(joint[row + c])
                                gain[c] += f[m + n] - f[m]
                            }
                        }
                    }
                }
                var best = from
                for c in 0..<k where gain[c] > gain[best] { best = c }
                if best != from { moved += 1 }
                assignment[w] = best
                classCount[best] += wordCount[w]
                for j in runs[w]..<runs[w + 1] { joint[Int(predecessor[j]) * k + best] += pairCount[j] }
            }
            if moved * 1000 < v { break }
        }
        return assignment
    }
}
