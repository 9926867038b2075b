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
    /// Every stored red-line statement, event and crossing claim, grouped by document (sorted by id).
    public static func load(_ store: any TrackerStore) async throws -> [DocumentRecords] {
        var byDocument = [String: DocumentRecords]()
        func record(_ id: String, _ source: String, _ published: Day?) -> DocumentRecords {
            byDocument[id] ?? DocumentRecords(id: id, source: source, published: published)
        }
        for s in try await store.redLineStatements() {
            var r = record(s.documentID, s.source, s.published)
            r.redLines.append(s.redLine)
            byDocument[s.documentID] = r
        }
        for e in try await store.events(EventFilter()) {
            var r = record(e.documentID, e.source, e.published)
            r.events.append(e.event)
            byDocument[e.documentID] = r
        }
        for c in try await store.crossingClaims() {
            var r = record(c.documentID, c.source, c.published)
            r.claims.append(c.claim)
            byDocument[c.documentID] = r
        }
        return byDocument.keys.sorted().map { byDocument[$0]! }
    }

    /// Links everything stored and replaces the tracked lines; returns them.
    @discardableResult
    public static func relink(_ store: any TrackerStore, configuration: TrackerConfiguration) async throws -> [TrackedLine] {
        let records = try await load(store)
        let lines = Linker().link(documents: records, reviews: try await store.reviews(), configuration: configuration)
        try await store.replaceTrackedLines(lines)
        return lines
    }
}
