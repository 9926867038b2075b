/// Word classes learned from unlabelled text: words that appear between the same neighbours
/// share a class ("Kyiv", "Tehran", "Pyongyang"; "warned", "threatened", "vowed").
///
/// Each frequent word gets a vector of its left and right neighbours among the commonest words;
/// spherical k-means groups the vectors twice, coarsely and finely. The tagger and parser read a
/// word's classes beside its form, so a word rare in the treebank but common in news is still
/// understood.
struct WordClusters: Sendable {
    /// Lower-case word hash → capitalisation bucket << 24 | (fine class + 1) << 8 | (coarse class + 1).
    /// The bucket (1–11) tells how often the word is capitalised inside a sentence: names
    /// nearly always, common nouns rarely, whatever case the word has where it is read.
    let classes: [UInt64: UInt32]
    /// Lower-case word hash → the set of tags (bit per ``UPOS``) the treebank gives it, for words
    /// seen often enough that the set says something.
    var tagSets: [UInt64: UInt32] = [:]

    init(classes: [UInt64: UInt32], tagSets: [UInt64: UInt32] = [:]) {
        self.classes = classes
        self.tagSets = tagSets
    }

    static let empty = WordClusters(classes: [:])

    @inline(__always) func tagSet(_ word: UInt64) -> UInt64 { UInt64(tagSets[word] ?? 0) }

    /// Tag sets of words seen at least `minimum` times; tags under 5% of a word's uses are noise.
    static func tagSets(_ sentences: [TreebankSentence], minimum: Int = 4) -> [UInt64: UInt32] {
        var counts = [UInt64: [Int]]()
        for s in sentences {
            for (form, tag) in zip(s.forms, s.tags) {
                counts[FeatureHash.word(form), default: [Int](repeating: 0, count: UPOS.allCases.count)][Int(tag.rawValue)] += 1
            }
        }
        var sets = [UInt64: UInt32]()
        for (word, tally) in counts {
            let total = tally.reduce(0, +)
            guard total >= minimum else { continue }
            var bits: UInt32 = 0
            for (t, n) in tally.enumerated() where n * 20 >= total { bits |= 1 << UInt32(t) }
            sets[word] = bits
        }
        return sets
    }

    @inline(__always) func coarse(_ word: UInt64) -> UInt64 { UInt64((classes[word] ?? 0) & 0xFF) }
    @inline(__always) func fine(_ word: UInt64) -> UInt64 { UInt64(((classes[word] ?? 0) >> 8) & 0xFFFF) }
    @inline(__always) func capitalisation(_ word: UInt64) -> UInt64 { UInt64((classes[word] ?? 0) >> 24) }

    struct Options: Sendable {
        var method = WordClassMethod.kMeans
        var vocabulary = 40_000
        var minimumCount = 5
        var contexts = 800
        var coarse = 96
        var fine = 640
        var iterations = 12
    }

