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
    /// The event's PLOVER mode ("aerial", "expel").
    public var mode: String?
    /// Events from documents whose source (path or URL) contains this text.
    public var source: String?
    /// Events dated on or after this day (undated events are left out when set).
    public var since: Day?
    /// Events dated on or before this day (undated events are left out when set).
    public var until: Day?
    /// Only factual events: not negated, hypothetical or future (the only ones the linker and
    /// escalation count).
    public var factualOnly: Bool
    /// Only events that are (true) or are not (false) negated; nil: either.
    public var negated: Bool?
    /// Only events that are (true) or are not (false) hypothetical; nil: either.
    public var hypothetical: Bool?
    /// Only events that are (true) or are not (false) about the future; nil: either.
    public var future: Bool?
    /// Newest first (undated last) instead of oldest first.
    public var newestFirst: Bool
    public var limit: Int?
    public var offset: Int

    public init(actor: String? = nil, recipient: String? = nil, type: EventType? = nil, mode: String? = nil,
                source: String? = nil, since: Day? = nil, until: Day? = nil, factualOnly: Bool = false,
                negated: Bool? = nil, hypothetical: Bool? = nil, future: Bool? = nil, newestFirst: Bool = false,
                limit: Int? = nil, offset: Int = 0) {
        self.actor = actor
        self.recipient = recipient
        self.type = type
        self.mode = mode
        self.source = source
        self.since = since
        self.until = until
        self.factualOnly = factualOnly
        self.negated = negated
        self.hypothetical = hypothetical
        self.future = future
        self.newestFirst = newestFirst
        self.limit = limit
        self.offset = offset
    }

    /// The ORDER BY of the events query on `events e`, which the (order_date, id) index serves.
    var ordering: String {
        newestFirst ? "CASE WHEN e.order_date = '\(EventColumns.undated)' THEN 1 ELSE 0 END, e.order_date DESC, e.id DESC"
            : "e.order_date, e.id"
    }
}
