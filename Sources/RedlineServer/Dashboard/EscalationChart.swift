import RedlineAnalysis

/// A dyad's weekly MID hostility levels as an inline SVG bar chart: one bar per week, its
/// height and colour the level (1 no militarised act … 5 war).
enum EscalationChart {
    static func svg(_ series: DyadSeries) -> String {
        let width = 640.0, height = 150.0, left = 28.0, bottom = 22.0, top = 8.0
        let count = max(1, series.weeks.count)
        let step = (width - left - 4) / Double(count)
        let unit = (height - bottom - top) / 5
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"group\" aria-label=\"Weekly escalation \(e(series.actor)) to \(e(series.recipient)); arrow keys move between weeks\">"
        for level in 1...5 {
            let y = height - bottom - Double(level) * unit
            out += "<line x1=\"\(left)\" x2=\"\(width - 4)\" y1=\"\(fmt(y))\" y2=\"\(fmt(y))\" stroke=\"#eef0f3\"/>"
            out += "<text x=\"4\" y=\"\(fmt(y + 4))\">\(level)</text>"
        }
        for (i, week) in series.weeks.enumerated() {
            let level = max(1, min(5, week.level))
            let h = Double(level) * unit
            let x = left + Double(i) * step
            // Each week links to the dyad's events of that week.
            let href = "/events?actor=\(u(series.actor))&amp;recipient=\(u(series.recipient))&amp;since=\(week.monday)&amp;until=\(week.monday.adding(days: 6))"
            out += "<a class=\"week\" href=\"\(href)\" aria-label=\"\(e(week.week)): level \(level), \(week.events) events\">"
            out += "<rect class=\"hit\" x=\"\(fmt(x))\" y=\"\(fmt(top))\" width=\"\(fmt(max(1, step)))\" height=\"\(fmt(height - bottom - top))\" fill=\"transparent\"/>"
            out += "<rect class=\"lvl\(level)\" x=\"\(fmt(x + step * 0.1))\" y=\"\(fmt(height - bottom - h))\" width=\"\(fmt(max(1, step * 0.8)))\" height=\"\(fmt(h))\"/>"
            out += "<title>Week of \(week.monday) (\(e(week.week))): level \(level), \(week.events) event\(week.events == 1 ? "" : "s"), score \(fmt(week.score))</title></a>"
        }
        if let first = series.weeks.first, let last = series.weeks.last {
            out += "<text x=\"\(left)\" y=\"\(fmt(height - 6))\">\(e(first.week))</text>"
            out += "<text x=\"\(fmt(width - 4))\" y=\"\(fmt(height - 6))\" text-anchor=\"end\">\(e(last.week))</text>"
        }
        return out + "</svg><p class=\"chart-readout muted\" aria-live=\"polite\"></p>"
    }

    /// A credibility estimate as a bar from 0 to 1 with its interval and mean.
    static func credibility(_ c: Credibility) -> String {
        let width = 300.0
        func x(_ v: Double) -> String { fmt(10 + max(0, min(1, v)) * (width - 20)) }
        return """
        <svg class="chart cred-bar" viewBox="0 0 \(Int(width)) 44" role="img" aria-label="credibility \(fmt(c.mean)), interval \(fmt(c.lower)) to \(fmt(c.upper))">\
        <rect x="10" y="14" width="\(fmt(width - 20))" height="10" fill="#eef0f3"/>\
        <rect x="\(x(c.lower))" y="14" width="\(fmt(max(1, (c.upper - c.lower) * (width - 20))))" height="10" fill="#93c5fd"/>\
        <rect x="\(x(c.mean))" y="8" width="3" height="22" fill="#1e3a8a"/>\
        <text x="10" y="42">0</text><text x="\(fmt(width - 10))" y="42" text-anchor="end">1</text></svg>
        """
    }

    static func fmt(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
