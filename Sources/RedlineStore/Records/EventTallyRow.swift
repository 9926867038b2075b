import RedlineCore

/// A day tally (`EventTally.countByDay`) as a row of `event_tallies`, which relinking fills and
/// a report reads instead of aggregating every event. `event_tallies_source` holds one row: how
/// many documents were stored when the tallies were counted, so tallies older than the
/// documents are never read.
struct EventTallyRow: Sendable {
    var actor: String
    var recipient: String
    var day: String
    var type: String
    var mode: String?
    var evidence: String?
    var events: Int

    static let table = RecordTable<EventTallyRow>(name: "event_tallies", columns: [
        RecordColumn("actor", \.actor), RecordColumn("recipient", \.recipient), RecordColumn("day", \.day),
        RecordColumn("type", \.type), RecordColumn("mode", \.mode), RecordColumn("evidence", \.evidence),
        RecordColumn("events", \.events),
    ])

    init(_ tally: EventTally) {
        actor = tally.actor
        recipient = tally.recipient
        day = tally.week.description
        type = tally.type.rawValue
        mode = tally.mode
        evidence = tally.evidence
        events = tally.events
    }

    /// The day tally of a row's values, or a `corruptRecord` error naming the store.
    static func tally(actor: String, recipient: String, day: String, type: String, mode: String?, evidence: String?,
                      events: Int, store: String) throws -> EventTally {
        guard let day = Day(day), let type = EventType(rawValue: type) else {
            throw StoreError(.corruptRecord, "a stored event tally has an unknown type or day", store: store)
        }
        return EventTally(actor: actor, recipient: recipient, week: day, type: type, mode: mode, evidence: evidence,
                          events: events)
    }
}
