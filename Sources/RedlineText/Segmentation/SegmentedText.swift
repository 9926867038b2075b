import RedlineCore

/// A document cut into sentences and tokens, with each token's comparison form.
///
/// ```swift
/// let text = SegmentedText(Document(source: "x", text: "Mr. Putin spoke. NATO replied."))
/// text.sentences.count          // 2
/// text.norms[text.sentences[0].tokens.lowerBound]  // "mr"
/// ```
public final class SegmentedText: Sendable {
    public let document: Document
    public let buffer: TextBuffer
    public let tokens: [Token]
    /// `Normalizer.fold` of each token, in step with `tokens`.
    public let norms: [String]
    /// The vocabulary id of each norm, in step with `tokens` (`Vocabulary.unknown` for words the
    /// vocabulary given at segmentation does not know).
    public let words: [Int32]
    /// The word-class bits of each token (``WordClass``), in step with `tokens`.
    public let classes: [UInt64]
    /// Whether segmentation had a vocabulary: without one every word is unknown and no class is set.
    public let isTagged: Bool
    public let sentences: [Sentence]
    /// The sentence index of each token.
    public let sentenceOfToken: [Int32]

    public init(_ document: Document, vocabulary: Vocabulary = Vocabulary(), tokenizer: Tokenizer = Tokenizer(),
                splitter: SentenceSplitter = SentenceSplitter()) {
        self.document = document
        isTagged = vocabulary.count > 1
        let buffer = TextBuffer(document.text)
        self.buffer = buffer
        let tokens = tokenizer.tokenize(buffer.bytes)
        self.tokens = tokens
        var norms = [String]()
        var words = [Int32]()
        var classes = [UInt64]()
        norms.reserveCapacity(tokens.count)
        words.reserveCapacity(tokens.count)
        classes.reserveCapacity(tokens.count)
        for t in tokens {
            let norm = Normalizer.fold(buffer.bytes[t.start..<t.end])
            let id = vocabulary.id(norm)
            norms.append(norm)
            words.append(id)
            classes.append(vocabulary.classes(of: id))
        }
        self.norms = norms
        self.words = words
        self.classes = classes
        let sentences = splitter.split(buffer.bytes, tokens: tokens)
        self.sentences = sentences
        var owner = [Int32](repeating: 0, count: tokens.count)
        for (index, s) in sentences.enumerated() {
            for k in s.tokens { owner[k] = Int32(index) }
        }
        sentenceOfToken = owner
    }

    public var bytes: [UInt8] { buffer.bytes }

    /// Whether token `k` belongs to `wordClass` (one mask: the class bits were set at segmentation).
    @inlinable @inline(__always)
    public func token(_ k: Int, in wordClass: WordClass) -> Bool { classes[k] & wordClass.bit != 0 }

    /// The original text of a token.
    public func text(of token: Int) -> String { buffer.string(tokens[token].range) }

    /// The original text from the start of token `first` to the end of token `last`.
    public func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return buffer.flatString(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    public func sentenceText(_ index: Int) -> String { buffer.flatString(sentences[index].range) }
}
