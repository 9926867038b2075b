import RedlineCore
import RedlineExport

/// Every line on one time axis: declared (◆), reaffirmed (•), crossed (✕), responded (■), and the
/// response window shaded while it is still open; filterable by text, status, declarer and
/// addressee, and sortable.
enum TimelinePage {
    struct Query {
        var text: String?
        var status: LineStatus?
        var declarer: String?
        var addressee: String?
        var sort: Sort

        enum Sort: String, CaseIterable { case newest, oldest, activity, status, declarer }
    }

    static func filter(_ lines: [TrackedLine], _ q: Query, names: ActorNames) -> [TrackedLine] {
        let needle = q.text?.lowercased()
        let kept = lines.filter { line in
            if let status = q.status, line.status != status { return false }
            if let declarer = q.declarer, line.declarer.code != declarer { return false }
            if let addressee = q.addressee, !line.trigger.actor.contains(where: { $0.code == addressee }) { return false }
            if let needle, !names.title(of: line).lowercased().contains(needle),
               !line.statements.contains(where: { $0.evidence.lowercased().contains(needle) }) { return false }
            return true
        }
        switch q.sort {
        case .newest: return LineRecord.newestFirst(kept)
        case .oldest: return LineRecord.newestFirst(kept).reversed()
        case .activity:
            return kept.sorted { (LineRecord.lastActivity($0) ?? Day(ordinal: 0), $0.id) > (LineRecord.lastActivity($1) ?? Day(ordinal: 0), $1.id) }
        case .status: return kept.sorted { ($0.status.rawValue, $0.id) < ($1.status.rawValue, $1.id) }
        case .declarer: return kept.sorted { (names.display($0.declarer.code), $0.id) < (names.display($1.declarer.code), $1.id) }
        }
    }

