/// A set of word hashes as a sorted array: `contains` is a binary search, cheaper than a `Set`'s
/// SipHash for the few hundred words the tracker's vocabularies hold.
struct SortedHashes: Sendable, Hashable {
    private let values: [UInt64]

    init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        values = Array(Set(hashes)).sorted()
    }

    /// The hashes of space-separated words.
    init(words: String) {
        self.init(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Tokenizer.hash(String($0)) })
    }

    func contains(_ h: UInt64) -> Bool {
        var lo = 0, hi = values.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if values[mid] < h { lo = mid + 1 } else { hi = mid }
        }
        return lo < values.count && values[lo] == h
    }
}
