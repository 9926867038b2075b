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
/// let escalation = Escalation(tallies: try await store.eventTallies(through: today), configuration: configuration)
/// // or, from records in memory:
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

    /// Escalation from the documents' events, counted in memory by the rules of `EventTally`.
    public init(documents: [DocumentRecords], configuration: TrackerConfiguration) {
        let sources = documents.map { (id: $0.id, published: $0.published, events: $0.events) }
        self.init(tallies: EventTally.count(sources, through: configuration.today), configuration: configuration)
    }

    /// Escalation from event tallies counted through `configuration.today` (a store's
    /// `eventTallies(through:)`, or `EventTally.count`): the same weeks as from the documents
    /// themselves, without reading every event. Tallies may come in any order and split any way.
    public init(tallies: [EventTally], configuration: TrackerConfiguration) {
        today = configuration.today
        trendWeeks = configuration.trendWeeks
        let lastMonday = configuration.today.startOfWeek
        var grouped: [Dyad: [Day: Week]] = [:]
        for tally in tallies where tally.week <= lastMonday && tally.events > 0 {
            // The level `HostilityLevel` gives each of the tally's events: war when an attack says so.
            let level = tally.type == .assault && Cues.saysWar(tally.evidence ?? "") ? 5 : tally.type.hostility
            let dyad = Dyad(tally.actor, tally.recipient)
            var week = grouped[dyad, default: [:]][tally.week]
                ?? Week(week: ISOWeek(tally.week), level: 1, score: 0, events: 0, assault: false)
            week.level = max(week.level, level)
            // Scores are multiples of 0.5, so these sums are exact in any order.
            week.score += Double(tally.events) * tally.type.score(mode: tally.mode)
            week.events += tally.events
            week.assault = week.assault || tally.type == .assault
            grouped[dyad, default: [:]][tally.week] = week
        }
        var dyads: [Dyad: [Week]] = [:]
        for (dyad, weeks) in grouped {
            var series = weeks.values.sorted { $0.week < $1.week }
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

    /// Every week of a dyad from `from` through `through` (default: its first week through its last
    /// week with events, so a dyad quiet since 1987 does not show empty weeks up to today), weeks
    /// without events at level 1 with score 0.
    public func series(_ dyad: Dyad, from: ISOWeek? = nil, through: ISOWeek? = nil) -> [Week] {
        let weeks = dyads[dyad] ?? []
        guard let start = from ?? weeks.first?.week else { return [] }
        let end = through ?? weeks.last?.week ?? ISOWeek(today)
        guard start <= end else { return [] }
        var byWeek: [ISOWeek: Week] = [:]
        for week in weeks { byWeek[week.week] = week }
        return (0...start.weeks(to: end)).map { offset in
            let week = start.adding(weeks: offset)
            return byWeek[week] ?? Week(week: week, level: 1, score: 0, events: 0, assault: false)
        }
    }
}
