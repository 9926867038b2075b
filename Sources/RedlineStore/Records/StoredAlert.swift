import RedlineCore

/// An alert as the store keeps it: numbered in the order it was kept (the id a server-sent event
/// carries, so a client that reconnects asks for what came after), with the time it was kept.
public struct StoredAlert: Sendable, Hashable {
    /// Rises with each alert kept.
    public var id: Int64
    /// When it was kept: ISO 8601, UTC.
    public var at: String
    public var alert: LineAlert

    public init(id: Int64, at: String, alert: LineAlert) {
        self.id = id
        self.at = at
        self.alert = alert
    }
}
