/// One red line followed across documents: its statements, the crossings, the declarer's
/// responses and the status they add up to. The JSON field names are fixed (DESIGN.md).
public struct TrackedLine: Codable, Sendable, Hashable, Identifiable {
    /// A statement of the line in one document.
    public struct Statement: Codable, Sendable, Hashable {
        /// A stable id for reviews: document id and the statement's span.
        public var id: String
        public var document: String
        public var source: String
        public var date: Day?
        /// How exactly `date` is known (a recap's "last August" is a month).
        public var datePrecision: DatePrecision?
        public var speaker: String?
        public var evidence: String
        public var span: ScalarSpan
        public var confidence: Double
        public var review: LinkReview?

        public init(id: String, document: String, source: String, date: Day?, speaker: String?, evidence: String,
                    span: ScalarSpan, confidence: Double, review: LinkReview? = nil, datePrecision: DatePrecision? = nil) {
            self.datePrecision = datePrecision
            self.id = id
            self.document = document
            self.source = source
            self.date = date
            self.speaker = speaker
            self.evidence = evidence
            self.span = span
            self.confidence = confidence
            self.review = review
        }
    }

    /// An event or a claim that the line was crossed.
    public struct Crossing: Codable, Sendable, Hashable {
        public enum Kind: String, Codable, Sendable { case event, claim }
        public var id: String
        public var date: Day?
        public var actor: [ActorRef]
        public var kind: Kind
        public var type: EventType?
        public var confidence: Double
        public var document: String
        public var source: String
        public var evidence: String
        public var review: LinkReview?
        /// Why the linker took this for a crossing, in a sentence ("SANCTION by ESP, a member of EU
        /// (a trigger actor), of the kind the trigger names").
        public var reason: String?
        /// How exactly `date` is known.
        public var datePrecision: DatePrecision?
        /// Other articles that tell the same act (same actors, type and day): one act, several sources.
        public var alsoToldIn: [String]?

        public init(id: String, date: Day?, actor: [ActorRef], kind: Kind, type: EventType?, confidence: Double,
                    document: String, source: String, evidence: String, review: LinkReview? = nil, reason: String? = nil,
                    datePrecision: DatePrecision? = nil) {
            self.reason = reason
            self.datePrecision = datePrecision
            self.id = id
            self.date = date
            self.actor = actor
            self.kind = kind
            self.type = type
            self.confidence = confidence
            self.document = document
            self.source = source
            self.evidence = evidence
            self.review = review
        }
    }

    /// A hostile act of the declarer against the crosser after a crossing.
    public struct Response: Codable, Sendable, Hashable {
        public var id: String
        public var date: Day?
        public var type: EventType
        /// The MID hostility level the act shows.
        public var severity: Int
        public var confidence: Double
        public var document: String
        public var source: String
        public var evidence: String
        public var review: LinkReview?
        /// Why the linker took this for a response, in a sentence.
        public var reason: String?
        /// How exactly `date` is known.
        public var datePrecision: DatePrecision?

        public init(id: String, date: Day?, type: EventType, severity: Int, confidence: Double, document: String,
                    source: String, evidence: String, review: LinkReview? = nil, reason: String? = nil,
                    datePrecision: DatePrecision? = nil) {
            self.reason = reason
            self.datePrecision = datePrecision
            self.id = id
            self.date = date
            self.type = type
            self.severity = severity
            self.confidence = confidence
            self.document = document
            self.source = source
            self.evidence = evidence
            self.review = review
        }
    }

    public var id: String
    public var declarer: ActorRef
    public var trigger: Trigger
    public var consequence: Consequence
    public var explicit: Bool
    public var status: LineStatus
    public var statusSource: DecisionSource
    public var firstDeclared: Day?
    /// How exactly `firstDeclared` is known: a line first told as "last August" was declared in a
    /// month, not on its first day.
    public var firstDeclaredPrecision: DatePrecision?
    public var statements: [Statement]
    public var crossings: [Crossing]
    public var responses: [Response]

    public init(id: String, declarer: ActorRef, trigger: Trigger, consequence: Consequence, explicit: Bool,
                status: LineStatus, statusSource: DecisionSource, firstDeclared: Day?, statements: [Statement],
                crossings: [Crossing], responses: [Response]) {
        self.id = id
        self.declarer = declarer
        self.trigger = trigger
        self.consequence = consequence
        self.explicit = explicit
        self.status = status
        self.statusSource = statusSource
        self.firstDeclared = firstDeclared
        self.statements = statements
        self.crossings = crossings
        self.responses = responses
    }
}

/// An analyst's verdict on one link, as shown next to it.
public struct LinkReview: Codable, Sendable, Hashable {
    public var verdict: Review.Verdict
    public var reviewer: String
    public var reason: String
    public var at: String

    public init(verdict: Review.Verdict, reviewer: String, reason: String, at: String) {
        self.verdict = verdict
        self.reviewer = reviewer
        self.reason = reason
        self.at = at
    }
}
