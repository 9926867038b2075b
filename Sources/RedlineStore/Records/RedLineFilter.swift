import RedlineCore

/// Which red-line statements to read. Every condition given must hold; nil means "any".
public struct RedLineFilter: Hashable, Sendable {
    /// The declarer's actor code ("RUS").
    public var declarer: String?
    /// Statements dated on or after this day (undated ones are left out when set).
    public var since: Day?
    /// Statements dated on or before this day (undated ones are left out when set).
    public var until: Day?
    public var limit: Int?
    public var offset: Int

    public init(declarer: String? = nil, since: Day? = nil, until: Day? = nil, limit: Int? = nil, offset: Int = 0) {
        self.declarer = declarer
        self.since = since
        self.until = until
        self.limit = limit
        self.offset = offset
    }
}
