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

    /// The columns of `events e JOIN documents d` that `Row` holds, in its order.
    static let select = """
        e.document_id, e.ordinal, e.type, e.mode, e.context, e.date, e.date_precision, e.date_text, e.negated,
        e.hypothetical, e.future, e.speaker, e.trigger, e.sentence, e.span_start, e.span_end, e.evidence,
        d.source, d.published
        """

    /// The columns of `event_actors a` that `Participant` holds, in its order.
    static let participantColumns = "a.document_id, a.event_ordinal, a.role, a.code, a.sector, a.kind, a.name, a.text"

    /// One row of the events query.
    struct Row: Sendable {
        var documentID: String
        var ordinal: Int
        var type: String
        var mode: String?
        var context: String?
        var date: String?
        var datePrecision: String?
        var dateText: String?
        var negated: Bool
        var hypothetical: Bool
        var future: Bool
        var speaker: String?
        var trigger: String?
        var sentence: Int
        var spanStart: Int
        var spanEnd: Int
        var evidence: String
        var source: String
        var published: String?
    }

    /// One row of the actors query, which comes ordered by event, role and position.
    struct Participant: Sendable {
        var documentID: String
        var eventOrdinal: Int
        var role: String
        var code: String?
        var sector: String?
        var kind: String?
        var name: String?
        var text: String?
    }

    private struct Key: Hashable {
        var documentID: String
        var ordinal: Int
    }

    /// The stored events the two queries' rows describe, in the order of `rows`.
    static func assemble(_ rows: [Row], _ participants: [Participant], store: String) throws -> [StoredEvent] {
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
            let ref = ActorRef(code: p.code, sector: p.sector, kind: kind, name: p.name, text: p.text)
            let key = Key(documentID: p.documentID, ordinal: p.eventOrdinal)
            if p.role == recipientRole { sides[key, default: ([], [])].recipient.append(ref) }
            else { sides[key, default: ([], [])].actor.append(ref) }
        }
        return try rows.map { row in
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
            return StoredEvent(documentID: row.documentID, source: row.source, published: row.published.flatMap(Day.init),
                               index: row.ordinal, event: event)
        }
    }
}
