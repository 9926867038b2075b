import Testing
import RedlineCore
@testable import RedlineText

@Suite("Reading HTML")
struct ReadingHTMLTests {
    static let articleText = """
        Russia warns U.S. over weapons deliveries

        On April 13, Russian Deputy Foreign Minister Sergei Ryabkov said that vehicles transporting weapons on Ukrainian territory would be considered legitimate military targets.

        “We warned the United States and NATO” — Ryabkov told the state news agency, adding that the deliveries were "destabilising".

        Washington has not responded to the statement, officials said on Thursday.
        """

    @Test func pageYieldsOnlyTheArticleWithItsMetadata() throws {
        let results = reader().results(ReadingFixtures.path("article.html"))
        let document = try #require(results.documents.first)
        #expect(results.count == 1)
        #expect(document.text == Self.articleText)
        #expect(document.title == "Russia warns U.S. over weapons deliveries to Ukraine")
        #expect(document.published == Day("2022-04-13"))
        #expect(document.url == "https://news.example.com/world/russia-warns-us")
        for furniture in ["cookie", "Share on", "World", "Injected", "Related", "Reporting by", "newsletter", "Copyright", "analytics"] {
            #expect(!document.text.contains(furniture), "\(furniture)")
        }
    }

    /// A page with one date source at a time.
    static func page(head: String = "", body: String) -> String {
        "<!doctype html><html><head><title>Kremlin statement - Example News</title>\(head)</head><body>\(body)</body></html>"
    }

    static let paragraphs = "<p>The Kremlin said the deliveries crossed a line that it had drawn in March.</p><p>It promised a response.</p>"

    @Test func dateFromMetaTags() {
        for meta in [#"<meta property="article:published_time" content="2022-04-13T23:30:00-04:00">"#,
                     #"<meta property="og:article:published_time" content="2022-04-13">"#,
                     #"<meta name="pubdate" content="20220413">"#,
                     #"<meta name="DC.date.issued" content="2022-04-13">"#,
                     #"<meta name="sailthru.date" content="Wed, 13 Apr 2022 10:00:00 GMT">"#,
                     #"<meta itemprop="datePublished" content="2022-04-13T08:00:00Z">"#] {
            let html = Self.page(head: meta, body: "<article>\(Self.paragraphs)</article>")
            #expect(reader().results(html, name: "meta.html").documents.first?.published == Day("2022-04-13"), "\(meta)")
        }
    }

    @Test func dateFromJSONLDGraph() {
        let jsonLD = """
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Example"},
              {"@type": "NewsArticle", "headline": "Kremlin", "datePublished" : "2022-04-13T23:30:00-04:00"}]}</script>
            """
        let html = Self.page(head: jsonLD, body: "<article>\(Self.paragraphs)</article>")
        #expect(reader().results(html, name: "ld.html").documents.first?.published == Day("2022-04-13"))
    }

    @Test func dateFromTheFirstTimeElementInTheArticle() {
        let body = """
            <aside><time datetime="2020-01-01">old</time></aside>
            <article><p class="byline">By A. Writer, <time datetime="2022-04-13T09:00:00+03:00">April 13</time></p>\(Self.paragraphs)</article>
            """
        let document = reader().results(Self.page(body: body), name: "time.html").documents.first
        #expect(document?.published == Day("2022-04-13"))
        #expect(document?.text.hasPrefix("By A. Writer, April 13\n\nThe Kremlin said") == true)
    }

    @Test func titleFallsBackToTheH1ThenToTheTitleWithoutTheSiteName() {
        let withHeading = Self.page(body: "<article><h1>Heading of the story</h1>\(Self.paragraphs)</article>")
        #expect(reader().results(withHeading, name: "h1.html").documents.first?.title == "Heading of the story")
        let withoutHeading = Self.page(body: "<article>\(Self.paragraphs)</article>")
        #expect(reader().results(withoutHeading, name: "t.html").documents.first?.title == "Kremlin statement")
        #expect(HTMLOutline.withoutSiteSuffix("A - B | The Site") == "A - B")
        #expect(HTMLOutline.withoutSiteSuffix("Kyiv - Live") == "Kyiv")
        #expect(HTMLOutline.withoutSiteSuffix("Day 50 | what we know about the war so far") == "Day 50 | what we know about the war so far")
    }

