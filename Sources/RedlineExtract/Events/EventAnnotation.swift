import RedlineCore

/// A coded event with the token positions it came from, for the stages after the coder.
public struct EventAnnotation: Sendable, Hashable {
    public var event: Event
    /// The tokens that triggered the coding.
    public var trigger: Range<Int>
    public var sentence: Int
    /// Mentions (indices into `ActorAnnotations.mentions`) of the actor and recipient.
    public var actorMentions: [Int]
    public var recipientMentions: [Int]
    /// The act is only the content of another ("agreed to provide aid", "urged X to withdraw",
    /// "any attack on ... will bring"): kept for the stages that read what was said (a red line's
    /// trigger), left out of the extraction's events.
    public var isContent: Bool

    public init(event: Event, trigger: Range<Int>, sentence: Int, actorMentions: [Int], recipientMentions: [Int],
                isContent: Bool = false) {
        self.event = event
        self.trigger = trigger
        self.sentence = sentence
        self.actorMentions = actorMentions
        self.recipientMentions = recipientMentions
        self.isContent = isContent
    }
}
