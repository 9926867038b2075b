/// The content words of a text, as sorted unique hashes of their stems: stop words dropped,
/// words shorter than three letters dropped unless written as an acronym ("EU", "US"), and words
/// of one concept folded to it (`Concepts`: "membership", "accession" and "joins" are one word).
///
/// ```swift
/// let a = WordSet("vehicles transporting weapons on Ukrainian territory")
/// let b = WordSet("Western weapons deliveries to Ukraine")
/// a.sharedCount(with: b)   // 2: "weapon", "ukrain"
/// ```
struct WordSet: Sendable, Hashable {
    private(set) var hashes: [UInt64]

    init() { hashes = [] }

    init(_ text: String) {
        var builder = Builder()
        builder.add(text)
        self = builder.build()
    }

    /// Gathers the words of several texts without joining them. Reusable: `build` leaves it empty
    /// with its capacity, so one builder serves many events.
    struct Builder {
        private var hashes: [UInt64] = []
        /// Words to leave out (an event's own actors' names), few enough to scan.
        private var excluded: [UInt64] = []

        /// The hashes of every token added with `keepingTokens`, in order, for cue phrases.
        private(set) var tokens: [UInt64] = []

        mutating func add(_ text: String, keepingTokens: Bool = false) {
            // Where the word just before put its "strike": "strike systems", "strike missiles" name
            // weapons, not a strike, so a weapon word right after takes the strike back.
            var previousStrike: Int?
            Tokenizer.forEachToken(in: text) { token, acronym, hash in
                if keepingTokens { tokens.append(hash) }
                let before = hashes.count
                defer {
                    let added = hashes[before...]
                    if let strike = previousStrike, added.contains(where: Concepts.weaponHashes.contains) {
                        hashes.remove(at: strike)
                        previousStrike = nil
                    } else {
                        previousStrike = added.firstIndex(of: Concepts.strikeHash)
                    }
                }
                if acronym {
                    // "ATACMS" is a missile whether written in capitals or not; "US" is itself.
                    if token.count >= 3, let concepts = Concepts.concepts(ofStem: Stemmer.stemHash(token)) {
                        hashes.append(contentsOf: concepts)
                    } else {
                        hashes.append(hash)
                    }
                } else if token.count >= 3, !StopWords.contains(hash: hash) {
                    let stem = Stemmer.stemHash(token)
                    if let concepts = Concepts.concepts(ofStem: stem) {
                        hashes.append(contentsOf: concepts)
                    } else {
                        hashes.append(stem)
                    }
                }
            }
        }

        /// Leaves the words of `text` out of what `build` returns.
        mutating func exclude(_ text: String) {
            let start = hashes.count
            add(text)
            excluded.append(contentsOf: hashes[start...])
            hashes.removeSubrange(start...)
        }

        mutating func build() -> WordSet {
            hashes.sort()
            var set = WordSet()
            set.hashes.reserveCapacity(hashes.count)
            for h in hashes where set.hashes.last != h && !excluded.contains(h) { set.hashes.append(h) }
            hashes.removeAll(keepingCapacity: true)
            excluded.removeAll(keepingCapacity: true)
            tokens.removeAll(keepingCapacity: true)
            return set
        }
    }

    init<S: Sequence>(merging sets: S) where S.Element == WordSet {
        var all: [UInt64] = []
        for set in sets { all.append(contentsOf: set.hashes) }
        all.sort()
        hashes = WordSet.unique(all)
    }

    /// A set of word hashes as `WordSet` makes them (stems, concepts).
    init(hashes: [UInt64]) {
        self.hashes = WordSet.unique(hashes.sorted())
    }

    /// The words of `self` that are not in `other`.
    func subtracting(_ other: WordSet) -> WordSet {
        guard !other.isEmpty else { return self }
        var result = WordSet()
        var j = 0
        for h in hashes {
            while j < other.hashes.count, other.hashes[j] < h { j += 1 }
            if j < other.hashes.count, other.hashes[j] == h { continue }
            result.hashes.append(h)
        }
        return result
    }

    /// The words that name acts (`Concepts.acts`): "strike", "supply", "join".
    var acts: WordSet {
        var result = WordSet()
        result.hashes = hashes.filter(Concepts.acts.contains)
        return result
    }

    var count: Int { hashes.count }
    var isEmpty: Bool { hashes.isEmpty }

    func sharedCount(with other: WordSet) -> Int {
        var i = 0, j = 0, shared = 0
        let a = hashes, b = other.hashes
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    /// 2|A∩B| / (|A|+|B|); 0 when both are empty.
    func dice(_ other: WordSet) -> Double {
        let total = count + other.count
        return total == 0 ? 0 : 2 * Double(sharedCount(with: other)) / Double(total)
    }

    /// |A∩B| / min(|A|,|B|): how much of the shorter text the longer one covers.
    func overlap(_ other: WordSet) -> Double {
        let smaller = min(count, other.count)
        return smaller == 0 ? 0 : Double(sharedCount(with: other)) / Double(smaller)
    }

    private static func unique(_ sorted: [UInt64]) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(sorted.count)
        for h in sorted where result.last != h { result.append(h) }
        return result
    }
}
