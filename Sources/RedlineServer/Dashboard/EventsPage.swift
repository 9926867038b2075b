import RedlineCore
import RedlineExport
import RedlineStore

/// The events explorer: facets down the side (each a link that narrows the list, the chosen value
/// a link that widens it again), a weekly histogram whose bars narrow the list to their week, the
/// events on screen with their sentence in context, and downloads of exactly that page.
enum EventsPage {
    static let pageSize = 50

    struct Model {
        var query: EventQuery
        var page: PageRequest
        var facets: EventFacets
        var records: [EventRecord]
        var names: ActorNames
    }

    static func render(_ m: Model) -> String {
        let f = m.query.filter
        let base = m.query.queryString
        var body = "<h1>Events</h1>"
        let shownFrom = m.records.isEmpty ? 0 : m.page.offset + 1
        let pageQuery = join(base, "limit=\(m.page.limit)&offset=\(m.page.offset)")
        body += "<p class=\"muted\" id=\"events-summary\">\(m.facets.total) event\(m.facets.total == 1 ? "" : "s") match · showing \(shownFrom)–\(m.page.offset + m.records.count)"
        body += " · download these: <a id=\"download-csv\" href=\"/api/events.csv?\(pageQuery)\" download=\"events.csv\">CSV</a>"
        body += " (<a href=\"/api/events.csv?\(join(pageQuery, "bom=true"))\" download=\"events.csv\">for Excel</a>)"
        body += " · <a id=\"download-json\" href=\"/api/events.json?\(pageQuery)\" download=\"events.json\">JSON</a>"
        if !base.isEmpty { body += " · <a href=\"/events\">clear all filters</a>" }
        body += "</p>"
        body += "<div class=\"explorer\"><aside class=\"facets\" aria-label=\"Filters\">"
        body += rangeForm(m.query)
        body += facet("Actor", key: "actor", counts: m.facets.actors, chosen: f.actor, query: base, label: { "\(m.names.display($0)) <small>\(e($0))</small>" })
        body += facet("Recipient", key: "recipient", counts: m.facets.recipients, chosen: f.recipient, query: base,
                      label: { "\(m.names.display($0)) <small>\(e($0))</small>" })
        body += facet("Type", key: "type", counts: m.facets.types, chosen: f.type?.rawValue, query: base, label: { e($0) })
        body += facet("Mode", key: "mode", counts: m.facets.modes, chosen: f.mode, query: base, label: { e($0) })
        body += flags(m.facets.flags, filter: f, query: base)
        body += facet("Source", key: "source", counts: m.facets.sources, chosen: f.source, query: base, label: { e(clip($0, 48)) })
        body += "</aside><section class=\"event-list\">"
        body += histogram(m.facets, filter: f, query: base)
        if m.records.isEmpty {
            body += "<p class=\"notice\">No events match. Remove a filter on the left, or <a href=\"/events\">clear them all</a>.</p>"
        } else {
            body += "<div class=\"table-wrap\"><table class=\"events\"><thead><tr><th>Date</th><th>Actor</th><th>Event</th><th>Recipient</th><th>Sentence</th></tr></thead><tbody>"
            for r in m.records { body += row(r, names: m.names) }
            body += "</tbody></table></div>"
        }
        body += Layout.pager("/events", total: m.facets.total, page: m.page, query: base)
        body += "</section></div>"
        return Layout.page(title: "Events", active: "Events", body: body)
    }

    static func join(_ a: String, _ b: String) -> String { a.isEmpty ? b : b.isEmpty ? a : a + "&" + b }

    /// The query string with `key` set to `value` (nil: removed).
    static func with(_ query: String, _ key: String, _ value: String?) -> String {
        var parts = query.split(separator: "&").map(String.init).filter { !$0.hasPrefix(key + "=") }
        if let value { parts.append("\(key)=\(u(value))") }
        return parts.joined(separator: "&")
    }

