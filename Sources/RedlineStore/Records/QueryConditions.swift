import RedlineCore

/// The WHERE conditions of a record query, written once for both SQL dialects: each condition is
/// SQL with `?` placeholders for its values, which each backend numbers or binds its own way.
struct QueryConditions: Sendable {
    enum Value: Sendable, Hashable {
        case text(String)
        case integer(Int)
    }

    private(set) var clauses: [String] = []
    private(set) var values: [Value] = []

    mutating func add(_ clause: String, _ values: Value...) {
        clauses.append(clause)
        self.values.append(contentsOf: values)
    }

    var whereClause: String { clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ") }

    /// The conditions of an event filter on `events e`.
    static func events(_ filter: EventFilter) -> QueryConditions {
        var c = QueryConditions()
        if let type = filter.type { c.add("e.type = ?", .text(type.rawValue)) }
        // On order_date, which the ordering index holds; "< '~'" leaves undated events out.
        if let since = filter.since { c.add("e.order_date >= ? AND e.order_date < '\(EventColumns.undated)'", .text(since.description)) }
        if let until = filter.until { c.add("e.order_date <= ?", .text(until.description)) }
        if filter.factualOnly { c.add("NOT e.negated AND NOT e.hypothetical AND NOT e.future") }
        if let mode = filter.mode { c.add("e.mode = ?", .text(mode)) }
        for (column, wanted) in [("negated", filter.negated), ("hypothetical", filter.hypothetical), ("future", filter.future)] {
            guard let wanted else { continue }
            c.add(wanted ? "e.\(column)" : "NOT e.\(column)")
        }
        if let source = filter.source {
            c.add("e.document_id IN (SELECT id FROM documents WHERE source LIKE ? ESCAPE '\\')", .text(likePattern(source)))
        }
        // The first actor condition leads (the events are found from its index) unless an indexed
        // condition on the events does; the others are checked per event by the primary key,
        // which costs far less than building a second list of every event of a common actor.
        var led = filter.type != nil || filter.mode != nil || filter.since != nil || filter.until != nil
        for (role, code) in [("actor", filter.actor), ("recipient", filter.recipient)] {
            guard let code else { continue }
            if led {
                c.add("""
                    EXISTS (SELECT 1 FROM event_actors x WHERE x.document_id = e.document_id AND x.event_ordinal = e.ordinal
                            AND x.role = '\(role)' AND x.code = ?)
                    """, .text(code))
            } else {
                c.add("""
                    (e.document_id, e.ordinal) IN
                    (SELECT document_id, event_ordinal FROM event_actors WHERE code = ? AND role = '\(role)')
                    """, .text(code))
                led = true
            }
        }
        return c
    }

    /// A LIKE pattern matching `text` anywhere, with `%`, `_` and the escape character `\` escaped.
    static func likePattern(_ text: String) -> String {
        var pattern = "%"
        for scalar in text.unicodeScalars {
            if scalar == "%" || scalar == "_" || scalar == "\\" { pattern.unicodeScalars.append("\\") }
            pattern.unicodeScalars.append(scalar)
        }
        return pattern + "%"
    }

    /// The conditions of a red-line filter on `red_lines r`.
    static func redLines(_ filter: RedLineFilter) -> QueryConditions {
        var c = QueryConditions()
        if let declarer = filter.declarer { c.add("r.declarer = ?", .text(declarer)) }
        if let since = filter.since { c.add("r.date >= ?", .text(since.description)) }
        if let until = filter.until { c.add("r.date <= ?", .text(until.description)) }
        return c
    }

    /// The conditions of a tracked-line filter on `tracked_lines t`.
    static func lines(_ filter: LineFilter) -> QueryConditions {
        var c = QueryConditions()
        if let declarer = filter.declarer { c.add("t.declarer = ?", .text(declarer)) }
        if let status = filter.status { c.add("t.status = ?", .text(status.rawValue)) }
        if let since = filter.since { c.add("t.first_declared >= ?", .text(since.description)) }
        return c
    }
}
