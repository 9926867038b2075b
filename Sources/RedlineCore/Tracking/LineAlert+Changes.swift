extension LineAlert {
    /// The alerts that tell how `after` differs from `before` (the tracked lines before and after
    /// a relink), in the order of `after`. A new line gives one `line` alert (its own statements,
    /// crossings and responses are not repeated); a known line gives one alert per new statement,
    /// crossing and response, then one for a changed status.
    public static func changes(before: [TrackedLine], after: [TrackedLine]) -> [LineAlert] {
        let old = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var alerts: [LineAlert] = []
        for line in after {
            guard let previous = old[line.id] else {
                if let first = line.statements.first {
                    alerts.append(LineAlert(alert: .line, line: line, evidence: first.evidence, source: first.source,
                                            document: first.document, link: first.id, date: first.date))
                }
                continue
            }
            let statements = Set(previous.statements.map(\.id))
            for s in line.statements where !statements.contains(s.id) {
                alerts.append(LineAlert(alert: .statement, line: line, evidence: s.evidence, source: s.source,
                                        document: s.document, link: s.id, date: s.date))
            }
            let crossings = Set(previous.crossings.map(\.id))
            for c in line.crossings where !crossings.contains(c.id) {
                alerts.append(LineAlert(alert: .crossing, line: line, evidence: c.evidence, source: c.source,
                                        document: c.document, link: c.id, date: c.date))
            }
            let responses = Set(previous.responses.map(\.id))
            for r in line.responses where !responses.contains(r.id) {
                alerts.append(LineAlert(alert: .response, line: line, evidence: r.evidence, source: r.source,
                                        document: r.document, link: r.id, date: r.date))
            }
            if line.status != previous.status {
                // The latest act or statement is what the new status rests on.
                let (evidence, source, document, link, date) = Self.latestEvidence(line)
                alerts.append(LineAlert(alert: .status, line: line, previousStatus: previous.status, evidence: evidence,
                                        source: source, document: document, link: link, date: date))
            }
        }
        return alerts
    }

    /// A `window` alert for each line whose response window closes within `days` days of
    /// `today` (today included): crossed, by the machine's reading, with no response yet. The
    /// window runs `responseWindowDays` from the first dated crossing; the evidence is that crossing.
    public static func closingWindows(_ lines: [TrackedLine], today: Day, responseWindowDays window: Int, days: Int) -> [LineAlert] {
        guard days >= 0 else { return [] }
        var alerts: [LineAlert] = []
        for line in lines where line.status == .crossed && line.statusSource == .machine && line.responses.isEmpty {
            let dated = line.crossings.filter { $0.date != nil }
            guard let first = dated.min(by: { $0.date!.ordinal < $1.date!.ordinal }), let day = first.date else { continue }
            let closes = day.adding(days: window)
            let left = closes.ordinal - today.ordinal
            guard left >= 0, left <= days else { continue }
            alerts.append(LineAlert(alert: .window, line: line, evidence: first.evidence, source: first.source,
                                    document: first.document, link: first.id, date: first.date, windowCloses: closes))
        }
        return alerts
    }

    private static func latestEvidence(_ line: TrackedLine) -> (String, String, String, String?, Day?) {
        if let r = line.responses.last { return (r.evidence, r.source, r.document, r.id, r.date) }
        if let c = line.crossings.last { return (c.evidence, c.source, c.document, c.id, c.date) }
        if let s = line.statements.last { return (s.evidence, s.source, s.document, s.id, s.date) }
        return ("", "", "", nil, nil)
    }
}
