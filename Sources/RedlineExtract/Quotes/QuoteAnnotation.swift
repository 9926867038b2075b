/// A quote or a piece of reported speech, in token coordinates.
public struct QuoteAnnotation: Sendable, Hashable {
    /// The quoted words (inside the marks) or the reported clause.
    public var tokens: Range<Int>
    /// The whole quote with its marks, or the reported clause.
    public var outer: Range<Int>
    /// Entity index of the speaker, when attributed.
    public var speaker: Int?
    /// The mention that names the speaker for this quote.
    public var speakerMention: Int?
    public var direct: Bool
    /// The speech verb ("said", "warned", "told"), for reported speech and attributed quotes.
    public var verb: Int?

    public init(tokens: Range<Int>, outer: Range<Int>, speaker: Int?, speakerMention: Int?, direct: Bool, verb: Int?) {
        self.tokens = tokens
        self.outer = outer
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.direct = direct
        self.verb = verb
    }
}
