import RedlineCore

/// A document as redline read it, with what it found highlighted in the text; also the result
/// part of the Analyze page.
enum DocumentPage {
    static func render(_ extraction: Extraction) -> String {
        Layout.page(title: extraction.document.title ?? "Document", active: "", body: findings(extraction))
    }

    /// The document's header, its findings and its highlighted text.
    static func findings(_ x: Extraction) -> String {
        let d = x.document
        var body = "<h1>\(e(d.title ?? "Untitled document"))</h1>"
        let link = HTML.safeURL(d.url).map { " · <a href=\"\($0)\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">original</a>" } ?? ""
        body += "<p class=\"muted\">\(e(d.source)) · published \(Layout.day(d.published)) · \(d.sentences) sentences\(link)</p>"
        body += "<p class=\"chips\"><span class=\"badge status-enforced\">\(x.redLines.count) red line\(x.redLines.count == 1 ? "" : "s")</span>"
        body += "<span class=\"badge status-crossed\">\(x.events.count) event\(x.events.count == 1 ? "" : "s")</span>"
        body += "<span class=\"badge status-withdrawn\">\(x.crossingClaims.count) crossing claim\(x.crossingClaims.count == 1 ? "" : "s")</span>"
        body += "<span class=\"badge status-declared\">\(x.actors.count) actor\(x.actors.count == 1 ? "" : "s")</span></p>"
        body += "<div class=\"grid2\"><section><h2>Text</h2>\(Highlighter.legend)"
        body += "<div class=\"doc\">\(Highlighter.html(d.text ?? "", marks: Highlighter.marks(x)))</div></section><section>"
        if !x.redLines.isEmpty {
            body += "<h2>Red lines</h2><ol>"
            for r in x.redLines {
                body += "<li id=\"redline-\(r.span.start)\"><strong>\(Layout.actor(r.declarer?.code))</strong>\(r.speaker.map { " (\(e($0)))" } ?? "") warns\(r.trigger.actor.isEmpty ? "" : " " + Layout.actors(r.trigger.actor)): "
                body += "\(e(r.trigger.text)) → \(e(r.consequence.kind.rawValue))\(r.consequence.text.map { ": “\(e($0))”" } ?? "") · \(Layout.day(r.date))</li>"
            }
            body += "</ol>"
        }
        if !x.crossingClaims.isEmpty {
            body += "<h2>Crossing claims</h2><ol>"
            for c in x.crossingClaims {
                body += "<li>\(Layout.actors(c.crosser)) crossed \(Layout.actor(c.lineOf?.code))’s line\(c.line.map { " on “\(e($0))”" } ?? "")\(c.claimant.map { ", says \(e($0))" } ?? "")</li>"
            }
            body += "</ol>"
        }
        if !x.events.isEmpty {
            body += "<h2>Events</h2><div class=\"table-wrap\"><table><thead><tr><th>Date</th><th>Type</th><th>Actor</th><th>Recipient</th></tr></thead><tbody>"
            for ev in x.events {
                body += "<tr><td><a href=\"#at-\(ev.span.start)\">\(Layout.day(ev.date))</a></td><td>\(e(ev.type.rawValue))\(ev.negated ? " (negated)" : "")</td><td>\(Layout.actors(ev.actor))</td><td>\(Layout.actors(ev.recipient))</td></tr>"
            }
            body += "</tbody></table></div>"
        }
        if x.redLines.isEmpty && x.events.isEmpty && x.crossingClaims.isEmpty {
            body += "<p class=\"notice\">No red lines, events or crossing claims found in this text.</p>"
        }
        return body + "</section></div>"
    }

    /// The Analyze page: a form to paste or upload an article, and what was found in it.
    static func analyze(results: [Extraction] = [], errors: [String] = [], stored: String? = nil, text: String = "") -> String {
        var body = "<h1>Analyze an article</h1>"
        body += """
        <form id="analyze-form" method="post" action="/analyze">
        <label>Article text, HTML, a feed or JSON Lines<textarea name="text" required>\(e(text))</textarea></label>
        <div class="filters"><label>Or a file<input type="file" accept=".txt,.html,.htm,.xml,.rss,.atom,.jsonl,text/*"></label>
        <label>Published<input type="date" name="published"></label>
        <label class="review">Store it in the tracker<input type="checkbox" name="store" value="1"></label>
        <input type="hidden" name="token" value="">
        <button type="submit">Analyze</button></div>
        </form>
        """
        if let stored { body += "<p class=\"notice\">\(e(stored))</p>" }
        for error in errors { body += "<p class=\"notice\">\(e(error))</p>" }
        for x in results { body += "<hr>" + findings(x) }
        return Layout.page(title: "Analyze", active: "Analyze", body: body)
    }
}
