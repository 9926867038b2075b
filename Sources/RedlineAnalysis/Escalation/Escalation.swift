import RedlineCore

/// Where relations between actors stand, week by week: per directed dyad (actor code → recipient
/// code) and ISO week, the highest MID hostility level of its events and the sum of their PLOVER
/// scores.
///
/// Levels: 1 no militarized act, 2 threat to use force (THREATEN), 3 display of force (MOBILIZE;
/// COERCE counts 3 as `EventType.hostility` has it), 4 use of force (ASSAULT), 5 war. A week is at
/// war when an ASSAULT in it says war or invasion ("invaded", "full-scale war"), or when it belongs
/// to a run of at least `warSustainedWeeks` consecutive weeks with ASSAULT in the dyad (the whole
/// run counts, from its first week). Only factual events count (not negated, hypothetical or
/// future), dated (their own date, else their document's), and not after `today`. An event with
/// several actors or recipients counts for each pair of different codes. An act reported by several
/// documents (same dyad, day, type and mode) counts once, so wider coverage does not read as
/// escalation; distinct acts of one type on one day in different documents are merged by the same
/// rule.
///
/// ```swift
/// let escalation = Escalation(documents: records, configuration: configuration)
/// let weeks = escalation.series(Dyad("RUS", "UKR"))
/// let now = escalation.standing(Dyad("RUS", "UKR"))
/// ```
public struct Escalation: Sendable {
    /// One week of one dyad.
    public struct Week: Sendable, Hashable {
        public var week: ISOWeek
        /// The MID hostility level, 1...5.
        public var level: Int
        /// The sum of the events' PLOVER scores (negative is conflictual).
        public var score: Double
        public var events: Int
        /// Whether any event was an ASSAULT.
        public var assault: Bool
    }

    /// Weeks with events, per dyad, in week order.
    public private(set) var dyads: [Dyad: [Week]]
    public let today: Day
    public let trendWeeks: Int

    public init(documents: [DocumentRecords], configuration: TrackerConfiguration) {
        today = configuration.today
        trendWeeks = configuration.trendWeeks
        // Codes and modes as small integers, so the tallies hash integers rather than strings.
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
        struct Cell: Hashable {
            var actor: Int32, recipient: Int32, monday: Int32
        }
        // The same act reported by several documents counts once: it belongs to the first document,
        // in id order, that reports it. Documents are taken in id order, one copy per id.
        let ordered = documents.enumerated().sorted { ($0.element.id, $0.offset) < ($1.element.id, $1.offset) }.map(\.element)
        var owner: [Act: Int] = [:]
        var cells: [Cell: Week] = [:]
        let todayOrdinal = configuration.today.ordinal
        var previousID: String?
        var actors: [Int32] = [], recipients: [Int32] = []
        for (rank, document) in ordered.enumerated() {
            if document.id == previousID { continue }
            previousID = document.id
            for event in document.events where !event.negated && !event.hypothetical && !event.future {
                guard let day = event.date ?? document.published else { continue }
                let ordinal = day.ordinal
                guard ordinal <= todayOrdinal else { continue }
                let monday = Int32(ordinal - (day.weekday - 1))
                let level = HostilityLevel.of(event)
                let mode = event.mode.map(number) ?? -1
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
                        let key = Cell(actor: actor, recipient: recipient, monday: monday)
                        var cell = cells[key] ?? Week(week: ISOWeek(Day(ordinal: Int(monday))), level: 1, score: 0, events: 0, assault: false)
                        cell.level = max(cell.level, level)
                        cell.score += event.score
                        cell.events += 1
                        cell.assault = cell.assault || event.type == .assault
                        cells[key] = cell
                    }
                }
            }
        }
        var grouped: [Dyad: [Week]] = [:]
        for (key, week) in cells {
            grouped[Dyad(names[Int(key.actor)], names[Int(key.recipient)]), default: []].append(week)
        }
        var dyads: [Dyad: [Week]] = [:]
        for (dyad, weeks) in grouped {
            var series = weeks.sorted { $0.week < $1.week }
            Escalation.markWars(&series, sustained: configuration.warSustainedWeeks)
            dyads[dyad] = series
        }
        self.dyads = dyads
    }

    /// Raises every week of a run of at least `sustained` consecutive ASSAULT weeks to war.
    private static func markWars(_ series: inout [Week], sustained: Int) {
        guard sustained > 0 else { return }
        var start = 0
        while start < series.count {
            guard series[start].assault else {
                start += 1
                continue
            }
            var end = start
            while end + 1 < series.count, series[end + 1].assault,
                  series[end].week.weeks(to: series[end + 1].week) == 1 {
                end += 1
            }
            if end - start + 1 >= sustained {
                for i in start...end { series[i].level = 5 }
            }
            start = end + 1
        }
    }

    /// The dyads seen, sorted.
    public var allDyads: [Dyad] { dyads.keys.sorted() }

    /// Every week of a dyad from `from` through `through` (default: its first week through the week
    /// of `today`), weeks without events at level 1 with score 0.
    public func series(_ dyad: Dyad, from: ISOWeek? = nil, through: ISOWeek? = nil) -> [Week] {
        let weeks = dyads[dyad] ?? []
        guard let start = from ?? weeks.first?.week else { return [] }
        let end = through ?? ISOWeek(today)
        guard start <= end else { return [] }
        var byWeek: [ISOWeek: Week] = [:]
        for week in weeks { byWeek[week.week] = week }
        return (0...start.weeks(to: end)).map { offset in
            let week = start.adding(weeks: offset)
            return byWeek[week] ?? Week(week: week, level: 1, score: 0, events: 0, assault: false)
        }
    }
}
