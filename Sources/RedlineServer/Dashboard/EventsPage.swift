import RedlineCore
import RedlineExport
import RedlineStore

/// The events explorer: facets down the side (each value a button that narrows the list, the
/// chosen value a button that widens it again), a weekly histogram whose bars narrow the list to their week, the
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
        let actor: (String) -> String = { "\(e(m.names.display($0))) <small>\(e($0))</small>" }
        body += facet("Actor", key: "actor", counts: m.facets.actors, chosen: f.actor, query: m.query, label: actor)
        body += facet("Recipient", key: "recipient", counts: m.facets.recipients, chosen: f.recipient, query: m.query, label: actor)
        body += facet("Type", key: "type", counts: m.facets.types, chosen: f.type?.rawValue, query: m.query, label: { e($0) })
        body += facet("Mode", key: "mode", counts: m.facets.modes, chosen: f.mode, query: m.query, label: { e($0) })
        body += flags(m.facets.flags, query: m.query)
        body += facet("Source", key: "source", counts: m.facets.sources, chosen: f.source, query: m.query, label: { e(clip($0, 48)) })
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

    /// A facet as a form of its own: the other filters ride along as hidden fields, each value
    /// is a submit button that narrows the list to it (a real control: Tab reaches it, Enter or
    /// Space presses it, no script needed), and the chosen value a button that drops it.
    static func facet(_ title: String, key: String, counts: [EventFacets.Count], chosen: String?, query: EventQuery,
                      label: (String) -> String) -> String {
        var out = facetForm(key, title: title, keeping: query.pairs.filter { $0.key != key })
        if let chosen {
            out += "<li class=\"chosen\"><button type=\"submit\" class=\"facet-value\" aria-pressed=\"true\" aria-label=\"\(e(title)): \(e(chosen)), chosen; press to remove\">✕ \(label(chosen))</button></li>"
        }
        for c in counts where c.value != chosen {
            out += "<li><button type=\"submit\" class=\"facet-value\" name=\"\(key)\" value=\"\(e(c.value))\">\(label(c.value))</button> <span class=\"count\">\(c.count)</span></li>"
        }
        if counts.isEmpty && chosen == nil { out += "<li class=\"muted\">none</li>" }
        return out + "</ul></fieldset></form>"
    }

    /// The opening of a facet's form, with `keeping` as hidden fields.
    static func facetForm(_ key: String, title: String, keeping: [(key: String, value: String)]) -> String {
        var out = "<form class=\"facet\" data-facet=\"\(key)\" method=\"get\" action=\"/events\"><fieldset><legend>\(title)</legend>"
        for (name, value) in keeping { out += "<input type=\"hidden\" name=\"\(name)\" value=\"\(e(value))\">" }
        return out + "<ul>"
    }

    static func flags(_ counts: [EventFacets.Count], query: EventQuery) -> String {
        let f = query.filter
        let names: Set = ["factual", "negated", "hypothetical", "future"]
        var out = facetForm("fact", title: "Fact or not", keeping: query.pairs.filter { !names.contains($0.key) })
        let chosen: String? = f.factualOnly ? "factual" : f.negated == true ? "negated" : f.hypothetical == true ? "hypothetical"
            : f.future == true ? "future" : nil
        let labels = ["factual": "factual", "negated": "negated (“did not”)", "hypothetical": "hypothetical (“if”)", "future": "future (“will”)"]
        for c in counts {
            let label = e(labels[c.value] ?? c.value)
            if c.value == chosen {
                out += "<li class=\"chosen\"><button type=\"submit\" class=\"facet-value\" aria-pressed=\"true\" aria-label=\"\(label), chosen; press to remove\">✕ \(label)</button></li>"
            } else {
                out += "<li><button type=\"submit\" class=\"facet-value\" name=\"\(e(c.value))\" value=\"true\">\(label)</button> <span class=\"count\">\(c.count)</span></li>"
            }
        }
        return out + "</ul></fieldset></form>"
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
        // A group, not an image: its bars are links a keyboard reaches (one Tab stop; the arrow
        // keys move between bars, Enter or Space opens one; see app.js).
        out += "<svg class=\"chart histogram\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"group\" aria-label=\"Events per \(unit) from \(first) to \(last); arrow keys move between bars\">"
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
        return out + "</svg><p class=\"chart-readout muted\" aria-live=\"polite\"></p></figure>"
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
