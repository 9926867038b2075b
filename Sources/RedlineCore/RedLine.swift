/// What must not happen, and by whom, for a red line.
public struct Trigger: Hashable, Sendable {
    public var actor: [ActorRef]
    public var action: EventType?
    public var text: String

    public init(actor: [ActorRef], action: EventType?, text: String) {
        self.actor = actor
        self.action = action
        self.text = text
    }
}

/// What a red line threatens if it is crossed. `severity` is the MID hostility level threatened
/// (2 threat … 5 war) when it can be told.
public struct Consequence: Hashable, Sendable {
    public var kind: ConsequenceKind
    public var severity: Int?
    public var text: String?

    public init(kind: ConsequenceKind, severity: Int?, text: String?) {
        self.kind = kind
        self.severity = severity
        self.text = text
    }
}

/// A red line as stated in one sentence of one document: a deterrent or compellent warning.
public struct RedLine: Hashable, Sendable {
    public var declarer: ActorRef?
    public var speaker: String?
    public var addressee: [ActorRef]
    public var trigger: Trigger
    public var consequence: Consequence
    public var explicit: Bool
    public var stance: Stance
    public var date: Day?
    public var datePrecision: DatePrecision?
    public var sentence: Int
    public var span: ScalarSpan
    public var evidence: String

    public init(declarer: ActorRef?, speaker: String?, addressee: [ActorRef], trigger: Trigger,
                consequence: Consequence, explicit: Bool, stance: Stance, date: Day?,
                datePrecision: DatePrecision?, sentence: Int, span: ScalarSpan, evidence: String) {
        self.declarer = declarer
        self.speaker = speaker
        self.addressee = addressee
        self.trigger = trigger
        self.consequence = consequence
        self.explicit = explicit
        self.stance = stance
        self.date = date
        self.datePrecision = datePrecision
        self.sentence = sentence
        self.span = span
        self.evidence = evidence
    }
}

/// A sentence that says a line has been crossed, without declaring one.
public struct CrossingClaim: Hashable, Sendable {
    public var crosser: [ActorRef]
    public var lineOf: ActorRef?
    public var line: String?
    public var claimant: String?
    public var date: Day?
    public var sentence: Int
    public var span: ScalarSpan
    public var evidence: String

    public init(crosser: [ActorRef], lineOf: ActorRef?, line: String?, claimant: String?, date: Day?,
                sentence: Int, span: ScalarSpan, evidence: String) {
        self.crosser = crosser
        self.lineOf = lineOf
        self.line = line
        self.claimant = claimant
        self.date = date
        self.sentence = sentence
        self.span = span
        self.evidence = evidence
    }
}

extension Trigger: Codable {
    private enum CodingKeys: String, CodingKey { case actor, action, text }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(actor, forKey: .actor)
        try c.encodeNullable(action, forKey: .action)
        try c.encode(text, forKey: .text)
    }
}

extension Consequence: Codable {
    private enum CodingKeys: String, CodingKey { case kind, severity, text }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encodeNullable(severity, forKey: .severity)
        try c.encodeNullable(text, forKey: .text)
    }
}

extension RedLine: Codable {
    private enum CodingKeys: String, CodingKey {
        case declarer, speaker, addressee, trigger, consequence, explicit, stance, date, datePrecision,
             sentence, span, evidence
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeNullable(declarer, forKey: .declarer)
        try c.encodeNullable(speaker, forKey: .speaker)
        try c.encode(addressee, forKey: .addressee)
        try c.encode(trigger, forKey: .trigger)
        try c.encode(consequence, forKey: .consequence)
        try c.encode(explicit, forKey: .explicit)
        try c.encode(stance, forKey: .stance)
        try c.encodeNullable(date, forKey: .date)
        try c.encodeNullable(datePrecision, forKey: .datePrecision)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(span, forKey: .span)
        try c.encode(evidence, forKey: .evidence)
    }
}

extension CrossingClaim: Codable {
    private enum CodingKeys: String, CodingKey { case crosser, lineOf, line, claimant, date, sentence, span, evidence }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(crosser, forKey: .crosser)
        try c.encodeNullable(lineOf, forKey: .lineOf)
        try c.encodeNullable(line, forKey: .line)
        try c.encodeNullable(claimant, forKey: .claimant)
        try c.encodeNullable(date, forKey: .date)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(span, forKey: .span)
        try c.encode(evidence, forKey: .evidence)
    }
}
