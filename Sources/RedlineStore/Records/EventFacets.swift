import RedlineCore

/// What the events a filter matches hold, counted for an explorer: the commonest values of each
/// facet and the events per day. Each facet is counted with every condition of the filter but its
/// own, so it lists the alternatives to the value chosen; the days are counted without the date
/// range, so a histogram shows where the range lies.
public struct EventFacets: Hashable, Sendable, Codable {
    /// A facet value and how many events have it.
    public struct Count: Hashable, Sendable, Codable {
        public var value: String
        public var count: Int

        public init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }

    /// A day and how many events happened on it.
    public struct DayCount: Hashable, Sendable, Codable {
        public var day: Day
        public var count: Int

        public init(day: Day, count: Int) {
            self.day = day
            self.count = count
        }
    }

    /// Events the whole filter matches.
    public var total: Int
    public var actors: [Count] = []
    public var recipients: [Count] = []
    public var types: [Count] = []
    public var modes: [Count] = []
    public var sources: [Count] = []
    /// "factual", "negated", "hypothetical", "future": events with each flag (factual: none).
    public var flags: [Count] = []
    /// Dated events by day, oldest first.
    public var days: [DayCount] = []
    /// Undated events (left out of `days`).
    public var undated: Int = 0

    public init(total: Int) {
        self.total = total
    }

    /// How many values each facet lists at most.
    public static let listed = 12
}

extension QueryConditions {
    /// The facet queries of `filter` on `events e`, each with the conditions it needs; every
    /// query selects a value and a count, but "flagRow", which selects the four flag counts.
    static func facetQueries(_ filter: EventFilter) -> [(facet: String, sql: String, conditions: QueryConditions)] {
        func without(_ change: (inout EventFilter) -> Void) -> QueryConditions {
            var f = filter
            change(&f)
            return events(f)
        }
        func and(_ c: QueryConditions) -> String { c.clauses.isEmpty ? "" : " AND " + c.clauses.joined(separator: " AND ") }
        let n = EventFacets.listed
        var queries: [(String, String, QueryConditions)] = []
        for (facet, role) in [("actors", "actor"), ("recipients", "recipient")] {
            let c = without { if role == "actor" { $0.actor = nil } else { $0.recipient = nil } }
            // Events first (CROSS JOIN keeps SQLite to that order; PostgreSQL reads it as a plain
            // join): the filter narrows them by its indexes, and each one's actors are found by
            // the primary key, instead of every actor row being joined to its event.
            queries.append((facet, """
                SELECT a.code, count(DISTINCT e.id) FROM events e CROSS JOIN event_actors a
                WHERE a.document_id = e.document_id AND a.event_ordinal = e.ordinal AND a.role = '\(role)' AND a.code IS NOT NULL\(and(c))
                GROUP BY a.code ORDER BY count(DISTINCT e.id) DESC, a.code LIMIT \(n)
                """, c))
        }
        let types = without { $0.type = nil }
        queries.append(("types", "SELECT e.type, count(*) FROM events e \(types.whereClause) GROUP BY e.type ORDER BY count(*) DESC, e.type", types))
        let modes = without { $0.mode = nil }
        queries.append(("modes", """
            SELECT e.mode, count(*) FROM events e WHERE e.mode IS NOT NULL\(and(modes))
            GROUP BY e.mode ORDER BY count(*) DESC, e.mode LIMIT \(n)
            """, modes))
        let sources = without { $0.source = nil }
        queries.append(("sources", """
            SELECT d.source, count(*) FROM events e JOIN documents d ON d.id = e.document_id \(sources.whereClause)
            GROUP BY d.source ORDER BY count(*) DESC, d.source LIMIT \(n)
            """, sources))
        let flags = without { $0.negated = nil; $0.hypothetical = nil; $0.future = nil; $0.factualOnly = false }
        // One pass for the four flags, each a row (value, count).
        let counts = ["factual": "NOT e.negated AND NOT e.hypothetical AND NOT e.future", "negated": "e.negated",
                      "hypothetical": "e.hypothetical", "future": "e.future"]
        let columns = ["factual", "negated", "hypothetical", "future"].map { "count(*) FILTER (WHERE \(counts[$0]!))" }
        queries.append(("flagRow", "SELECT \(columns.joined(separator: ", ")) FROM events e \(flags.whereClause)", flags))
        let days = without { $0.since = nil; $0.until = nil }
        queries.append(("days", "SELECT e.order_date, count(*) FROM events e \(days.whereClause) GROUP BY e.order_date ORDER BY e.order_date", days))
        return queries
    }
}

extension EventFacets {
    /// The flag counts, from the one row of the "flagRow" query (factual, negated, hypothetical, future).
    mutating func addFlags(_ counts: [Int]) {
        flags = zip(["factual", "negated", "hypothetical", "future"], counts).map { Count(value: $0, count: $1) }
    }

    /// Adds one facet query's rows.
    mutating func add(_ facet: String, _ rows: [(String?, Int)]) {
        let counts = rows.compactMap { value, count in value.map { Count(value: $0, count: count) } }
        switch facet {
        case "actors": actors = counts
        case "recipients": recipients = counts
        case "types": types = counts
        case "modes": modes = counts
        case "sources": sources = counts
        case "flags": flags += counts
        case "days":
            for count in counts {
                if let day = Day(count.value) { days.append(DayCount(day: day, count: count.count)) } else { undated += count.count }
            }
        default: break
        }
    }
}
