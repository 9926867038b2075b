import RedlineCore

/// Which tracked lines to read. Every condition given must hold; nil means "any".
public struct LineFilter: Hashable, Sendable {
    /// The declarer's actor code ("RUS").
    public var declarer: String?
    public var status: LineStatus?
    /// Lines first declared on or after this day (lines with no date are left out when set).
    public var since: Day?
    public var limit: Int?
    public var offset: Int

    public init(declarer: String? = nil, status: LineStatus? = nil, since: Day? = nil, limit: Int? = nil,
                offset: Int = 0) {
        self.declarer = declarer
        self.status = status
        self.since = since
        self.limit = limit
        self.offset = offset
    }
}