    static func rangeForm(_ q: EventQuery) -> String {
        let f = q.filter
        var out = "<form class=\"range\" method=\"get\" action=\"/events\">"
        for (key, value) in [("actor", f.actor), ("recipient", f.recipient), ("type", f.type?.rawValue), ("mode", f.mode)] {
            if let value { out += "<input type=\"hidden\" name=\"\(key)\" value=\"\(e(value))\">" }
        }
        if f.factualOnly { out += "<input type=\"hidden\" name=\"factual\" value=\"true\">" }
        for (key, value) in [("negated", f.negated), ("hypothetical", f.hypothetical), ("future", f.future)] {
            if let value { out += "<input type=\"hidden\" name=\"\(key)\" value=\"\(value)\">" }
        }
        out += "<label>From<input type=\"date\" name=\"since\" value=\"\(e(f.since?.description ?? ""))\"></label>"
        out += "<label>To<input type=\"date\" name=\"until\" value=\"\(e(f.until?.description ?? ""))\"></label>"
        out += "<label>Source contains<input type=\"text\" name=\"source\" value=\"\(e(f.source ?? ""))\" maxlength=\"200\"></label>"
        return out + "<button type=\"submit\">Apply</button></form>"
    }

    static func facet(_ title: String, key: String, counts: [EventFacets.Count], chosen: String?, query: String,
                      label: (String) -> String) -> String {
        var out = "<nav class=\"facet\" data-facet=\"\(key)\" aria-label=\"\(title)\"><h3>\(title)</h3><ul>"
        if let chosen {
            out += "<li class=\"chosen\"><a href=\"/events?\(with(query, key, nil))\" aria-label=\"remove \(e(title)) filter \(e(chosen))\">✕ \(label(chosen))</a></li>"
        }
        for c in counts where c.value != chosen {
            out += "<li><a href=\"/events?\(with(query, key, c.value))\">\(label(c.value))</a> <span class=\"count\">\(c.count)</span></li>"
        }
        if counts.isEmpty && chosen == nil { out += "<li class=\"muted\">none</li>" }
        return out + "</ul></nav>"
    }

    static func flags(_ counts: [EventFacets.Count], filter f: EventFilter, query: String) -> String {
        var out = "<nav class=\"facet\" data-facet=\"fact\" aria-label=\"Fact or not\"><h3>Fact or not</h3><ul>"
        let base = ["factual", "negated", "hypothetical", "future"].reduce(query) { with($0, $1, nil) }
        let chosen: String? = f.factualOnly ? "factual" : f.negated == true ? "negated" : f.hypothetical == true ? "hypothetical"
            : f.future == true ? "future" : nil
        let labels = ["factual": "factual", "negated": "negated (“did not”)", "hypothetical": "hypothetical (“if”)", "future": "future (“will”)"]
        for c in counts {
            if c.value == chosen {
                out += "<li class=\"chosen\"><a href=\"/events?\(base)\">✕ \(e(labels[c.value] ?? c.value))</a></li>"
            } else {
                out += "<li><a href=\"/events?\(with(base, c.value, "true"))\">\(e(labels[c.value] ?? c.value))</a> <span class=\"count\">\(c.count)</span></li>"
            }
        }
        return out + "</ul></nav>"
    }

