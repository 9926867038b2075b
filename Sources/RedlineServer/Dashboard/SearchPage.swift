import RedlineStore

/// Full-text search over evidence sentences.
enum SearchPage {
    static func render(query: String, page: EvidencePage?, offset: Int, limit: Int) -> String {
        var body = "<h1>Search the evidence</h1><form class=\"filters\" method=\"get\" action=\"/search\">"
        body += "<label>Words<input type=\"search\" name=\"q\" value=\"\(e(query))\" minlength=\"2\" maxlength=\"200\"></label><button type=\"submit\">Search</button></form>"
        guard let page else { return Layout.page(title: "Search", active: "Search", body: body) }
        body += "<p class=\"muted\">\(page.total) sentence\(page.total == 1 ? "" : "s") contain “\(e(query))”</p><ol class=\"timeline\">"
        for hit in page.hits {
            let kind = hit.kind == .statement ? "declaration" : hit.kind == .claim ? "crossing" : "response"
            body += "<li class=\"kind-\(kind)\"><span class=\"when\">\(Layout.day(hit.date))</span><span class=\"kind\">\(hit.kind.rawValue)</span>"
            body += "<blockquote class=\"evidence\">“\(e(hit.evidence))”</blockquote>\(Layout.source(hit.source, document: hit.document))</li>"
        }
        body += "</ol>"
        if offset + page.hits.count < page.total {
            body += "<nav class=\"pager\"><span></span><a href=\"/search?q=\(u(query))&offset=\(offset + limit)\">more →</a></nav>"
        }
        return Layout.page(title: "Search", active: "Search", body: body)
    }
}
