/// How many factual events of one type and mode went from one actor to another in one ISO week:
/// what escalation is computed from, small enough for a database to aggregate 100,000 events
/// into (`TrackerStore.eventTallies`) and the same whether counted there or in memory
/// (``count(_:through:)``).
///
/// The counting rules:
/// - only factual events count (not negated, hypothetical or future), dated by their own date or
///   else their document's publication day, and not after the day counted through;
/// - an event counts once for each pair of different codes among its actors and recipients;
/// - an act reported by several documents (same actor, recipient, day, type and mode) counts once:
///   it belongs to the first document, by id, that reports it, and every event of that document
///   with that act counts;
/// - ASSAULT tallies are split by evidence (`evidence` holds it), because whether an attack is a
///   war is read from its text; other tallies carry no evidence.
///
/// ```swift
/// let tallies = EventTally.count(documents.map { ($0.id, $0.published, $0.events) }, through: today)
/// ```
public struct EventTally: Hashable, Sendable, Codable {
    public var actor: String
    public var recipient: String
    /// The Monday that starts the ISO week.
    public var week: Day
    public var type: EventType
    public var mode: String?
    /// The evidence of ASSAULT events; nil for every other type.
    public var evidence: String?
    public var events: Int

    public init(actor: String, recipient: String, week: Day, type: EventType, mode: String?, evidence: String?,
                events: Int) {
        self.actor = actor
        self.recipient = recipient
        self.week = week
        self.type = type
        self.mode = mode
        self.evidence = evidence
        self.events = events
    }
}
