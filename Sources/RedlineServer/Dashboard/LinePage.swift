import RedlineAnalysis
import RedlineCore

/// One red line: what it says, its timeline (declaration, reaffirmations, crossings, responses)
/// with the quoted sentences and their sources, and the analyst's review controls.
enum LinePage {
    private struct Entry {
        var date: Day?
        var kind: String
        var order: Int
        var html: String
    }

    static func render(_ line: TrackedLine, credibility: Credibility?) -> String {
        let declarer = line.declarer.code ?? "?"
        var body = "<p><a href=\"/\">← all lines</a></p>"
        body += "<h1>\(Layout.headline(line)): \(e(line.trigger.text))</h1>"
        body += "<dl class=\"facts\">"
        body += "<dt>Status</dt><dd>\(Layout.statusBadge(line.status, reviewed: line.statusSource == .review)) <span class=\"muted\">\(e(explanation(line)))</span></dd>"
        body += "<dt>Declarer</dt><dd><a href=\"/actors/\(u(declarer))\">\(Layout.actor(declarer))</a>\(credibility.map { " · credibility \(EscalationChart.fmt($0.mean)) (\($0.cases) case\($0.cases == 1 ? "" : "s"))" } ?? "")</dd>"
        body += "<dt>Trigger</dt><dd>\(Layout.actors(line.trigger.actor))\(line.trigger.action.map { " · \(e($0.rawValue))" } ?? "") · \(e(line.trigger.text))</dd>"
        body += "<dt>Threat</dt><dd>\(e(line.consequence.kind.rawValue))\(line.consequence.severity.map { " · MID level \($0)" } ?? "")\(line.consequence.text.map { " · “\(e($0))”" } ?? "")\(line.explicit ? " · explicit red line" : "")</dd>"
        body += "<dt>First declared</dt><dd>\(e(line.firstDeclared.described(precision: line.firstDeclaredPrecision)))</dd>"
        body += "<dt>Line id</dt><dd><code>\(e(line.id))</code></dd></dl>"
        body += """
        <div class="review"><label>Set status<select id="status-select">\(LineStatus.allCases.map { "<option value=\"\($0.rawValue)\"\($0 == line.status ? " selected" : "")>\($0.rawValue)</option>" }.joined())</select></label>\
        <button type="button" data-review data-line="\(e(line.id))" data-status-from="status-select">Save status</button></div>
        """
        var entries: [Entry] = []
        for (i, s) in line.statements.enumerated() {
            let kind = i == 0 ? "declaration" : "reaffirmation"
            entries.append(Entry(date: s.date, kind: kind, order: 0, html: item(
                kind: kind, date: s.date, precision: s.datePrecision, who: s.speaker.map(e) ?? "", evidence: s.evidence,
                source: s.source, document: s.document,
                confidence: s.confidence, review: s.review, line: line.id, link: s.id, at: s.span.start)))
        }
        for c in line.crossings {
            entries.append(Entry(date: c.date, kind: "crossing", order: 1, html: item(
                kind: "crossing", date: c.date, precision: c.datePrecision,
                reason: c.reason.map { reason in reason + ((c.alsoToldIn?.count).map { $0 > 0 ? "; also told in \($0) other article(s)" : "" } ?? "") },
                who: "by " + Layout.actors(c.actor) + " · " + e(c.kind.rawValue) + (c.type.map { " " + e($0.rawValue) } ?? ""),
                evidence: c.evidence, source: c.source, document: c.document, confidence: c.confidence, review: c.review,
                line: line.id, link: c.id)))
        }
        for r in line.responses {
            entries.append(Entry(date: r.date, kind: "response", order: 2, html: item(
                kind: "response", date: r.date, precision: r.datePrecision, reason: r.reason, who: e(r.type.rawValue) + " · level \(r.severity)", evidence: r.evidence, source: r.source,
                document: r.document, confidence: r.confidence, review: r.review, line: line.id, link: r.id)))
        }
        entries.sort { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.order < b.order
            }
        }
        body += "<h2>Timeline</h2><ol class=\"timeline\">" + entries.map(\.html).joined() + "</ol>"
        return Layout.page(title: "\(Layout.names.display(declarer)) red line", active: "Lines", body: body)
    }

    /// Why the line has its status, in words, from what the line holds.
    static func explanation(_ line: TrackedLine) -> String {
        if line.statusSource == .review { return "Set by an analyst's review." }
        let firstCrossing = line.crossings.compactMap(\.date).min()
        let crossedText = firstCrossing.map { "first crossed on \($0)" } ?? "crossed"
        let strongest = line.responses.map(\.severity).max()
        switch line.status {
        case .declared: return "No crossing of this line has been found in the stored documents."
        case .crossed: return "The line was \(crossedText) (\(line.crossings.count) crossing\(line.crossings.count == 1 ? "" : "s")); no response by the declarer has been found yet, and the response window is still open."
        case .enforced: return "The line was \(crossedText), and the declarer responded (\(line.responses.count) response\(line.responses.count == 1 ? "" : "s")\(strongest.map { ", the strongest at MID level \($0)" } ?? ""))."
        case .partiallyEnforced: return "The line was \(crossedText), and the declarer responded, but less than it threatened\(strongest.map { " (strongest response: MID level \($0)" } ?? "")\(line.consequence.severity.map { strongest == nil ? " (threatened: MID level \($0))" : "; threatened: MID level \($0))" } ?? (strongest == nil ? "" : ")"))."
        case .notEnforced: return "The line was \(crossedText), and the response window closed without a response by the declarer."
        case .withdrawn: return "The declarer retracted the line."
        }
    }

    private static func item(kind: String, date: Day?, precision: DatePrecision?, reason: String? = nil, who: String, evidence: String,
                             source: String, document: String,
                             confidence: Double, review: LinkReview?, line: String, link: String, at start: Int? = nil) -> String {
        let verdict = review.map { "<div class=\"verdict\">\(e($0.verdict.rawValue))ed by \(e($0.reviewer)): \(e($0.reason))</div>" } ?? ""
        return """
        <li class="kind-\(kind)"><div><span class="when">\(e(date.described(precision: precision)))</span><span class="kind">\(kind)</span> <span class="muted">\(who) · confidence \(EscalationChart.fmt(confidence))</span></div>\
        \(reason.map { "<div class=\"muted reason\">Why: \(e($0))</div>" } ?? "")
        <blockquote class="evidence">\(Layout.quote(evidence))</blockquote>\(Layout.source(source, document: document, at: start))\(verdict)
        <div class="review"><button type="button" class="secondary" data-review data-line="\(e(line))" data-link="\(e(link))" data-verdict="confirm">Confirm</button>\
        <button type="button" class="secondary" data-review data-line="\(e(line))" data-link="\(e(link))" data-verdict="reject">Reject</button></div></li>
        """
    }
}
