/// What one `ingest` call changed.
public struct IngestSummary: Hashable, Sendable, Codable {
    /// Documents newly stored.
    public var inserted: Int
    /// Documents skipped because a document with the same id was already stored (or came
    /// earlier in the same batch).
    public var skipped: Int
    public var redLines: Int
    public var events: Int
    public var claims: Int

    public init(inserted: Int = 0, skipped: Int = 0, redLines: Int = 0, events: Int = 0, claims: Int = 0) {
        self.inserted = inserted
        self.skipped = skipped
        self.redLines = redLines
        self.events = events
        self.claims = claims
    }

    /// The sum of two summaries, for callers that ingest in several batches.
    public static func + (lhs: IngestSummary, rhs: IngestSummary) -> IngestSummary {
        IngestSummary(inserted: lhs.inserted + rhs.inserted, skipped: lhs.skipped + rhs.skipped,
                      redLines: lhs.redLines + rhs.redLines, events: lhs.events + rhs.events,
                      claims: lhs.claims + rhs.claims)
    }
}
