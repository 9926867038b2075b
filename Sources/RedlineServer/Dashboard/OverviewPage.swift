import RedlineCore
import RedlineExport
import RedlineStore

/// The overview: every tracked line as a card coloured by its status, with filters and paging.
enum OverviewPage {
    static let pageSize = 60

    static func render(_ snapshot: ReadSnapshot, filter: LineFilter, offset: Int) -> String {
        let all = LineRecord.newestFirst(snapshot.lines(filter))
        let shown = offset < all.count ? Array(all[offset..<min(all.count, offset + pageSize)]) : []
        var counts: [LineStatus: Int] = [:]
        for line in snapshot.lines { counts[line.status, default: 0] += 1 }
        var body = "<h1>Red lines</h1>"
        body += "<p class=\"muted\">\(snapshot.lines.count) tracked lines from \(snapshot.counts.documents) documents · \(snapshot.counts.events) events · as of \(e(snapshot.today.description))</p>"
        body += "<div class=\"chips\">" + LineStatus.allCases.map { status in
            "<a class=\"badge status-\(status.rawValue)\" href=\"/?status=\(status.rawValue)\"><span class=\"icon\" aria-hidden=\"true\">\(Layout.statusIcon(status))</span> \(status.rawValue) \(counts[status] ?? 0)</a>"
        }.joined() + "</div>"
        body += "<form class=\"filters\" method=\"get\" action=\"/\">"
        body += "<label>Declarer<select name=\"declarer\"><option value=\"\">any</option>"
        for code in snapshot.declarers {
            body += "<option value=\"\(e(code))\"\(filter.declarer == code ? " selected" : "")>\(e(Layout.names.display(code))) (\(e(code)))</option>"
        }
        body += "</select></label><label>Status<select name=\"status\"><option value=\"\">any</option>"
        for status in LineStatus.allCases {
            body += "<option value=\"\(status.rawValue)\"\(filter.status == status ? " selected" : "")>\(status.rawValue)</option>"
        }
        body += "</select></label><label>Declared since<input type=\"date\" name=\"since\" value=\"\(e(filter.since?.description ?? ""))\"></label>"
        body += "<button type=\"submit\">Filter</button> <a href=\"/\">clear</a></form>"
        body += "<p class=\"muted\">\(all.count) matching line\(all.count == 1 ? "" : "s"), newest first</p>"
        if shown.isEmpty {
            body += "<p class=\"notice\">No red lines match. Ingest articles with <code>redline ingest</code> or on the <a href=\"/analyze\">Analyze</a> page.</p>"
        }
        body += "<div class=\"cards\">" + shown.map(card).joined() + "</div>"
        body += pager(all.count, offset: offset, filter: filter)
        return Layout.page(title: "Red lines", active: "Lines", body: body)
    }

    static func card(_ line: TrackedLine) -> String {
        let evidence = line.statements.first.map { "<blockquote>\(Layout.quote(clip($0.evidence, 220)))</blockquote>" } ?? ""
        return """
        <article class="card status-\(line.status.rawValue)">
        <div class="meta">\(Layout.statusBadge(line.status, reviewed: line.statusSource == .review))<span><a href="/actors/\(u(line.declarer.code ?? ""))">\(Layout.actor(line.declarer.code))</a></span><span>\(Layout.day(line.firstDeclared))</span></div>
        <h3><a href="/lines/\(u(line.id))">\(Layout.headline(line)): \(e(clip(line.trigger.text, 120)))</a></h3>
        <div class="meta"><span>threat: \(e(line.consequence.kind.rawValue))\(line.consequence.severity.map { " (level \($0))" } ?? "")</span>\
        <span>\(line.statements.count) statement\(line.statements.count == 1 ? "" : "s")</span><span>\(line.crossings.count) crossing\(line.crossings.count == 1 ? "" : "s")</span><span>\(line.responses.count) response\(line.responses.count == 1 ? "" : "s")</span></div>
        \(evidence)
        </article>
        """
    }

    static func pager(_ total: Int, offset: Int, filter: LineFilter) -> String {
        guard total > pageSize else { return "" }
        var query = ""
        if let d = filter.declarer { query += "&declarer=\(u(d))" }
        if let s = filter.status { query += "&status=\(s.rawValue)" }
        if let since = filter.since { query += "&since=\(since.description)" }
        let previous = offset > 0 ? "<a href=\"/?offset=\(max(0, offset - pageSize))\(query)\">← newer pages</a>" : "<span></span>"
        let next = offset + pageSize < total ? "<a href=\"/?offset=\(offset + pageSize)\(query)\">more →</a>" : "<span></span>"
        return "<nav class=\"pager\">\(previous)<span class=\"muted\">\(offset + 1)–\(min(total, offset + pageSize)) of \(total)</span>\(next)</nav>"
    }

    static func clip(_ text: String, _ limit: Int) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }
}
