import Foundation
import Hummingbird

/// A feed of summaries and the article pages it links to: `/summaries.xml` lists three items
/// whose descriptions say nothing of red lines; `/articles/red-line.html` and
/// `/articles/ghouta.html` are the full articles (each answered after 300 ms, so that requests
/// at once would overlap), and `/articles/gone.html` is 404.
extension FeedServer {
    static let redLinePage = """
        <!doctype html><html><head><title>Obama warns Assad | News</title></head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Obama warns Assad that chemical weapons are a red line</h1>
        <p>President Barack Obama warned Syria's government on Monday that any use or movement of its chemical weapons would cross a "red line" for the United States and could lead him to reconsider his opposition to military involvement in the country's civil war.</p>
        <p>The president said there would be "enormous consequences" if Syria crossed that threshold. He spoke to reporters at the White House in his first remarks on Syria in weeks.</p>
        <p>Officials said the warning was meant for the government in Damascus and for its allies.</p>
        </article><footer>Copyright News</footer></body></html>
        """
    static let ghoutaPage = """
        <!doctype html><html><head><title>Ghouta | News</title></head><body>
        <article><h1>Syrian forces used sarin in Ghouta, U.S. says</h1>
        <p>Syrian government forces fired rockets carrying sarin into the Damascus suburbs of Ghouta on Wednesday, a U.S. government assessment said, and the attack used chemical weapons that President Barack Obama had called a "red line."</p>
        <p>Hundreds of people died in the attack, according to doctors in the area, and inspectors asked for access to the sites.</p>
        </article></body></html>
        """

    var summariesFeed: String {
        """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <item><title>Obama speaks on Syria</title><link>\(url("articles/red-line.html"))</link>
        <pubDate>Mon, 20 Aug 2012 18:00:00 GMT</pubDate><description>The president spoke to reporters at the White House.</description></item>
        <item><title>Attack near Damascus</title><link>\(url("articles/ghouta.html"))</link>
        <pubDate>Thu, 22 Aug 2013 09:00:00 GMT</pubDate><description>Rockets struck suburbs of the Syrian capital on Wednesday.</description></item>
        <item><title>Markets calm</title><link>\(url("articles/gone.html"))</link>
        <pubDate>Thu, 22 Aug 2013 10:00:00 GMT</pubDate><description>Stock markets in Europe closed higher on Thursday.</description></item>
        </channel></rss>
        """
    }

    func addArticles(to router: Router<BasicRequestContext>) {
        router.get("summaries.xml") { _, _ -> Response in
            self.count("summaries.xml")
            return Response(status: .ok, headers: [.contentType: "application/rss+xml"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: self.summariesFeed)))
        }
        router.get("articles/:name") { _, context -> Response in
            let name = context.parameters.get("name") ?? ""
            self.count("articles/\(name)")
            self.lock.withLock {
                self.articlesInFlight.now += 1
                self.articlesInFlight.most = max(self.articlesInFlight.most, self.articlesInFlight.now)
            }
            try? await Task.sleep(for: .milliseconds(300))
            self.lock.withLock { self.articlesInFlight.now -= 1 }
            let page = ["red-line.html": Self.redLinePage, "ghouta.html": Self.ghoutaPage][name]
            guard let page else { return Response(status: .notFound) }
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
        }
    }

    var mostArticlesAtOnce: Int { lock.withLock { articlesInFlight.most } }
}
