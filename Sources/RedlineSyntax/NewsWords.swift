import RedlineCore
import RedlineText

/// A sentence of our tokens turned into the words the treebank (and so the parser) expects, with
/// the way back from each word to its token.
///
/// Our tokenizer keeps "pro-Russian" and "don't" whole and marks quotation marks by kind; the
/// treebank splits hyphenated words and contractions ("do" "n't") and writes quotes straight.
/// Headlines in capitals are lower-cased so that the tagger reads words, not acronyms.
public struct NewsWords: Sendable, Equatable {
    public var forms: [String]
    /// The token (index into the document's tokens) each word comes from.
    public var tokenOfWord: [Int]

    public init(forms: [String], tokenOfWord: [Int]) {
        self.forms = forms
        self.tokenOfWord = tokenOfWord
    }

    /// The words of `tokens` (a range of the document's tokens) over `bytes`.
    public init(bytes: [UInt8], tokens: ArraySlice<Token>) {
        var forms = [String]()
        var owners = [Int]()
        forms.reserveCapacity(tokens.count + 4)
        owners.reserveCapacity(tokens.count + 4)
        var letterWords = 0, capitalWords = 0
        for token in tokens where token.kind == .word && token.end - token.start > 1 {
            letterWords += 1
            if bytes[token.start..<token.end].allSatisfy({ !($0 >= 0x61 && $0 <= 0x7A) }) { capitalWords += 1 }
        }
        let shouting = letterWords >= 3 && capitalWords * 10 >= letterWords * 8
        for (index, token) in zip(tokens.indices, tokens) {
            let raw = bytes[token.start..<token.end]
            switch token.kind {
            case .openQuote, .closeQuote:
                forms.append(raw.first == 0x27 || raw.starts(with: [0xE2, 0x80, 0x98]) || raw.starts(with: [0xE2, 0x80, 0x99]) ? "'" : "\"")
                owners.append(index)
            case .dash:
                forms.append("--")
                owners.append(index)
            case .possessive:
                forms.append(raw.count > 1 ? "'s" : "'")
                owners.append(index)
            case .word:
                for part in Self.split(Self.straightened(raw), lowercase: shouting) {
                    forms.append(part)
                    owners.append(index)
                }
            case .number, .punctuation:
                forms.append(String(decoding: Self.straightened(raw), as: UTF8.self))
                owners.append(index)
            }
        }
        self.forms = forms
        self.tokenOfWord = owners
    }

    /// Curly apostrophes become straight ones.
    static func straightened(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        while i < raw.endIndex {
            if raw[i] == 0xE2, i + 2 < raw.endIndex, raw[i + 1] == 0x80, raw[i + 2] == 0x99 || raw[i + 2] == 0x98 {
                out.append(0x27)
                i += 3
            } else {
                out.append(raw[i])
                i += 1
            }
        }
        return out
    }

    private static let contractionTails: [[UInt8]] = ["n't", "'ll", "'re", "'ve", "'m", "'d", "'s"].map { Array($0.utf8) }

    /// A word as treebank words: hyphenated parts with their hyphens, contractions apart.
    static func split(_ bytes: [UInt8], lowercase: Bool) -> [String] {
        var word = bytes
        if lowercase { word = word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }
        var tail: [UInt8]?
        let lower = word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for candidate in contractionTails where lower.count > candidate.count && lower.suffix(candidate.count).elementsEqual(candidate) {
            tail = Array(word.suffix(candidate.count))
            word.removeLast(candidate.count)
            break
        }
        var parts = [String]()
        // Hyphens between letters or digits split; a leading or trailing one stays ("-based").
        var start = 0
        for k in word.indices where word[k] == 0x2D && k > start && k + 1 < word.count && word[k + 1] != 0x2D {
            parts.append(String(decoding: word[start..<k], as: UTF8.self))
            parts.append("-")
            start = k + 1
        }
        parts.append(String(decoding: word[start...], as: UTF8.self))
        if let tail { parts.append(String(decoding: tail, as: UTF8.self)) }
        return parts
    }
}

/// The parse of one sentence of a document, read in tokens.
public struct SentenceSyntax: Sendable {
    public let tree: SyntaxTree
    public let words: NewsWords
    /// For each token of the sentence (offset from `firstToken`), the word that stands for it:
    /// the one whose head lies outside the token ("backed" in "Iran-backed").
    private let wordOfToken: [Int]
    public let firstToken: Int

    public init(tree: SyntaxTree, words: NewsWords, tokens: Range<Int>) {
        self.tree = tree
        self.words = words
        firstToken = tokens.lowerBound
        var map = [Int](repeating: -1, count: tokens.count)
        for (w, t) in words.tokenOfWord.enumerated() {
            let slot = t - tokens.lowerBound
            let head = tree.heads[w]
            if map[slot] < 0 || head < 0 || words.tokenOfWord[head] != t { map[slot] = w }
        }
        wordOfToken = map
    }

    public func word(ofToken token: Int) -> Int? {
        let slot = token - firstToken
        guard slot >= 0, slot < wordOfToken.count, wordOfToken[slot] >= 0 else { return nil }
        return wordOfToken[slot]
    }

    public func token(ofWord word: Int) -> Int { words.tokenOfWord[word] }

    /// The token heading `token`'s word, or nil at the root.
    public func headToken(of token: Int) -> Int? {
        guard let w = word(ofToken: token), tree.heads[w] >= 0 else { return nil }
        return words.tokenOfWord[tree.heads[w]]
    }

    public func relation(ofToken token: Int) -> String? { word(ofToken: token).map { tree.relations[$0] } }
    public func tag(ofToken token: Int) -> UPOS? { word(ofToken: token).map { tree.tags[$0] } }
    public func lemma(ofToken token: Int) -> String? { word(ofToken: token).map { tree.lemmas[$0] } }

    /// Tokens of the words that depend on `token`'s word with `relation` (subtypes included).
    public func dependents(ofToken token: Int, _ relation: String) -> [Int] {
        guard let w = word(ofToken: token) else { return [] }
        return tree.heads.indices.filter { tree.heads[$0] == w && SyntaxTree.matches(tree.relations[$0], relation) }
            .map { words.tokenOfWord[$0] }
    }

    /// The sentence as an indented tree for `--explain`: one word a line under its head.
    public func explained() -> String {
        var lines = [String]()
        func walk(_ w: Int, depth: Int) {
            lines.append(String(repeating: "  ", count: depth)
                + "\(tree.relations[w]) \(tree.words[w]) [\(tree.tags[w]) \(tree.lemmas[w])]")
            for d in tree.dependents(of: w) { walk(d, depth: depth + 1) }
        }
        for w in tree.heads.indices where tree.heads[w] < 0 { walk(w, depth: 0) }
        return lines.joined(separator: "\n")
    }
}

extension NewsWords {
    /// Every sentence of a document as treebank words: unlabelled text for the word classes.
    public static func sentences(of document: Document) -> [[String]] {
        let text = SegmentedText(document)
        return text.sentences.map { NewsWords(bytes: text.buffer.bytes, tokens: text.tokens[$0.tokens]).forms }
    }
}
