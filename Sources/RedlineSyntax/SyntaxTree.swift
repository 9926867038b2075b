/// One analysed sentence: each word's tag, lemma, head and relation to it.
public struct SyntaxTree: Sendable, Equatable {
    public var words: [String]
    public var tags: [UPOS]
    public var lemmas: [String]
    /// 0-based head of each word; -1 for the sentence's root.
    public var heads: [Int]
    public var relations: [String]

    public init(words: [String], tags: [UPOS], lemmas: [String], heads: [Int], relations: [String]) {
        self.words = words
        self.tags = tags
        self.lemmas = lemmas
        self.heads = heads
        self.relations = relations
    }

    public var count: Int { words.count }
    public var root: Int? { heads.firstIndex(of: -1) }

    /// The dependents of `head`, left to right.
    public func dependents(of head: Int) -> [Int] {
        heads.indices.filter { heads[$0] == head }
    }

    /// The first dependent of `head` whose relation is `relation` or one of its subtypes
    /// ("nsubj" finds "nsubj:pass" too).
    public func dependent(of head: Int, _ relation: String) -> Int? {
        heads.indices.first { heads[$0] == head && Self.matches(relations[$0], relation) }
    }

    /// Whether `word` lies in the subtree of `ancestor` (a word is in its own subtree).
    public func isWithin(_ word: Int, subtreeOf ancestor: Int) -> Bool {
        var at = word
        var steps = 0
        while at >= 0, steps <= count {
            if at == ancestor { return true }
            at = heads[at]
            steps += 1
        }
        return false
    }

    /// The words of `head`'s subtree, as a contiguous range where the tree is projective.
    public func span(of head: Int) -> ClosedRange<Int> {
        var low = head, high = head
        for i in heads.indices where isWithin(i, subtreeOf: head) {
            low = min(low, i)
            high = max(high, i)
        }
        return low...high
    }

    /// Whether `relation` is `wanted` or one of its subtypes ("nsubj:pass" for "nsubj").
    public static func matches(_ relation: String, _ wanted: String) -> Bool {
        relation == wanted || (relation.hasPrefix(wanted) && relation.utf8.dropFirst(wanted.utf8.count).first == UInt8(ascii: ":"))
    }

    /// The tree as CoNLL-U-like lines: index, word, lemma, tag, head, relation.
    public func conllu() -> String {
        var lines = [String]()
        for i in words.indices {
            lines.append("\(i + 1)\t\(words[i])\t\(lemmas[i])\t\(tags[i])\t\(heads[i] + 1)\t\(relations[i])")
        }
        return lines.joined(separator: "\n")
    }
}
