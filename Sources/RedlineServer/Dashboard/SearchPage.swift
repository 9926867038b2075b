import RedlineCore
import RedlineStore

/// Full-text search over documents and evidence sentences: documents best first, each with its
/// matching sentences (words marked), links to the sentence in the document and to its lines.
enum SearchPage {
    static func render(query: String, answer: SearchAnswer?, error: String? = nil) -> String {
        var body = "<h1>Search</h1><form class=\"filters\" method=\"get\" action=\"/search\" role=\"search\">"
        body += "<label>Words (\"quotes\" for a phrase)<input type=\"search\" name=\"q\" value=\"\(e(query))\" minlength=\"2\" maxlength=\"200\"\(query.isEmpty ? " autofocus" : "")></label><button type=\"submit\">Search</button></form>"
        if let error { body += "<p class=\"notice\" role=\"alert\">\(e(error))</p>" }
        guard let answer else { return Layout.page(title: "Search", active: "Search", body: body) }
        body += "<p class=\"muted\" id=\"search-summary\">\(answer.total) document\(answer.total == 1 ? "" : "s") and \(answer.totalSentences) sentence\(answer.totalSentences == 1 ? "" : "s") match “\(e(query))”</p>"
        if answer.total == 0 {
            body += "<p class=\"notice\">No document holds all of these words. Try fewer words, or other forms of them.</p>"
        }
        body += "<ol class=\"results\">"
        for item in answer.items {
            body += "<li class=\"result\"><h2><a href=\"/documents/\(u(item.document))\">\(e(item.title ?? item.source))</a></h2>"
            body += "<p class=\"muted\">\(Layout.day(item.published)) · \(e(clip(item.source, 90)))</p>"
            if let snippet = item.snippet, item.hits.isEmpty || !item.snippetHighlights.isEmpty {
                body += "<p class=\"snippet\">\(marked(snippet, item.snippetHighlights))</p>"
            }
            if !item.hits.isEmpty {
                body += "<ul class=\"hits\">"
                for hit in item.hits.prefix(8) {
                    body += "<li><span class=\"when\">\(Layout.day(hit.date))</span><span class=\"kind\">\(kindLabel(hit.kind))</span>"
                    body += "<blockquote class=\"evidence\">“\(marked(hit.evidence, hit.highlights))”</blockquote>"
                    body += "<span class=\"source\"><a href=\"/documents/\(u(item.document))#at-\(hit.span.start)\">in context</a>"
                    for line in hit.lines { body += " · line: <a href=\"/lines/\(u(line.id))\">\(e(clip(line.title, 100)))</a>" }
                    body += "</span></li>"
                }
                if item.hits.count > 8 { body += "<li class=\"muted\">and \(item.hits.count - 8) more sentences in this document</li>" }
                body += "</ul>"
            }
            body += "</li>"
        }
        body += "</ol>"
        if let next = answer.nextCursor {
            body += "<nav class=\"pager\"><span></span><a href=\"/search?q=\(u(query))&offset=\(next)\">more →</a></nav>"
        }
        return Layout.page(title: "Search", active: "Search", body: body)
    }

    static func kindLabel(_ kind: EvidenceHit.Kind) -> String {
        switch kind {
        case .statement: "red line"
        case .event: "event"
        case .claim: "crossing claim"
        }
    }

    /// The text escaped, with the highlighted spans (scalar offsets) in `<mark>`.
    static func marked(_ text: String, _ spans: [ScalarSpan]) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = "", position = 0
        func piece(_ from: Int, _ to: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[from..<to])
            return e(String(view))
        }
        for span in spans.sorted(by: { $0.start < $1.start }) {
            let start = max(position, min(span.start, scalars.count)), end = max(start, min(span.end, scalars.count))
            out += piece(position, start) + "<mark>" + piece(start, end) + "</mark>"
            position = end
        }
        return out + piece(position, scalars.count)
    }

    static func clip(_ text: String, _ limit: Int) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }
}
