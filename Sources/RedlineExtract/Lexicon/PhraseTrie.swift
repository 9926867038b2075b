import RedlineText

/// How a lexicon word must be written in the text to match.
public enum CaseRule: UInt8, Sendable {
    /// Any case ("the", "forces").
    case any
    /// Starts with a capital ("Turkey", not "turkey"; "Chad", not "chad").
    case capitalized
    /// All capitals: short acronyms that are also English words ("US", not "us").
    case upper
}

/// A trie over token comparison forms, for multi-word names, titles and phrases.
///
/// Entries are tokenised with the same `Tokenizer` as documents, so "U.S.", "Côte d'Ivoire" and
/// "Kyiv's" meet their text forms. Words are vocabulary ids (``SegmentedText/words``): the root
/// is a table indexed by id, other nodes a list of (word, child) sorted by word. Matching walks the tokens
/// of a text once per start position and returns the longest match whose case rules the text
/// satisfies.
public struct PhraseTrie<Payload: Sendable>: Sendable {
    /// The root's child for each vocabulary id (0: none).
    private var root: [Int32] = []
    /// The children of each node but the root (node 0), as (word, node).
    private var children: [[(word: Int32, node: Int32)]] = [[]]
    private var payloads: [[(Payload, [CaseRule])]] = [[]]
    /// The payloads of each node without their case rules, returned as they are when all fit.
    private var plain: [[Payload]] = [[]]

    public init() {}

    public var isEmpty: Bool { children.count == 1 }

    /// Adds `phrase`, tokenised, interning its words; returns false for a phrase with no tokens.
    @discardableResult
    public mutating func insert(_ phrase: String, _ payload: Payload, caseSensitive: Bool = true,
                                vocabulary: inout Vocabulary) -> Bool {
        let bytes = Array(phrase.utf8)
        let tokens = Tokenizer().tokenize(bytes)
        guard !tokens.isEmpty else { return false }
        var node = 0
        var rules = [CaseRule]()
        for t in tokens {
            let slice = bytes[t.start..<t.end]
            let norm = Normalizer.fold(slice)
            rules.append(caseSensitive ? Self.rule(for: slice, norm: norm, kind: t.kind) : .any)
            let word = vocabulary.intern(norm)
            if let next = child(of: node, word) {
                node = Int(next)
            } else {
                children.append([])
                payloads.append([])
                plain.append([])
                let next = Int32(children.count - 1)
                if node == 0 {
                    if Int(word) >= root.count { root += repeatElement(0, count: Int(word) + 1 - root.count) }
                    root[Int(word)] = next
                } else {
                    // Kept sorted by word, for the binary search of nodes with many children ("the").
                    let at = children[node].firstIndex { $0.word > word } ?? children[node].count
                    children[node].insert((word, next), at: at)
                }
                node = Int(next)
            }
        }
        payloads[node].append((payload, rules))
        plain[node].append(payload)
        return true
    }

    private static func rule(for slice: ArraySlice<UInt8>, norm: String, kind: Token.Kind) -> CaseRule {
        guard kind == .word, let first = slice.first, first >= 0x41, first <= 0x5A else { return .any }
        let allUpper = slice.allSatisfy { !($0 >= 0x61 && $0 <= 0x7A) }
        if allUpper, slice.count <= 4, commonWords.contains(norm) { return .upper }
        return .capitalized
    }

    /// Short English words that some acronyms spell: in the text they must be written in capitals.
    static var commonWords: Set<String> {
        ["us", "is", "it", "am", "an", "as", "at", "be", "do", "go", "he", "in", "me", "my", "no", "of",
         "on", "or", "so", "to", "up", "we", "un", "who", "sun", "aid", "ice", "pa", "dr", "man", "can",
         "oas", "nam", "arab", "eu"]
    }

    /// The longest match starting at token `start` (not crossing `limit`), as its end token index
    /// and the payloads stored there.
    public func longestMatch(_ text: SegmentedText, from start: Int, limit: Int) -> (end: Int, payloads: [Payload])? {
        var node = 0
        var best = 0
        var bestEnd = start
        var i = start
        while i < limit, let next = child(of: node, text.words[i]) {
            node = Int(next)
            i += 1
            for entry in payloads[node] where Self.satisfies(entry.1, text, from: start) {
                best = node
                bestEnd = i
                break
            }
        }
        guard best != 0 else { return nil }
        // Every payload fits (the usual case): the stored list, without building a new one.
        let here = payloads[best]
        if here.allSatisfy({ Self.satisfies($0.1, text, from: start) }) { return (bestEnd, plain[best]) }
        return (bestEnd, here.filter { Self.satisfies($0.1, text, from: start) }.map(\.0))
    }

    /// Whether a token with this vocabulary id could begin a match at all (cheap pre-check).
    @inline(__always)
    public func canStart(_ word: Int32) -> Bool { child(of: 0, word) != nil }

    @inline(__always)
    private func child(of node: Int, _ word: Int32) -> Int32? {
        if node == 0 {
            let next = Int(word) < root.count ? root[Int(word)] : 0
            return next == 0 ? nil : next
        }
        return children[node].withUnsafeBufferPointer { list -> Int32? in
            if list.count <= 8 {
                for c in list where c.word == word { return c.node }
                return nil
            }
            var low = 0
            var high = list.count
            while low < high {
                let mid = (low + high) >> 1
                if list[mid].word < word { low = mid + 1 } else { high = mid }
            }
            return low < list.count && list[low].word == word ? list[low].node : nil
        }
    }

    private static func satisfies(_ rules: [CaseRule], _ text: SegmentedText, from start: Int) -> Bool {
        for (k, rule) in rules.enumerated() where rule != .any {
            let t = text.tokens[start + k]
            switch rule {
            case .any: continue
            case .capitalized:
                if !t.isCapitalized { return false }
            case .upper:
                let bytes = text.bytes
                for b in t.start..<t.end where bytes[b] >= 0x61 && bytes[b] <= 0x7A { return false }
            }
        }
        return true
    }
}
