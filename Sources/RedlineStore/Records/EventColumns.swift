import Foundation
import RedlineCore

/// How events are read back from their columns, the same for every backend: one query for the
/// events of a page, one for their actors, put together here.
enum EventColumns {
    /// Joins an event's context tags in one column (a control character no tag contains).
    static let separator = "\u{1F}"
    static let actorRole = "actor"
    static let recipientRole = "recipient"
    /// The `order_date` of undated events: after every `YYYY-MM-DD` in byte order, so an index on
    /// (order_date, id) gives "oldest first, undated last" on every backend.
    static let undated = "~"

    /// The columns of the events query on `events e JOIN documents d`: an `EventRow`, then the
    /// document's source and publication day.
    static let select = EventRow.table.columnList(prefix: "e.") + ", d.source, d.published, d.title, d.url"

    /// The columns of the actors query on `event_actors a`: a `ParticipantRow`.
    static let participantColumns = ParticipantRow.table.columnList(prefix: "a.")

    /// One row of the events query.
    struct Row: Sendable {
        var event: EventRow
        var source: String
        var published: String?
        var title: String? = nil
        var url: String? = nil
    }

    private struct Key: Hashable {
        var documentID: String
        var ordinal: Int
    }

    /// The stored events the two queries' rows describe, in the order of `rows`.
    static func assemble(_ rows: [Row], _ participants: [ParticipantRow], store: String) throws -> [StoredEvent] {
        func corrupt(_ what: String) -> StoreError {
            StoreError(.corruptRecord, "a stored event has \(what)", store: store)
        }
        var sides: [Key: (actor: [ActorRef], recipient: [ActorRef])] = [:]
        for p in participants {
            var kind: ActorKind?
            if let raw = p.kind {
                guard let known = ActorKind(rawValue: raw) else { throw corrupt("an unknown actor kind") }
                kind = known
            }
            let ref = ActorRef(code: p.code, sector: p.sector, kind: kind, name: p.name, text: p.text, backer: p.backer)
            let key = Key(documentID: p.documentID, ordinal: p.eventOrdinal)
            if p.role == recipientRole { sides[key, default: ([], [])].recipient.append(ref) }
            else { sides[key, default: ([], [])].actor.append(ref) }
        }
        return try rows.map { stored in
            let row = stored.event
            guard let type = EventType(rawValue: row.type) else { throw corrupt("an unknown type") }
            var precision: DatePrecision?
            if let raw = row.datePrecision {
                guard let known = DatePrecision(rawValue: raw) else { throw corrupt("an unknown date precision") }
                precision = known
            }
            let side = sides[Key(documentID: row.documentID, ordinal: row.ordinal)]
            let event = Event(
                type: type, mode: row.mode,
                context: row.context.map { $0.components(separatedBy: separator) } ?? [],
                actor: side?.actor ?? [], recipient: side?.recipient ?? [], date: row.date.flatMap(Day.init),
                datePrecision: precision, dateText: row.dateText, negated: row.negated, hypothetical: row.hypothetical,
                future: row.future, speaker: row.speaker, trigger: row.trigger, sentence: row.sentence,
                span: ScalarSpan(row.spanStart, row.spanEnd), evidence: row.evidence)
            return StoredEvent(documentID: row.documentID, source: stored.source,
                               published: stored.published.flatMap(Day.init), index: row.ordinal, event: event,
                               title: stored.title, url: stored.url)
        }
    }
}