    @Test func canonicalFallsBackToOpenGraphURL() {
        let html = Self.page(head: #"<meta property="og:url" content="https://x.example/og">"#, body: Self.paragraphs)
        #expect(reader().results(html, name: "og.html").documents.first?.url == "https://x.example/og")
    }

    @Test func withoutAnArticleElementTheContainerWithMostParagraphTextWins() {
        let body = """
            <div id="menu"><ul><li><a href="/a">Home</a></li><li><a href="/b">World news and analysis</a></li></ul></div>
            <div class="layout">
              <div class="col-main">
                <p>First paragraph of the story, long enough to count as article text.</p>
                <p>Second paragraph of the story, with a <a href="/x">link</a> in the middle of it.</p>
                <p>Third paragraph<br>with a line break inside.</p>
              </div>
              <div class="col-side"><p>Most read: a teaser for another story entirely.</p></div>
            </div>
            """
        let text = reader().results(Self.page(body: body), name: "soup.html").documents.first?.text
        #expect(text == """
            First paragraph of the story, long enough to count as article text.

            Second paragraph of the story, with a link in the middle of it.

            Third paragraph

            with a line break inside.
            """)
    }

    @Test func furnitureClassOnTheArticleItselfDoesNotDropIt() {
        let body = #"<div class="story has-sidebar comments-enabled">\#(Self.paragraphs)</div><div class="sidebar"><p>Short teaser.</p></div>"#
        let text = reader().results(Self.page(body: body), name: "c.html").documents.first?.text
        #expect(text == "The Kremlin said the deliveries crossed a line that it had drawn in March.\n\nIt promised a response.")
    }

    @Test func entitiesInlineElementsTablesAndHiddenElements() {
        let body = """
            <article><p>Caf&eacute; &amp; bar&#8217;s <b>bold</b><i>italic</i> text&nbsp;here.</p>
            <table><tr><td>cell one</td><td>cell two</td></tr></table>
            <p hidden>hidden paragraph</p><p style="display: none">also hidden</p><div aria-hidden="true">aria</div>
            <ul><li>first item</li><li>second item</li></ul></article>
            """
        let text = reader().results(Self.page(body: body), name: "e.html").documents.first?.text
        #expect(text == "Café & bar’s bolditalic text here.\n\ncell one cell two\n\nfirst item\n\nsecond item")
    }

    @Test func declaredWindows1252Page() {
        var bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>".utf8)
        bytes += [0x93] + Array("Red line".utf8) + [0x94] + Array(" ".utf8) + [0x97] + Array(" na".utf8) + [0xEF, 0x76, 0x65]
        bytes += Array("</p></body></html>".utf8)
        #expect(reader().results(bytes: bytes, name: "cp.html").documents.first?.text == "“Red line” — naïve")
    }

    @Test func pageDeclaringAnotherCharsetIsConvertedByLibXML2() {
        // "Привет" in KOI8-R.
        var bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head><body><p>".utf8)
        bytes += [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4] + Array("</p></body></html>".utf8)
        #expect(reader().results(bytes: bytes, name: "koi8.html").documents.first?.text == "Привет")
    }

    /// 100,000 levels of nesting are refused with an error (rather than cut), without recursion.
    @Test func deeplyNestedPageIsRefused() {
        let html = "<html><body>" + String(repeating: "<div>", count: 100_000) + "deep text"
            + String(repeating: "</div>", count: 100_000) + "</body></html>"
        let results = reader().results(html, name: "deep.html")
        #expect(results.messages == ["deep.html: too deeply nested (over 2000 levels)"])
        #expect(results.errors.first?.code == .tooDeep)
    }

    @Test func nestingUpToTheLimitIsRead() {
        let html = "<html><body>" + String(repeating: "<div>", count: 300) + "<p>deep text</p>"
            + String(repeating: "</div>", count: 300) + "</body></html>"
        #expect(reader().results(html, name: "ok.html").documents.first?.text == "deep text")
        #expect(reader { $0.maxNestingDepth = 100 }.results(html, name: "ok.html").messages
            == ["ok.html: too deeply nested (over 100 levels)"])
    }

    @Test func pageWithoutTextIsAnError() {
        let html = "<html><head><title>Only a title</title></head><body><nav>Menu</nav><script>x()</script></body></html>"
        #expect(reader().results(html, name: "blank.html").messages == ["blank.html: no text found in the HTML"])
    }
}
