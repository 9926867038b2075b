import RedlineAnalysis
import RedlineCore
import RedlineStore

/// The records a store holds, read back as the linker's input, and the relinking that turns them
/// into tracked lines. The CLI (`ingest`, `review`, `report`) and the server share it.
///
/// ```swift
/// let lines = try await TrackerRecords.relink(store, configuration: TrackerConfiguration(today: today))
/// ```
public enum TrackerRecords {
    /// Every stored red-line statement, factual event and crossing claim, grouped by document
    /// (sorted by id). Negated, hypothetical and future events are left in the store: the linker
    /// and escalation count none of them (`EscalationTalliesTests` holds the linker to that), and
    /// not reading them makes relinking cheaper.
    public static func load(_ store: any TrackerStore) async throws -> [DocumentRecords] {
        var documents: [DocumentRecords] = []
        var positions: [String: Int] = [:]
        func position(_ id: String, _ source: String, _ published: Day?) -> Int {
            if let position = positions[id] { return position }
            positions[id] = documents.count
            documents.append(DocumentRecords(id: id, source: source, published: published))
            return documents.count - 1
        }
        // Appended in place, so no document's arrays are copied on the way.
        for s in try await store.redLineStatements() {
            documents[position(s.documentID, s.source, s.published)].redLines.append(s.redLine)
        }
        for e in try await store.events(EventFilter(factualOnly: true)) {
            documents[position(e.documentID, e.source, e.published)].events.append(e.event)
        }
        for c in try await store.crossingClaims() {
            documents[position(c.documentID, c.source, c.published)].claims.append(c.claim)
        }
        return documents.sorted { $0.id < $1.id }
    }

    /// Links everything stored and replaces the tracked lines; returns them. Also keeps the day
    /// tallies of the factual events it read (`replaceEventTallies`), so a report's escalation
    /// reads those rather than aggregating every event.
    @discardableResult
    public static func relink(_ store: any TrackerStore, configuration: TrackerConfiguration) async throws -> [TrackedLine] {
        // Counted before reading: documents stored meanwhile make the tallies look stale, never current.
        let documentCount = try await store.documentCount()
        let records = try await load(store)
        let lines = Linker().link(documents: records, reviews: try await store.reviews(), configuration: configuration)
        try await store.replaceTrackedLines(lines)
        try await store.replaceEventTallies(EventTally.countByDay(records.map { ($0.id, $0.published, $0.events) }),
                                            documentCount: documentCount)
        return lines
    }
}