    /// Bars of the matching events per week (per month when they span more than three years, so
    /// bars stay wide enough to click), over every date so the chosen range shows among them;
    /// each bar links to the list narrowed to its week or month.
    static func histogram(_ facets: EventFacets, filter f: EventFilter, query: String) -> String {
        guard let first = facets.days.first?.day, let last = facets.days.last?.day else { return "" }
        let monthly = last.ordinal - first.ordinal > 3 * 366
        func start(_ day: Day) -> Day { monthly ? Day(year: day.year, month: day.month, day: 1)! : day.startOfWeek }
        func end(_ start: Day) -> Day { monthly ? start.adding(months: 1).adding(days: -1) : start.adding(days: 6) }
        var counts: [Day: Int] = [:]
        for d in facets.days { counts[start(d.day), default: 0] += d.count }
        var buckets: [Day] = []
        var bucket = start(first)
        while bucket <= last, buckets.count < 5_000 {
            buckets.append(bucket)
            bucket = end(bucket).adding(days: 1)
        }
        let peak = max(1, buckets.map { counts[$0] ?? 0 }.max() ?? 1)
        let width = 720.0, height = 120.0, bottom = 18.0, top = 16.0
        let step = width / Double(buckets.count)
        let unit = monthly ? "month" : "week"
        var out = "<figure class=\"histogram-wrap\"><figcaption class=\"muted\">Events per \(unit)\(facets.undated > 0 ? " (\(facets.undated) undated not shown)" : "") — hover for the count, click a bar to list its \(unit)</figcaption>"
        out += "<svg class=\"chart histogram\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Events per \(unit) from \(first) to \(last)\">"
        let base = with(with(query, "since", nil), "until", nil)
        for (i, b) in buckets.enumerated() {
            let count = counts[b] ?? 0
            let through = end(b)
            let h = count == 0 ? 0 : max(2, Double(count) / Double(peak) * (height - bottom - top))
            let selected = (f.since.map { $0 <= through } ?? false) && (f.until.map { $0 >= b } ?? false)
            let x = Double(i) * step
            let label = monthly ? String(b.description.prefix(7)) : "week of \(b)"
            out += "<a class=\"bar\(selected ? " selected" : "")\" href=\"/events?\(join(base, "since=\(b)&until=\(through)"))\" data-since=\"\(b)\" data-until=\"\(through)\" data-count=\"\(count)\" aria-label=\"\(label): \(count) events\">"
            // A transparent full-height hit area makes thin or empty bars clickable.
            out += "<rect class=\"hit\" x=\"\(EscalationChart.fmt(x))\" y=\"0\" width=\"\(EscalationChart.fmt(max(1, step)))\" height=\"\(Int(height - bottom))\"/>"
            out += "<rect class=\"val\" x=\"\(EscalationChart.fmt(x + step * 0.1))\" y=\"\(EscalationChart.fmt(height - bottom - h))\" width=\"\(EscalationChart.fmt(max(1, step * 0.8)))\" height=\"\(EscalationChart.fmt(h))\"/>"
            out += "<title>\(label.prefix(1).uppercased() + label.dropFirst()): \(count) event\(count == 1 ? "" : "s")</title></a>"
        }
        out += "<text x=\"0\" y=\"\(Int(height - 4))\">\(first)</text><text x=\"\(Int(width))\" y=\"\(Int(height - 4))\" text-anchor=\"end\">\(last)</text>"
        out += "<text x=\"\(Int(width))\" y=\"11\" text-anchor=\"end\">highest: \(peak) per \(unit)</text>"
        return out + "</svg></figure>"
    }

    static func row(_ r: EventRecord, names: ActorNames) -> String {
        func who(_ refs: [ActorRef]) -> String {
            refs.isEmpty ? "—" : refs.map { "\(e(names.display($0))) <small>\(e($0.code ?? ""))</small>" }.joined(separator: ", ")
        }
        var flags: [String] = []
        if r.negated { flags.append("negated") }
        if r.hypothetical { flags.append("hypothetical") }
        if r.future { flags.append("future") }
        let flagText = flags.isEmpty ? "" : " <span class=\"flag\">\(flags.joined(separator: ", "))</span>"
        return """
        <tr data-id="\(e(r.id))" data-type="\(r.type.rawValue)" data-date="\(r.date?.description ?? "")"><td class="nowrap">\(Layout.day(r.date))</td><td>\(who(r.actor))</td>\
        <td><strong>\(e(r.type.rawValue))</strong>\(r.mode.map { " <small>\(e($0))</small>" } ?? "")\(flagText)</td><td>\(who(r.recipient))</td>\
        <td>\(e(clip(r.evidence, 220))) <a href="/documents/\(u(r.document))#at-\(r.span.start)">in context</a></td></tr>
        """
    }

    static func clip(_ text: String, _ limit: Int) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }
}
