import RedlineCore

/// A temporal expression found in a segmented text, in token and byte coordinates.
public struct DateAnnotation: Sendable, Hashable {
    /// Tokens of the expression in `SegmentedText.tokens`.
    public var tokens: Range<Int>
    /// Bytes of the expression in the document's UTF-8 text.
    public var bytes: Range<Int>
    public var sentence: Int
    /// The first day of the period named, when it can be told.
    public var value: Day?
    public var precision: DatePrecision?
    /// Read against the publication date ("last week", "on Wednesday").
    public var relative: Bool

    public init(tokens: Range<Int>, bytes: Range<Int>, sentence: Int, value: Day?, precision: DatePrecision?, relative: Bool) {
        self.tokens = tokens
        self.bytes = bytes
        self.sentence = sentence
        self.value = value
        self.precision = precision
        self.relative = relative
    }
}
