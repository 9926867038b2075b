import RedlineCore
import RedlineExport

/// The actor list and one actor's page: credibility, its lines, and escalation charts.
enum ActorPages {
    static func list(_ overviews: [ActorRecord]) -> String {
        var body = "<h1>Actors</h1><p class=\"muted\">Declarers of red lines and how far their lines can be believed (enforced 1, partial ½, not enforced 0; recency-weighted, with a 90% interval).</p>"
        body += "<div class=\"table-wrap\"><table><thead><tr><th>Actor</th><th>Lines</th><th>Credibility</th><th>Interval</th><th>Cases</th><th>Statuses</th></tr></thead><tbody>"
        for a in overviews {
            let statuses = LineStatus.allCases.compactMap { status -> String? in
                guard let n = a.statuses[status.rawValue], n > 0 else { return nil }
                return "<span class=\"badge status-\(status.rawValue)\"><span class=\"icon\" aria-hidden=\"true\">\(Layout.statusIcon(status))</span> \(status.rawValue) \(n)</span>"
            }.joined(separator: " ")
            body += "<tr><td><a href=\"/actors/\(u(a.code))\">\(Layout.actor(a.code))</a></td><td>\(a.lines)</td><td>\(EscalationChart.fmt(a.credibility.mean))</td>"
            body += "<td>\(EscalationChart.fmt(a.credibility.lower))–\(EscalationChart.fmt(a.credibility.upper))</td><td>\(a.credibility.cases)</td><td>\(statuses)</td></tr>"
        }
        body += "</tbody></table></div>"
        if overviews.isEmpty { body += "<p class=\"notice\">No declarers yet.</p>" }
        return Layout.page(title: "Actors", active: "Actors", body: body)
    }

    static func detail(_ d: ActorDetail, from: Day? = nil, to: Day? = nil) -> String {
        let c = d.credibility
        var body = "<p><a href=\"/actors\">← all actors</a></p><h1>\(Layout.actor(d.code))</h1>"
        body += "<h2>Credibility</h2><div class=\"cred\"><span class=\"big\">\(EscalationChart.fmt(c.mean))</span>"
        body += "<span class=\"muted\">\(Int((c.level * 100).rounded()))% interval \(EscalationChart.fmt(c.lower))–\(EscalationChart.fmt(c.upper)) from \(c.cases) case\(c.cases == 1 ? "" : "s")</span></div>"
        body += EscalationChart.credibility(c)
        var titles: [String: String] = [:]
        for line in d.lines { titles[line.id] = Layout.names.title(of: line) }
        if !c.lines.isEmpty {
            body += "<div class=\"table-wrap\"><table><thead><tr><th>Line</th><th>Status</th><th>Date</th><th>Weight</th></tr></thead><tbody>"
            for k in c.lines {
                body += "<tr><td><a href=\"/lines/\(u(k.line))\">\(e(titles[k.line] ?? String(k.line.prefix(12))))</a></td><td>\(Layout.statusBadge(k.status))</td><td>\(Layout.day(k.date))</td><td>\(EscalationChart.fmt(k.weight))</td></tr>"
            }
            body += "</tbody></table></div>"
        }
        body += "<h2>Escalation</h2>"
        body += "<form class=\"filters\" method=\"get\" action=\"/actors/\(u(d.code))\"><label>From<input type=\"date\" name=\"from\" value=\"\(e(from?.description ?? ""))\"></label>"
        body += "<label>To<input type=\"date\" name=\"to\" value=\"\(e(to?.description ?? ""))\"></label><button type=\"submit\">Show weeks</button> <a href=\"/actors/\(u(d.code))\">latest 52 weeks</a></form>"
        body += "<p class=\"muted\">Hover a bar for the week's level and events; click it to list them.</p>"
        if d.escalation.isEmpty { body += "<p class=\"muted\">No events with other actors.</p>" }
        for s in d.escalation {
            body += "<h3>\(Layout.actor(s.actor)) → \(Layout.actor(s.recipient)) <span class=\"muted\">· level \(s.latestLevel) in \(e(s.latestWeek)) · \(e(s.direction))</span></h3>"
            body += EscalationChart.svg(s)
        }
        body += "<h2>Red lines drawn</h2>"
        body += d.lines.isEmpty ? "<p class=\"muted\">None.</p>" : "<div class=\"cards\">" + LineRecord.newestFirst(d.lines).map(OverviewPage.card).joined() + "</div>"
        return Layout.page(title: Layout.names.display(d.code), active: "Actors", body: body)
    }
}
