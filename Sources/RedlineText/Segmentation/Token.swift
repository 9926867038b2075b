/// One token of a text: a word, number, punctuation mark or quotation mark, as a byte range.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation
        /// `“` `‘` `«`, and a straight `"` judged to open.
        case openQuote
        /// `”` `’` `»` (when not an apostrophe), and a straight `"` judged to close.
        case closeQuote
        /// The possessive `'s` / `’s` split from its word, or a bare trailing `'` ("allies'").
        case possessive
        case dash
    }

    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The first letter is upper case.
    public var isCapitalized: Bool
    /// Followed directly by a line break (a headline, a caption, a list item ends here).
    public var endsLine: Bool
    /// A blank line follows: a paragraph ends here.
    public var endsParagraph: Bool

    public init(start: Int, end: Int, kind: Kind, isCapitalized: Bool = false,
                endsLine: Bool = false, endsParagraph: Bool = false) {
        self.start = start
        self.end = end
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.endsLine = endsLine
        self.endsParagraph = endsParagraph
    }

    public var range: Range<Int> { start..<end }
    public var isWord: Bool { kind == .word }
    public var isQuote: Bool { kind == .openQuote || kind == .closeQuote }
}

/// A sentence: a byte range and the tokens in it.
public struct Sentence: Sendable, Hashable {
    public var range: Range<Int>
    public var tokens: Range<Int>

    public init(range: Range<Int>, tokens: Range<Int>) {
        self.range = range
        self.tokens = tokens
    }
}
