import RedlineCore

/// The query that counts `EventTally`s in the database, written once for both SQL dialects.
///
/// It follows `EventTally.count` rule for rule: factual events with both codes, one row per event
/// and pair of different codes (`DISTINCT`), dated by the event or else its document, each act
/// (actor, recipient, day, type, mode) kept only in the first document by id that reports it
/// (`min(document) OVER` the act; nulls partition together, as Swift compares nil modes), then
/// counted by ISO week, with ASSAULT split by evidence.
enum TallyQuery {
    /// The SQL; `monday` turns a `YYYY-MM-DD` expression into the `YYYY-MM-DD` of its week's
    /// Monday, `byteOrder` makes text compare byte by byte, as Swift compares ids; `through` is the
    /// placeholder of the last day counted (`?` or `$1`), nil to count every day.
    static func sql(through: String?, monday: (String) -> String, byteOrder: String) -> String {
        let day = "COALESCE(e.date, d.published)"
        let dated = through.map { "\(day) <= \($0)" } ?? "\(day) IS NOT NULL"
        return """
            WITH pairs AS (
                SELECT DISTINCT e.id AS event, e.document_id AS document, a.code AS actor, r.code AS recipient,
                       \(day) AS day, e.type AS type, e.mode AS mode,
                       CASE WHEN e.type = '\(EventType.assault.rawValue)' THEN e.evidence END AS evidence
                FROM events e
                JOIN documents d ON d.id = e.document_id
                JOIN event_actors a ON a.document_id = e.document_id AND a.event_ordinal = e.ordinal
                     AND a.role = '\(EventColumns.actorRole)'
                JOIN event_actors r ON r.document_id = e.document_id AND r.event_ordinal = e.ordinal
                     AND r.role = '\(EventColumns.recipientRole)'
                WHERE NOT e.negated AND NOT e.hypothetical AND NOT e.future
                  AND a.code IS NOT NULL AND r.code IS NOT NULL AND a.code <> r.code AND \(dated)
            ),
            owned AS (
                SELECT actor, recipient, \(monday("day")) AS week, type, mode, evidence, document,
                       min(document\(byteOrder)) OVER (PARTITION BY actor, recipient, day, type, mode) AS owner
                FROM pairs
            )
            SELECT actor, recipient, week, type, mode, evidence, count(*)
            FROM owned WHERE document = owner
            GROUP BY actor, recipient, week, type, mode, evidence
            """
    }

    /// A tally from one result row's values, or nil when the week or type is not one redline writes.
    static func tally(actor: String, recipient: String, week: String, type: String, mode: String?, evidence: String?,
                      events: Int) -> EventTally? {
        guard let monday = Day(week), let type = EventType(rawValue: type) else { return nil }
        return EventTally(actor: actor, recipient: recipient, week: monday, type: type, mode: mode, evidence: evidence,
                          events: events)
    }
}
