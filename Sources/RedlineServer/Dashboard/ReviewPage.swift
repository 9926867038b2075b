import RedlineCore

/// The review queue (`/review`): the links across every line that most need an analyst
/// (``ReviewQueue``), each with its line, kind, date, quoted sentence, source and confidence, and
/// Accept and Reject buttons that post the same review as the line page's (with the analyst's
/// token). A reason typed beside the buttons goes with the review; without one the browser asks.
enum ReviewPage {
    static let pageSize = 25

    struct Model {
        var query: ReviewQueue.Query
        var page: PageRequest
        var items: [ReviewItem]
        /// How many items the query admits in all.
        var total: Int
        var snapshot: ReadSnapshot
    }

    static func render(_ m: Model) -> String {
        var body = "<h1>Review queue</h1>"
        body += "<p class=\"muted\">The links the tracker is least sure of, across every line: unreviewed first, lowest confidence first. "
            + "Accepting keeps a link whatever its score; rejecting takes it out of its line. Every decision is kept in the "
            + "<a href=\"/review/history\">audit trail</a>.</p>"
        body += "<p class=\"notice needs-token\">Enter your analyst token under <strong>Analyst</strong> (top right) to accept or reject links.</p>"
        body += filters(m.query)
        let shownFrom = m.items.isEmpty ? 0 : m.page.offset + 1
        body += "<p class=\"muted\" id=\"queue-summary\">\(m.total) link\(m.total == 1 ? "" : "s") \(m.query.reviewed ? "match" : "to review")"
            + " · showing \(shownFrom)–\(m.page.offset + m.items.count)</p>"
        body += "<p class=\"visually-hidden\" id=\"review-announce\" role=\"status\" aria-live=\"polite\"></p>"
        if m.items.isEmpty {
            body += "<p class=\"notice\">Nothing \(m.query.reviewed ? "matches" : "is waiting for review"). "
                + "<a href=\"/review\">Clear the filters</a>\(m.query.reviewed ? "" : " or <a href=\"/review?reviewed=true\">show reviewed links</a>").</p>"
        } else {
            body += "<ol class=\"queue\" start=\"\(m.page.offset + 1)\">" + m.items.map { row($0, snapshot: m.snapshot) }.joined() + "</ol>"
        }
        let query = m.page.limit == pageSize ? m.query.queryString : EventsPage.join(m.query.queryString, "limit=\(m.page.limit)")
        body += Layout.pager("/review", total: m.total, page: m.page, query: query)
        return Layout.page(title: "Review queue", active: "Review", body: body)
    }

    private static func filters(_ q: ReviewQueue.Query) -> String {
        var form = "<form class=\"filters\" method=\"get\" action=\"/review\"><label>Kind<select name=\"kind\"><option value=\"\">any</option>"
        for kind in ReviewQueue.Query.kinds {
            form += "<option value=\"\(kind.rawValue)\"\(q.kind == kind ? " selected" : "")>\(kind.rawValue)</option>"
        }
        form += "</select></label>"
        form += "<label>Confidence below<input type=\"number\" name=\"below\" min=\"0\" max=\"1\" step=\"0.05\" value=\"\(q.below.map { "\($0)" } ?? "")\"></label>"
        form += "<label class=\"check\"><span><input type=\"checkbox\" name=\"reviewed\" value=\"true\"\(q.reviewed ? " checked" : "")> show reviewed</span></label>"
        return form + "<button type=\"submit\">Filter</button> <a href=\"/review\">clear</a></form>"
    }

    static func row(_ item: ReviewItem, snapshot: ReadSnapshot) -> String {
        let line = snapshot.line(id: item.line)
        let title = line.map { "<a href=\"/lines/\(u($0.id))\">\(Layout.headline($0)): \(e(OverviewPage.clip($0.trigger.text, 120)))</a>" }
            ?? "line <code>\(e(item.line))</code> <span class=\"flag\">no longer tracked</span>"
        let confidence = item.confidence.map { "confidence \(EscalationChart.fmt($0))" } ?? "confidence —"
        let source = item.source.map { Layout.source($0, document: item.document, at: item.span?.start) }
            ?? "<span class=\"source\"><a href=\"/documents/\(u(item.document))\">in context</a></span>"
        let state = item.review.map { "reviewed verdict-\($0.verdict.rawValue)" } ?? "unreviewed"
        let target = "data-line=\"\(e(item.line))\" data-link=\"\(e(item.id))\""
        return """
        <li class="queue-item kind-\(item.kind.rawValue) \(state)" data-review-row \(target) data-kind="\(item.kind.rawValue)"\
         data-confidence="\(item.confidence.map { "\($0)" } ?? "")">\
        <div class="queue-line">\(title)</div>\
        <div class="meta">\(verdictBadge(item.review?.verdict))<span class="kind">\(item.kind.rawValue)</span>\
        <span class="when">\(e(item.date.described(precision: item.datePrecision)))</span><span class="muted">\(confidence)</span></div>\
        \(item.reason.map { "<div class=\"muted reason\">Why: \(e($0))</div>" } ?? "")
        <blockquote class="evidence">\(Layout.quote(item.evidence))</blockquote>\(source)
        <div class="verdict">\(item.review.map(verdictText) ?? "")</div>
        \(item.review?.verdict == .reject ? "" : controls(item, target: target))</li>
        """
    }

    /// The reason field and the buttons. A rejected link has none: it has left its line, so no
    /// review can name it until the linker finds it again.
    private static func controls(_ item: ReviewItem, target: String) -> String {
        """
        <div class="review"><label>Reason<input type="text" name="reason" maxlength="4000" placeholder="Why? (kept with the review)"></label>\
        <button type="button" data-review \(target) data-verdict="confirm" aria-label="Accept this \(item.kind.rawValue)">Accept</button>\
        <button type="button" class="secondary" data-review \(target) data-verdict="reject" aria-label="Reject this \(item.kind.rawValue)">Reject</button></div>
        """
    }

    /// A verdict as a badge with its own symbol, so that it reads without colour too.
    static func verdictBadge(_ verdict: Review.Verdict?) -> String {
        switch verdict {
        case .confirm?: "<span class=\"badge verdict-confirm\"><span class=\"icon\" aria-hidden=\"true\">✔</span> accepted</span>"
        case .reject?: "<span class=\"badge verdict-reject\"><span class=\"icon\" aria-hidden=\"true\">✕</span> rejected</span>"
        case nil: "<span class=\"badge verdict-none\"><span class=\"icon\" aria-hidden=\"true\">?</span> unreviewed</span>"
        }
    }

    static func verdictText(_ review: LinkReview) -> String {
        "\(review.verdict == .confirm ? "Accepted" : "Rejected") by \(e(review.reviewer)) on \(e(String(review.at.prefix(10)))): \(e(review.reason))"
    }
}
