extension EventTally {
    /// The events of one document, as counting needs them.
    public typealias Source = (id: String, published: Day?, events: [Event])

    /// Counts the events of `documents` by the rules of ``EventTally``, leaving out events dated
    /// after `through` (nil: none). A document id given twice is read once (its first copy).
    /// The tallies come in no particular order.
    public static func count(_ documents: [Source], through: Day?) -> [EventTally] {
        count(documents, through: through, byDay: false)
    }

    /// Counts like ``count(_:through:)`` but by day rather than by ISO week: each tally's `week`
    /// holds the day its events happened. Every day is counted, so one set of day tallies answers
    /// any day counted through (``weekly(_:through:)``); stores keep these.
    public static func countByDay(_ documents: [Source]) -> [EventTally] {
        count(documents, through: nil, byDay: true)
    }

    /// The weekly tallies through `through` (nil: every day) of day tallies from ``countByDay(_:)``:
    /// the same as ``count(_:through:)`` of the same documents, since an act is owned per day.
    public static func weekly(_ daily: [EventTally], through: Day?) -> [EventTally] {
        var weeks: [EventTally: Int] = [:]
        for tally in daily where through.map({ tally.week <= $0 }) ?? true {
            var key = tally
            key.week = tally.week.startOfWeek
            key.events = 0
            weeks[key, default: 0] += tally.events
        }
        return weeks.map { key, events in
            var tally = key
            tally.events = events
            return tally
        }
    }

    private static func count(_ documents: [Source], through: Day?, byDay: Bool) -> [EventTally] {
        // Codes, modes and evidence as small integers, so the tallies hash integers rather than strings.
        var numbers: [String: Int32] = [:]
        var names: [String] = []
        func number(_ text: String) -> Int32 {
            if let n = numbers[text] { return n }
            numbers[text] = Int32(names.count)
            names.append(text)
            return Int32(names.count - 1)
        }
        struct Act: Hashable {
            var actor: Int32, recipient: Int32, day: Int32, mode: Int32
            var type: EventType
        }
        struct Key: Hashable {
            var actor: Int32, recipient: Int32, monday: Int32, mode: Int32, evidence: Int32
            var type: EventType
        }
        // Documents in id order, first copy of an id, so an act belongs to the first that reports it.
        let ordered = documents.enumerated().sorted { ($0.element.id, $0.offset) < ($1.element.id, $1.offset) }
            .map(\.element)
        let limit = through?.ordinal ?? Int.max
        var owner: [Act: Int] = [:]
        var counts: [Key: Int] = [:]
        var previousID: String?
        var actors: [Int32] = [], recipients: [Int32] = []
        for (rank, document) in ordered.enumerated() {
            if document.id == previousID { continue }
            previousID = document.id
            for event in document.events where !event.negated && !event.hypothetical && !event.future {
                guard let day = event.date ?? document.published else { continue }
                let ordinal = day.ordinal
                guard ordinal <= limit else { continue }
                let monday = Int32(byDay ? ordinal : ordinal - (day.weekday - 1))
                let mode = event.mode.map(number) ?? -1
                let evidence = event.type == .assault ? number(event.evidence) : -1
                actors.removeAll(keepingCapacity: true)
                recipients.removeAll(keepingCapacity: true)
                for actor in event.actor {
                    if let code = actor.code, case let n = number(code), !actors.contains(n) { actors.append(n) }
                }
                for recipient in event.recipient {
                    if let code = recipient.code, case let n = number(code), !recipients.contains(n) { recipients.append(n) }
                }
                for actor in actors {
                    for recipient in recipients where recipient != actor {
                        let act = Act(actor: actor, recipient: recipient, day: Int32(ordinal), mode: mode, type: event.type)
                        if let first = owner[act] {
                            if first != rank { continue }
                        } else {
                            owner[act] = rank
                        }
                        counts[Key(actor: actor, recipient: recipient, monday: monday, mode: mode, evidence: evidence,
                                   type: event.type), default: 0] += 1
                    }
                }
            }
        }
        func name(_ n: Int32) -> String? { n < 0 ? nil : names[Int(n)] }
        return counts.map { key, events in
            EventTally(actor: names[Int(key.actor)], recipient: names[Int(key.recipient)], week: Day(ordinal: Int(key.monday)),
                       type: key.type, mode: name(key.mode), evidence: name(key.evidence), events: events)
        }
    }
}