    /// Learns classes from sentences of words.
    static func learn(_ sentences: [[String]], options: Options = Options()) -> WordClusters {
        var counts = [UInt64: Int]()
        var inner = [UInt64: (all: Int, capital: Int)]()
        let hashed = sentences.map { $0.map { FeatureHash.word($0) } }
        for (s, words) in zip(sentences, hashed) {
            for (i, w) in words.enumerated() {
                counts[w, default: 0] += 1
                guard i > 0, let first = s[i].utf8.first, first >= 0x41 else { continue }
                let capital = first <= 0x5A
                // A word after an opening quote or a colon starts a sentence of its own.
                if let before = s[i - 1].utf8.first, before == 0x22 || before == 0x3A { continue }
                inner[w, default: (0, 0)].all += 1
                if capital { inner[w, default: (0, 0)].capital += 1 }
            }
        }
        let ranked = counts.filter { $0.value >= options.minimumCount }.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        let vocabulary = ranked.prefix(options.vocabulary).map(\.key)
        guard vocabulary.count > options.fine else { return .empty }
        let index = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        let contextIndex = Dictionary(uniqueKeysWithValues: vocabulary.prefix(options.contexts).enumerated().map { ($1, $0) })
        let edge = options.contexts  // sentence boundary and any other word
        let dims = 2 * (options.contexts + 1)
        var vectors = [[Int32: Float]](repeating: [:], count: vocabulary.count)
        for s in hashed {
            for (i, w) in s.enumerated() {
                guard let v = index[w] else { continue }
                let left = i > 0 ? contextIndex[s[i - 1]] ?? edge : edge
                let right = i + 1 < s.count ? contextIndex[s[i + 1]] ?? edge : edge
                vectors[v][Int32(left), default: 0] += 1
                vectors[v][Int32(options.contexts + 1 + right), default: 0] += 1
            }
        }
        // Damped counts, unit length, as sorted sparse rows.
        var rows = [[(Int32, Float)]]()
        rows.reserveCapacity(vectors.count)
        for v in vectors {
            var row = v.map { ($0.key, Float((1 + Double($0.value)).squareRoot() - 1)) }.sorted { $0.0 < $1.0 }
            let norm = row.reduce(Float(0)) { $0 + $1.1 * $1.1 }.squareRoot()
            if norm > 0 { row = row.map { ($0.0, $0.1 / norm) } }
            rows.append(row)
        }
        let coarse: [Int], fine: [Int]
        switch options.method {
        case .kMeans:
            coarse = kMeans(rows, dims: dims, k: options.coarse, iterations: options.iterations)
            fine = kMeans(rows, dims: dims, k: options.fine, iterations: options.iterations)
        case .exchange:
            let indexed = hashed.map { $0.map { Int32(index[$0] ?? -1) } }
            coarse = ExchangeClustering.classes(indexed, vocabulary: vocabulary.count, k: options.coarse, iterations: options.iterations)
            fine = ExchangeClustering.classes(indexed, vocabulary: vocabulary.count, k: options.fine, iterations: options.iterations)
        }
        var classes = [UInt64: UInt32](minimumCapacity: vocabulary.count)
        for (v, word) in vocabulary.enumerated() {
            var bucket: UInt32 = 0
            if let seen = inner[word], seen.all >= 3 { bucket = 1 + UInt32(min(10, seen.capital * 10 / seen.all)) }
            classes[word] = bucket << 24 | UInt32(fine[v] + 1) << 8 | UInt32(coarse[v] + 1)
        }
        return WordClusters(classes: classes)
    }

    /// Spherical k-means, started from words spread over the frequency ranking. Centres are kept
    /// dimension by dimension so that scoring a sparse row reads contiguous memory.
    static func kMeans(_ rows: [[(Int32, Float)]], dims: Int, k: Int, iterations: Int) -> [Int] {
        var centres = [Float](repeating: 0, count: dims * k)
        for c in 0..<k {
            for (d, x) in rows[c * rows.count / k] { centres[Int(d) * k + c] = x }
        }
        var assignment = [Int](repeating: 0, count: rows.count)
        var scores = [Float](repeating: 0, count: k)
        for _ in 0..<iterations {
            centres.withUnsafeBufferPointer { cen in
                scores.withUnsafeMutableBufferPointer { sc in
                    for (r, row) in rows.enumerated() {
                        for c in 0..<k { sc[c] = 0 }
                        for (d, x) in row {
                            let base = Int(d) * k
                            for c in 0..<k { sc[c] += cen[base + c] * x }
                        }
                        var best = 0
                        for c in 1..<k where sc[c] > sc[best] { best = c }
                        assignment[r] = best
                    }
                }
            }
            var sums = [Float](repeating: 0, count: dims * k)
            for (r, row) in rows.enumerated() {
                let c = assignment[r]
                for (d, x) in row { sums[Int(d) * k + c] += x }
            }
            var norms = [Float](repeating: 0, count: k)
            for d in 0..<dims { for c in 0..<k { norms[c] += sums[d * k + c] * sums[d * k + c] } }
            for c in 0..<k where norms[c] > 0 {
                // An empty class keeps its old centre.
                let n = norms[c].squareRoot()
                for d in 0..<dims { centres[d * k + c] = sums[d * k + c] / n }
            }
        }
        return assignment
    }
}

/// How ``WordClusters`` groups words.
public enum WordClassMethod: String, Sendable, CaseIterable {
    /// Spherical k-means over counts of left and right neighbours.
    case kMeans = "kmeans"
    /// The predictive exchange algorithm (``ExchangeClustering``).
    case exchange
}
