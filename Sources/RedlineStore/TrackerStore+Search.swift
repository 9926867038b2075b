import RedlineCore

/// A store that can search evidence and count filtered events in SQL, for the server's search
/// and paging. Both backends conform.
///
/// ```swift
/// if let searchable = store as? any SearchableStore {
///     let page = try await searchable.searchEvidence(EvidenceQuery(text: "legitimate targets"))
/// }
/// ```
public protocol SearchableStore: TrackerStore {
    /// Statements, events and claims whose evidence contains the query's text, newest first.
    func searchEvidence(_ query: EvidenceQuery) async throws -> EvidencePage
    /// How many events the filter matches, ignoring its limit and offset.
    func eventCount(_ filter: EventFilter) async throws -> Int
}

extension QueryConditions {
    /// The union of the three evidence tables whose evidence matches a LIKE pattern (`?` three
    /// times); `like` is `LIKE` in SQLite and `ILIKE` in PostgreSQL.
    static func evidenceUnion(like: String) -> String {
        """
        SELECT 'statement' AS kind, r.document_id, r.ordinal, r.date, r.span_start, r.span_end, r.evidence
          FROM red_lines r WHERE r.evidence \(like) ? ESCAPE '\\'
        UNION ALL
        SELECT 'event', e.document_id, e.ordinal, e.date, e.span_start, e.span_end, e.evidence
          FROM events e WHERE e.evidence \(like) ? ESCAPE '\\'
        UNION ALL
        SELECT 'claim', c.document_id, c.ordinal, c.date, c.span_start, c.span_end, c.evidence
          FROM crossing_claims c WHERE c.evidence \(like) ? ESCAPE '\\'
        """
    }

    /// A page of the union, with each hit's document; placeholders: three patterns, limit, offset.
    static func evidencePage(like: String) -> String {
        """
        SELECT h.kind, h.document_id, h.ordinal, h.date, h.span_start, h.span_end, h.evidence, d.source, d.title
        FROM (\(evidenceUnion(like: like))) h JOIN documents d ON d.id = h.document_id
        ORDER BY h.date IS NULL, h.date DESC, h.document_id, h.kind, h.ordinal
        LIMIT ? OFFSET ?
        """
    }

    static func evidenceCount(like: String) -> String {
        "SELECT count(*) FROM (\(evidenceUnion(like: like))) h"
    }
}
