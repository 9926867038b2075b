import RedlineCore

/// Where redline keeps what it extracted, so the tracker can follow red lines across documents.
///
/// One protocol, two backends: ``SQLiteStore`` (a file, the default) and ``PostgresStore``
/// (a shared server). Both keep the same schema and the same semantics:
///
/// - `ingest` writes a batch in one transaction: a batch is stored whole or not at all, so a
///   process killed mid-batch leaves the store as it was before that batch;
/// - a document whose id (its content hash) is already stored is skipped, so ingesting the same
///   documents twice changes nothing;
/// - every red-line statement, event and crossing claim is a row that keeps its document id,
///   sentence and span, and the full extraction JSON of each document is kept for exact reading back;
/// - tracked lines belong to the linker and are replaced wholesale; reviews belong to analysts and
///   are only ever added.
///
/// ```swift
/// let store = try await StoreFactory.open(StoreLocation(parsing: "redline.sqlite"))
/// let summary = try await store.ingest(documents)
/// let threats = try await store.events(EventFilter(actor: "RUS", type: .threaten))
/// try await store.close()
/// ```
public protocol TrackerStore: Sendable {
    /// Applies the versioned migrations not yet applied; harmless when there are none.
    /// Stores run it when they are opened.
    func migrate() async throws

    /// Stores a batch in one transaction, skipping documents already stored.
    func ingest(_ batch: [StoredDocument]) async throws -> IngestSummary

    func documentCount() async throws -> Int
    func counts() async throws -> StoreCounts

    /// The stored document with this id, exactly as it was ingested.
    func document(id: String) async throws -> StoredDocument?

    /// Red-line statements, oldest first (undated last).
    func redLineStatements(_ filter: RedLineFilter) async throws -> [StoredRedLine]
    /// Events, oldest first (undated last).
    func events(_ filter: EventFilter) async throws -> [StoredEvent]
    /// Crossing claims, oldest first (undated last).
    func crossingClaims() async throws -> [StoredClaim]
    /// The events counted into `EventTally`s by the database, through `through` (nil: every day),
    /// in no particular order: what `Escalation` needs, without reading every event back.
    func eventTallies(through: Day?) async throws -> [EventTally]
    /// Replaces the stored day tallies (`EventTally.countByDay`) in one transaction, noting that
    /// they count the first `documentCount` documents stored. Relinking keeps them, so a report
    /// reads a small table instead of aggregating every event.
    func replaceEventTallies(_ daily: [EventTally], documentCount: Int) async throws
    /// The day tallies last stored, or nil when none were, or documents were stored since (they
    /// would be stale); ``escalationTallies(through:)`` then counts in the database instead.
    func storedEventTallies() async throws -> [EventTally]?

    /// Replaces the linker's tracked lines in one transaction. Reviews are not touched.
    func replaceTrackedLines(_ lines: [TrackedLine]) async throws
    /// Tracked lines, by first declaration (undated last), then id.
    func trackedLines(_ filter: LineFilter) async throws -> [TrackedLine]
    /// Tracked lines as a report shows them (``TrackedLineSummary``), in the order of
    /// `trackedLines`, without reading every statement back.
    func trackedLineSummaries(_ filter: LineFilter) async throws -> [TrackedLineSummary]

    /// Keeps an analyst's review and returns it with its assigned id. Reviews are never changed
    /// or deleted by the store.
    func addReview(_ review: Review) async throws -> Review
    /// Every review, in the order they were added.
    func reviews() async throws -> [Review]

    /// Keeps alerts, in order, stamped `at` (ISO 8601), skipping any whose ``LineAlert/key`` is
    /// kept already; returns the ones kept now, with their ids.
    func appendAlerts(_ alerts: [LineAlert], at: String) async throws -> [StoredAlert]
    /// Alerts kept after the one numbered `after`, oldest first, at most `limit`; with no `after`,
    /// the latest `limit` alerts, oldest first.
    func alerts(after: Int64?, limit: Int) async throws -> [StoredAlert]

    /// Records how the watched feeds are doing, replacing what was recorded for the same URLs.
    func recordFeedStatus(_ feeds: [FeedStatus]) async throws
    /// Every feed a watch recorded, by name.
    func feedStatuses() async throws -> [FeedStatus]

    /// Claims for `worker`, until `until`, those of `feeds` that no other worker holds and that
    /// are due: their next poll has come by `now`, or (with `polledBefore`) nobody polled them
    /// since that time. Returns the URLs claimed. `recordFeedStatus` releases a claim. Workers
    /// sharing a store poll each feed once a round between them (PostgreSQL: `FOR UPDATE SKIP LOCKED`).
    func claimFeeds(_ feeds: [FeedClaim], worker: String, now: Double, until: Double, polledBefore: Double?) async throws -> [String]
    /// Claims items by key for `worker` until `until`: a key nobody claimed, or whose claim ran
    /// out by `now` without being finished (a worker that died mid-batch). Returns the keys claimed.
    func claimItems(_ keys: [String], feed: String, worker: String, now: Double, until: Double) async throws -> Set<String>
    /// Marks claimed items stored, for good.
    func finishItems(_ keys: [String]) async throws
    /// Those of `keys` whose items are stored (finished), by whichever worker.
    func finishedItems(_ keys: [String]) async throws -> Set<String>
    /// The workers holding claims on feeds or unfinished items now.
    func watchClaimants() async throws -> Set<String>
    /// Drops the claims of `workers` (processes known to be gone), so others take their feeds and items at once.
    func releaseClaims(of workers: [String]) async throws

    /// Releases the store's connections. The store cannot be used afterwards.
    func close() async throws
}

extension TrackerStore {
    /// Every red-line statement.
    public func redLineStatements() async throws -> [StoredRedLine] {
        try await redLineStatements(RedLineFilter())
    }

    /// Every tracked line.
    public func trackedLines() async throws -> [TrackedLine] {
        try await trackedLines(LineFilter())
    }

    /// Summaries of the full lines, for stores that keep none.
    public func trackedLineSummaries(_ filter: LineFilter) async throws -> [TrackedLineSummary] {
        try await trackedLines(filter).map(TrackedLineSummary.init)
    }
}

extension TrackerStore {
    /// Runs `body` while no other process runs a body of its own under the same store's watch
    /// lock: workers sharing a PostgreSQL store store and relink one batch at a time, so that no
    /// relink reads the records before another's batch and replaces the lines after it. A
    /// single-file store runs `body` as it is.
    public func exclusively<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        if let shared = self as? PostgresStore { return try await shared.underWatchLock(body) }
        return try await body()
    }
}