    static func render(_ snapshot: ReadSnapshot, query q: Query, windowDays: Int) -> String {
        let names = snapshot.names
        let lines = filter(snapshot.lines, q, names: names)
        var body = "<h1>Lines over time</h1>"
        body += "<form class=\"filters\" method=\"get\" action=\"/timeline\">"
        body += "<label>Text<input type=\"search\" name=\"q\" value=\"\(e(q.text ?? ""))\" maxlength=\"200\"></label>"
        body += "<label>Status<select name=\"status\"><option value=\"\">any</option>"
        for s in LineStatus.allCases { body += "<option value=\"\(s.rawValue)\"\(q.status == s ? " selected" : "")>\(s.rawValue)</option>" }
        body += "</select></label><label>Declarer<select name=\"declarer\"><option value=\"\">any</option>"
        for code in snapshot.declarers { body += "<option value=\"\(e(code))\"\(q.declarer == code ? " selected" : "")>\(e(names.display(code))) (\(e(code)))</option>" }
        body += "</select></label><label>Addressee<select name=\"addressee\"><option value=\"\">any</option>"
        let addressees = Set(snapshot.lines.flatMap { $0.trigger.actor.compactMap(\.code) }).sorted { names.display($0) < names.display($1) }
        for code in addressees { body += "<option value=\"\(e(code))\"\(q.addressee == code ? " selected" : "")>\(e(names.display(code))) (\(e(code)))</option>" }
        body += "</select></label><label>Sort<select name=\"sort\">"
        let sortLabels: [Query.Sort: String] = [.newest: "newest declared", .oldest: "oldest declared", .activity: "latest activity",
                                                .status: "status", .declarer: "declarer"]
        for s in Query.Sort.allCases { body += "<option value=\"\(s.rawValue)\"\(q.sort == s ? " selected" : "")>\(sortLabels[s]!)</option>" }
        body += "</select></label><button type=\"submit\">Show</button> <a href=\"/timeline\">clear</a></form>"
        body += "<p class=\"legend\" aria-hidden=\"true\"><span>◆ declared</span><span>• reaffirmed</span><span>✕ crossed</span><span>■ response</span><span><span class=\"swatch open\"></span> response window still open (\(windowDays) days)</span></p>"
        body += "<p class=\"muted\">\(lines.count) line\(lines.count == 1 ? "" : "s")</p>"
        let dates = lines.flatMap { l in [l.firstDeclared].compactMap { $0 } + l.statements.compactMap(\.date) + l.crossings.compactMap(\.date) + l.responses.compactMap(\.date) }
        guard let first = dates.min(), !lines.isEmpty else {
            return Layout.page(title: "Lines over time", active: "Timeline", body: body + "<p class=\"notice\">No lines match.</p>")
        }
        let last = max(dates.max() ?? snapshot.today, snapshot.today)
        let span = Double(max(1, last.ordinal - first.ordinal))
        let width = 640.0
        func x(_ day: Day) -> Double { 6 + Double(day.ordinal - first.ordinal) / span * (width - 12) }
        func f(_ v: Double) -> String { EscalationChart.fmt(v) }
        body += "<div class=\"table-wrap\"><table class=\"timeline-table\"><thead><tr><th>Line</th><th>Status</th><th><span class=\"axis\"><span>\(first)</span><span>\(last)</span></span></th></tr></thead><tbody>"
        for line in lines {
            var svg = "<svg class=\"strip\" viewBox=\"0 0 \(Int(width)) 24\" role=\"img\" aria-label=\"\(e(summary(line)))\">"
            svg += "<line x1=\"0\" x2=\"\(Int(width))\" y1=\"12\" y2=\"12\" stroke=\"#eef0f3\"/>"
            if line.status == .crossed, let crossed = line.crossings.compactMap(\.date).min() {
                let closes = min(crossed.adding(days: windowDays), last)
                svg += "<rect class=\"open\" x=\"\(f(x(crossed)))\" y=\"3\" width=\"\(f(max(2, x(closes) - x(crossed))))\" height=\"18\"><title>Response window open until \(crossed.adding(days: windowDays))</title></rect>"
            }
            if let start = line.firstDeclared, let end = LineRecord.lastActivity(line), end > start {
                svg += "<line x1=\"\(f(x(start)))\" x2=\"\(f(x(end)))\" y1=\"12\" y2=\"12\" stroke=\"#9ca3af\" stroke-width=\"2\"/>"
            }
            for s in line.statements.dropFirst() { if let d = s.date { svg += "<circle cx=\"\(f(x(d)))\" cy=\"12\" r=\"3\" fill=\"#56b4e9\"><title>Reaffirmed \(d)</title></circle>" } }
            if let d = line.firstDeclared {
                let cx = x(d)
                svg += "<path d=\"M\(f(cx)) 5 L\(f(cx + 7)) 12 L\(f(cx)) 19 L\(f(cx - 7)) 12 Z\" fill=\"#0072b2\"><title>Declared \(d)</title></path>"
            }
            for c in line.crossings { if let d = c.date {
                let cx = x(d)
                svg += "<path d=\"M\(f(cx - 5)) 7 L\(f(cx + 5)) 17 M\(f(cx + 5)) 7 L\(f(cx - 5)) 17\" stroke=\"#e69f00\" stroke-width=\"3\"><title>Crossed \(d)</title></path>"
            } }
            for r in line.responses { if let d = r.date {
                svg += "<rect x=\"\(f(x(d) - 5))\" y=\"7\" width=\"10\" height=\"10\" fill=\"#d55e00\"><title>Response \(d): \(r.type.rawValue), level \(r.severity)</title></rect>"
            } }
            svg += "</svg>"
            body += "<tr><td><a href=\"/lines/\(u(line.id))\">\(e(OverviewPage.clip(names.title(of: line), 110)))</a></td><td>\(Layout.statusBadge(line.status, reviewed: line.statusSource == .review))</td><td class=\"strip-cell\">\(svg)</td></tr>"
        }
        body += "</tbody></table></div>"
        return Layout.page(title: "Lines over time", active: "Timeline", body: body)
    }

    static func summary(_ line: TrackedLine) -> String {
        var parts = ["declared \(line.firstDeclared?.description ?? "undated")"]
        if let c = line.crossings.compactMap(\.date).min() { parts.append("first crossed \(c)") }
        if let r = line.responses.compactMap(\.date).min() { parts.append("first response \(r)") }
        return parts.joined(separator: ", ") + "; status \(line.status.rawValue)"
    }
}
