/// A greedy left-to-right part-of-speech tagger: an averaged perceptron over the word, its
/// affixes and shape, two words either side and the two tags before it.
///
/// Frequent words that the treebank always tags alike skip the classifier.
struct Tagger: Sendable {
    let weights: WeightTable
    /// Words tagged one way at least 97% of at least 20 times in training.
    let dictionary: [UInt64: UPOS]

    static let featureCount = 45

    /// The features of word `i`, given the tags chosen before it.
    static func features(_ words: [WordForm], _ i: Int, previous p1: UInt64, _ p2: UInt64, into f: inout [UInt64]) {
        f.removeAll(keepingCapacity: true)
        let w = words[i]
        let pad = WordForm.padding
        let wm1 = i > 0 ? words[i - 1] : pad
        let wm2 = i > 1 ? words[i - 2] : pad
        let wp1 = i + 1 < words.count ? words[i + 1] : pad
        let wp2 = i + 2 < words.count ? words[i + 2] : pad
        let first: UInt64 = i == 0 ? 1 : 0
        f.append(FeatureHash.feature(1, 0))
        f.append(FeatureHash.feature(2, w.word))
        f.append(FeatureHash.feature(3, w.suffix1))
        f.append(FeatureHash.feature(4, w.suffix2))
        f.append(FeatureHash.feature(5, w.suffix3))
        f.append(FeatureHash.feature(6, w.prefix1))
        f.append(FeatureHash.feature(7, w.shape))
        f.append(FeatureHash.feature(8, w.flags, first))
        f.append(FeatureHash.feature(9, p1))
        f.append(FeatureHash.feature(10, p1, p2))
        f.append(FeatureHash.feature(11, p1, w.word))
        f.append(FeatureHash.feature(12, wm1.word))
        f.append(FeatureHash.feature(13, wm1.suffix3))
        f.append(FeatureHash.feature(14, wm2.word))
        f.append(FeatureHash.feature(15, wp1.word))
        f.append(FeatureHash.feature(16, wp1.suffix3))
        f.append(FeatureHash.feature(17, wp2.word))
        f.append(FeatureHash.feature(18, wp1.shape))
        f.append(FeatureHash.feature(19, wm1.word, w.word))
        f.append(FeatureHash.feature(20, w.word, wp1.word))
        f.append(FeatureHash.feature(21, p1, w.suffix3))
        f.append(FeatureHash.feature(22, wm1.word, wp1.word))
        f.append(FeatureHash.feature(23, w.suffix3, wp1.word))
        f.append(FeatureHash.feature(24, w.shape, wp1.shape, wm1.shape))
        f.append(FeatureHash.feature(25, p1, wp1.word))
        f.append(FeatureHash.feature(26, wp1.suffix2, wp2.suffix2))
        f.append(FeatureHash.feature(27, w.flags, w.suffix3, first))
        f.append(FeatureHash.feature(28, w.prefix3))
        f.append(FeatureHash.feature(29, w.suffix4))
        f.append(FeatureHash.feature(30, p1, wm1.word))
        f.append(FeatureHash.feature(31, wp1.word, wp2.word))
        f.append(FeatureHash.feature(32, p1, p2, w.suffix2))
        f.append(FeatureHash.feature(33, w.coarse))
        f.append(FeatureHash.feature(34, w.fine))
        f.append(FeatureHash.feature(35, wm1.fine))
        f.append(FeatureHash.feature(36, wp1.fine))
        f.append(FeatureHash.feature(37, p1, w.fine))
        f.append(FeatureHash.feature(38, w.fine, wp1.coarse))
        // What the following words can be stands in for the tags not yet chosen.
        f.append(FeatureHash.feature(39, w.tagSet))
        f.append(FeatureHash.feature(40, wp1.tagSet))
        f.append(FeatureHash.feature(41, w.tagSet, wp1.tagSet))
        f.append(FeatureHash.feature(42, p1, w.tagSet, wp2.tagSet))
        // Names are capitalised wherever they stand; common nouns only at a sentence's start.
        f.append(FeatureHash.feature(43, w.capitalisation, w.flags & 3, first))
        f.append(FeatureHash.feature(44, w.capitalisation, p1))
        f.append(FeatureHash.feature(45, w.capitalisation, wp1.capitalisation, w.flags & 3))
    }

    static func atom(_ tag: UPOS?) -> UInt64 { tag.map { UInt64($0.rawValue) + 1 } ?? 0 }

    /// Tags left to right: dictionary words as the dictionary says, the others by `choose`,
    /// given their position and features (the one loop for tagging and for training).
    static func walk(_ words: [WordForm], dictionary: [UInt64: UPOS],
                     choose: (_ i: Int, _ features: [UInt64]) -> UPOS) -> [UPOS] {
        var tags = [UPOS]()
        tags.reserveCapacity(words.count)
        var buffer = [UInt64]()
        buffer.reserveCapacity(featureCount)
        for i in words.indices {
            if let known = dictionary[words[i].exact] {
                tags.append(known)
                continue
            }
            Self.features(words, i, previous: atom(i > 0 ? tags[i - 1] : nil), atom(i > 1 ? tags[i - 2] : nil), into: &buffer)
            tags.append(choose(i, buffer))
        }
        return tags
    }

    func tag(_ words: [WordForm]) -> [UPOS] {
        var scores = [Float](repeating: 0, count: weights.classes)
        return Tagger.walk(words, dictionary: dictionary) { _, features in
            features.withUnsafeBufferPointer { f in
                scores.withUnsafeMutableBufferPointer { weights.score(f, into: $0) }
            }
            return UPOS(rawValue: UInt8(argmax(scores))) ?? .X
        }
    }
}

/// The index of the largest score (the first of equals).
func argmax(_ scores: [Float]) -> Int {
    var best = 0
    for c in 1..<scores.count where scores[c] > scores[best] { best = c }
    return best
}
