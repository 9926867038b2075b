import RedlineCore
import RedlineExport

/// The frame every dashboard page shares: head with the viewport, a skip link to the content (the
/// first thing a keyboard reaches), the navigation, the analyst's token form, and the page's own
/// content (already HTML).
enum Layout {
    static func page(title: String, active: String, body: String) -> String {
        func nav(_ href: String, _ label: String) -> String {
            "<a href=\"\(href)\"\(active == label ? " aria-current=\"page\"" : "")>\(label)</a>"
        }
        return """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title)) · redline</title>
        <link rel="stylesheet" href="/static/app.css">
        <link rel="alternate" type="application/atom+xml" title="redline alerts" href="/alerts.atom">
        <script src="/static/app.js" defer></script>
        </head>
        <body>
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="top">
          <a class="brand" href="/">red<span>line</span></a>
          <nav>\(nav("/", "Lines"))\(nav("/timeline", "Timeline"))\(nav("/events", "Events"))\(nav("/actors", "Actors"))\(nav("/search", "Search"))\(nav("/review", "Review"))\(nav("/analyze", "Analyze"))</nav>
          <details class="token">
            <summary>Analyst</summary>
            <form id="token-form">
              <label>Token <input type="password" name="token" autocomplete="off"></label>
              <label>Name <input type="text" name="reviewer" autocomplete="name"></label>
              <button type="submit">Save</button> <button type="button" id="token-clear">Forget</button>
            </form>
            <p class="signed-out-only"><a href="/login">Sign in with the token</a> (a session cookie; needed when reads are protected)</p>
            <form class="signed-in-only" method="post" action="/logout"><button type="submit">Sign out</button></form>
          </details>
        </header>
        <main id="main" tabindex="-1">
        <section id="live-alerts" class="live" aria-live="polite" hidden>
          <h2>Live alerts <a class="feed" href="/alerts.atom">Atom feed</a></h2>
          <ol></ol>
        </section>
        \(body)
        </main>
        <footer>redline · red lines, events and their sources · <a href="/openapi.json">API</a> · <a href="/metrics">metrics</a></footer>
        </body>
        </html>
        """
    }

    /// A status as a coloured badge with its own symbol, so that it reads without colour too.
    static func statusBadge(_ status: LineStatus, reviewed: Bool = false) -> String {
        "<span class=\"badge status-\(status.rawValue)\"><span class=\"icon\" aria-hidden=\"true\">\(statusIcon(status))</span> \(status.rawValue)\(reviewed ? " · reviewed" : "")</span>"
    }

    static func statusIcon(_ status: LineStatus) -> String {
        switch status {
        case .declared: "◆"
        case .crossed: "✕"
        case .enforced: "✔"
        case .partiallyEnforced: "◐"
        case .notEnforced: "○"
        case .withdrawn: "↩"
        }
    }

    static var names: ActorNames { Tracker.builtInNames }

    /// An actor's name with its code as secondary text: "Russia <small>RUS</small>".
    static func actor(_ code: String?) -> String {
        guard let code else { return "?" }
        guard let name = names.name(for: code), name != code else { return e(code) }
        return "\(e(name)) <small class=\"code\">\(e(code))</small>"
    }

    static func actors(_ refs: [ActorRef]) -> String {
        guard !refs.isEmpty else { return "—" }
        return refs.map { ref in
            let own = ref.code.map(actor) ?? e(ref.name ?? "?")
            return ref.backer.map { "\(own) (backed by \(actor($0)))" } ?? own
        }.joined(separator: ", ")
    }

    /// A link to a source when it is a web address, else the source as text; with a link to the
    /// document as redline read it.
    /// "RUS warns USA, NATO", or "RUS warns" when the trigger names no one.
    static func headline(_ line: TrackedLine) -> String {
        let who = actor(line.declarer.code)
        return line.trigger.actor.isEmpty ? "\(who) warns" : "\(who) warns \(actors(line.trigger.actor))"
    }

    static func source(_ source: String, document: String, at start: Int? = nil) -> String {
        let shown = e(source.count > 80 ? String(source.prefix(77)) + "…" : source)
        let outside = HTML.safeURL(source).map { "<a href=\"\($0)\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">\(shown)</a>" } ?? shown
        return "<span class=\"source\">\(outside) · <a href=\"/documents/\(u(document))\(start.map { "#at-\($0)" } ?? "")\">in context</a></span>"
    }

    /// A quoted sentence, escaped, in curly quotes, unless it opens with a quote mark of its own
    /// (`"We will respond," he said.`), which would show doubled marks.
    static func quote(_ text: String) -> String {
        let marks: Set<Character> = ["\"", "“", "”", "'", "‘", "’"]
        if let first = text.first, marks.contains(first) { return e(text) }
        return "“\(e(text))”"
    }

    static func day(_ day: Day?) -> String { day.map { e($0.description) } ?? "undated" }

    /// Previous and next links of a paged list at `path`, keeping `query` (already encoded).
    static func pager(_ path: String, total: Int, page: PageRequest, query: String) -> String {
        guard total > page.limit else { return "" }
        let previous = page.offset > 0 ? "<a href=\"\(path)?\(EventsPage.join(query, "offset=\(max(0, page.offset - page.limit))"))\">← previous</a>" : "<span></span>"
        let next = page.offset + page.limit < total ? "<a href=\"\(path)?\(EventsPage.join(query, "offset=\(page.offset + page.limit)"))\">next →</a>" : "<span></span>"
        return "<nav class=\"pager\">\(previous)<span class=\"muted\">\(page.offset + 1)–\(min(total, page.offset + page.limit)) of \(total)</span>\(next)</nav>"
    }
}
