import RedlineCore

/// The audit trail (`/review/history`): every review, newest first, with who made it and when,
/// the verdict or status it set, the reason, the line and link it names, and whether a later
/// review replaced it or it names nothing in the current linking.
enum ReviewHistoryPage {
    static let pageSize = 50

    static func render(_ entries: [ReviewHistoryEntry], page: PageRequest) -> String {
        let shown = page.slice(entries)
        var body = "<p><a href=\"/review\">← review queue</a></p><h1>Audit trail</h1>"
        body += "<p class=\"muted\" id=\"history-summary\">\(entries.count) review\(entries.count == 1 ? "" : "s"), newest first. "
            + "The latest review of a link (or of a line's status) is the one that counts; the machine never overrides it.</p>"
        if shown.isEmpty {
            body += "<p class=\"notice\">No reviews yet. Accept or reject links in the <a href=\"/review\">review queue</a>.</p>"
        } else {
            body += "<div class=\"table-wrap\"><table class=\"history\"><thead><tr><th>When</th><th>Reviewer</th><th>Decision</th>"
                + "<th>Reason</th><th>Line and link</th></tr></thead><tbody>"
            body += shown.map(row).joined()
            body += "</tbody></table></div>"
        }
        body += Layout.pager("/review/history", total: entries.count, page: page, query: "")
        return Layout.page(title: "Audit trail", active: "Review", body: body)
    }

    static func row(_ entry: ReviewHistoryEntry) -> String {
        let decision = entry.status.map { "status → " + Layout.statusBadge($0) } ?? ReviewPage.verdictBadge(entry.verdict)
        // A line no longer tracked has no page to link to.
        let line = entry.lineTitle.map { "<a href=\"/lines/\(u(entry.line))\">\(e(OverviewPage.clip($0, 120)))</a>" }
            ?? "<code>\(e(entry.line))</code> <span class=\"flag\">no longer tracked</span>"
        var link = ""
        if let id = entry.link {
            link = "<div class=\"muted\">\(e(entry.kind?.rawValue ?? "link")) <code>\(e(OverviewPage.clip(id, 40)))</code>"
            link += entry.evidence.map { ": " + Layout.quote(OverviewPage.clip($0, 160)) } ?? ""
            link += "</div>"
        }
        var notes = ""
        if entry.superseded { notes += "<span class=\"flag\">replaced by a later review</span>" }
        if entry.namesNothing { notes += "<span class=\"flag names-nothing\">names nothing in the current linking</span>" }
        return """
        <tr data-review-id="\(entry.id.map { "\($0)" } ?? "")"\(entry.superseded ? " class=\"superseded\"" : "")>\
        <td class="nowrap">\(e(entry.at))</td><td>\(e(entry.reviewer))</td><td>\(decision)</td><td>\(e(entry.reason))</td>\
        <td>\(line)\(link)\(notes)</td></tr>
        """
    }
}
