import RedlineCore

/// Which events to read. Every condition given must hold; nil means "any".
///
/// ```swift
/// EventFilter(actor: "RUS", type: .threaten, since: Day("2022-01-01"), limit: 50)
/// ```
public struct EventFilter: Hashable, Sendable {
    /// An actor code on the event's actor side ("RUS").
    public var actor: String?
    /// An actor code on the event's recipient side.
    public var recipient: String?
    public var type: EventType?
    /// Events dated on or after this day (undated events are left out when set).
    public var since: Day?
    /// Events dated on or before this day (undated events are left out when set).
    public var until: Day?
    /// Only factual events: not negated, hypothetical or future (the only ones the linker and
    /// escalation count).
    public var factualOnly: Bool
    public var limit: Int?
    public var offset: Int

    public init(actor: String? = nil, recipient: String? = nil, type: EventType? = nil, since: Day? = nil,
                until: Day? = nil, factualOnly: Bool = false, limit: Int? = nil, offset: Int = 0) {
        self.actor = actor
        self.recipient = recipient
        self.type = type
        self.since = since
        self.until = until
        self.factualOnly = factualOnly
        self.limit = limit
        self.offset = offset
    }
}
