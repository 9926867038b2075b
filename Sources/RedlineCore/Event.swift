/// A political event coded in PLOVER: who did what to whom, when, and the sentence that says so.
public struct Event: Hashable, Sendable {
    public var type: EventType
    public var mode: String?
    public var context: [String]
    public var actor: [ActorRef]
    public var recipient: [ActorRef]
    public var date: Day?
    public var datePrecision: DatePrecision?
    public var dateText: String?
    public var negated: Bool
    public var hypothetical: Bool
    public var future: Bool
    /// The person whose statement this event is, when it is one ("X accused Y").
    public var speaker: String?
    /// The words that triggered the coding ("expelled", "the expulsion of").
    public var trigger: String?
    public var sentence: Int
    public var span: ScalarSpan
    public var evidence: String

    public init(type: EventType, mode: String? = nil, context: [String] = [], actor: [ActorRef] = [],
                recipient: [ActorRef] = [], date: Day? = nil, datePrecision: DatePrecision? = nil,
                dateText: String? = nil, negated: Bool = false, hypothetical: Bool = false,
                future: Bool = false, speaker: String? = nil, trigger: String? = nil,
                sentence: Int, span: ScalarSpan, evidence: String) {
        self.type = type
        self.mode = mode
        self.context = context
        self.actor = actor
        self.recipient = recipient
        self.date = date
        self.datePrecision = datePrecision
        self.dateText = dateText
        self.negated = negated
        self.hypothetical = hypothetical
        self.future = future
        self.speaker = speaker
        self.trigger = trigger
        self.sentence = sentence
        self.span = span
        self.evidence = evidence
    }

    /// The PLOVER score of this event (mode-refined).
    public var score: Double { type.score(mode: mode) }
}

extension Event: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, mode, context, actor, recipient, date, datePrecision, dateText, negated, hypothetical,
             future, speaker, trigger, sentence, span, evidence
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            type: try c.decode(EventType.self, forKey: .type),
            mode: try c.decodeIfPresent(String.self, forKey: .mode),
            context: try c.decodeIfPresent([String].self, forKey: .context) ?? [],
            actor: try c.decodeIfPresent([ActorRef].self, forKey: .actor) ?? [],
            recipient: try c.decodeIfPresent([ActorRef].self, forKey: .recipient) ?? [],
            date: try c.decodeIfPresent(Day.self, forKey: .date),
            datePrecision: try c.decodeIfPresent(DatePrecision.self, forKey: .datePrecision),
            dateText: try c.decodeIfPresent(String.self, forKey: .dateText),
            negated: try c.decodeIfPresent(Bool.self, forKey: .negated) ?? false,
            hypothetical: try c.decodeIfPresent(Bool.self, forKey: .hypothetical) ?? false,
            future: try c.decodeIfPresent(Bool.self, forKey: .future) ?? false,
            speaker: try c.decodeIfPresent(String.self, forKey: .speaker),
            trigger: try c.decodeIfPresent(String.self, forKey: .trigger),
            sentence: try c.decode(Int.self, forKey: .sentence),
            span: try c.decode(ScalarSpan.self, forKey: .span),
            evidence: try c.decode(String.self, forKey: .evidence))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encodeNullable(mode, forKey: .mode)
        try c.encode(context, forKey: .context)
        try c.encode(actor, forKey: .actor)
        try c.encode(recipient, forKey: .recipient)
        try c.encodeNullable(date, forKey: .date)
        try c.encodeNullable(datePrecision, forKey: .datePrecision)
        try c.encodeNullable(dateText, forKey: .dateText)
        try c.encode(negated, forKey: .negated)
        try c.encode(hypothetical, forKey: .hypothetical)
        try c.encode(future, forKey: .future)
        try c.encodeNullable(speaker, forKey: .speaker)
        try c.encodeNullable(trigger, forKey: .trigger)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(span, forKey: .span)
        try c.encode(evidence, forKey: .evidence)
    }
}
