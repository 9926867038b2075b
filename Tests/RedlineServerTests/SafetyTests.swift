import Foundation
import RedlineServer
import Testing

@Suite("Hostile article text is escaped")
struct EscapingTests {
    @Test func escapesMarkupAndQuotes() {
        #expect(HTML.escape(#"<script>alert("x")</script> & 'y'"#)
            == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;")
        #expect(HTML.escape(#"" onmouseover="alert(1)"#) == "&quot; onmouseover=&quot;alert(1)")
        #expect(HTML.escape("plain Kyiv — Київ") == "plain Kyiv — Київ")
    }

    @Test func linksOnlyHTTP() {
        #expect(HTML.safeURL("https://news.example.org/a?b=1&c=2") == "https://news.example.org/a?b=1&amp;c=2")
        #expect(HTML.safeURL("HTTP://example.org/") == "HTTP://example.org/")
        for bad in ["javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                    "data:text/html,<script>", "//evil.example/", "/relative", "https:///nohost", "https://a.example/\"onclick=x",
                    "vbscript:msgbox", "https:\\\\evil.example"] {
            let safe = HTML.safeURL(bad)
            #expect(safe == nil || !(safe!.contains("\"")), "\(bad)")
            #expect(safe == nil || safe!.lowercased().hasPrefix("http"), "\(bad)")
        }
        #expect(HTML.safeURL("javascript:alert(1)") == nil)
    }
}

@Suite("XSS through ingested articles", .serialized)
struct XSSTests {
    static let hostile = #"""
    {"id": "hostile-1", "title": "<script>alert('title')</script>\" onmouseover=\"alert(2)", "url": "javascript:alert(3)", "published": "2022-04-13", "text": "On April 13, Russian Deputy Foreign Minister Sergei Ryabkov warned the United States and NATO that vehicles transporting weapons <script>alert(1)</script> on Ukrainian territory would be considered legitimate military targets.\n\nRussia warned NATO that any deployment of troops \" onmouseover=\"alert(4)\" x=\" in Finland would be a red line and would face a military response. See <a href=\"javascript:alert(5)\">this</a>."}
    {"id": "hostile-2", "html": "<html><head><title>Convoys <img src=x onerror=alert(6)></title></head><body><article><p>Russia warned the United States that shipments of weapons into Ukraine would be legitimate military targets, <a href=\"javascript:alert(7)\">said</a> the ministry. &lt;script&gt;alert(8)&lt;/script&gt;</p></article></body></html>", "url": "javascript:alert(9)", "published": "2022-04-14"}
    """#

    @Test func pagesEscapeEverythingFromDocuments() async throws {
        try await TestServer.with(samples: false) { server in
            let ingest = try await server.post("/api/documents?format=jsonl", Self.hostile)
            #expect(ingest.status == 201, "\(ingest.text.prefix(300))")
            let result = try ingest.object()
            let lines = try #require(result["lines"] as? [[String: Any]])
            #expect(!lines.isEmpty, "the hostile article still yields a red line")
            let documents = try #require(result["documents"] as? [[String: Any]])
            #expect(documents.count == 2)
            let ids = documents.compactMap { $0["id"] as? String }
            var pages = ["/", "/actors", "/search?q=script", "/analyze"] + ids.map { "/documents/\($0)" }
            pages += lines.compactMap { ($0["id"] as? String).map { "/lines/\($0)" } }
            pages += lines.compactMap { (($0["declarer"] as? [String: Any])?["code"] as? String).map { "/actors/\($0)" } }
            for page in pages {
                let reply = try await server.get(page)
                #expect(reply.status == 200, "\(page)")
                Self.expectSafe(reply.text, page)
            }
            let document = try await server.get("/documents/\(try #require(ids.first))").text
            #expect(document.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the text is shown, escaped")
            #expect(document.contains("&quot; onmouseover=&quot;alert(4)&quot;"))
            let search = try await server.get("/search?q=script").text
            #expect(search.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))

            // The analyze form echoes the pasted text escaped too.
            let form = "text=" + (Self.hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            let analyzed = try await server.request("POST", "/analyze", body: Data(form.utf8), contentType: "application/x-www-form-urlencoded")
            #expect(analyzed.status == 200)
            Self.expectSafe(analyzed.text, "/analyze (POST)")
        }
    }

    static func expectSafe(_ html: String, _ page: String) {
        let lower = html.lowercased()
        #expect(!lower.contains("<script>alert"), "\(page): raw script element")
        #expect(!lower.contains("\" onmouseover="), "\(page): attribute injection")
        #expect(!lower.contains("<img"), "\(page): injected element")
        #expect(!lower.contains("href=\"javascript:"), "\(page): javascript: link")
        // The only scripts are the dashboard's own file.
        #expect(lower.components(separatedBy: "<script").count - 1 == 1, "\(page): one script element")
    }
}

@Suite("Highlighting spans")
struct HighlighterTests {
    @Test func marksNestAndEnd() async throws {
        // A mark at offset 0 and overlapping marks: every run carries exactly the classes covering it.
        try await TestServer.with(samples: false) { server in
            let text = "Russia warned NATO that any move <b>would</b> be a red line. Nothing else happened."
            let reply = try await server.post("/api/extract", text, token: nil, contentType: "text/plain")
            let documents = try #require(reply.object()["documents"] as? [[String: Any]])
            #expect(documents.count == 1)
            let form = "text=" + (text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            let page = try await server.request("POST", "/analyze", body: Data(form.utf8), contentType: "application/x-www-form-urlencoded").text
            #expect(page.contains("&lt;b&gt;would&lt;/b&gt;"))
            #expect(page.contains("Nothing else happened.</div>"), "the last sentence carries no mark: \(page.suffix(400))")
        }
    }
}
