import Foundation
import RedlineCore
import RedlineText
import RedlineWatch

extension Watcher {
    /// The documents to store for the new entries: an entry that carries only a summary and
    /// links to an http(s) page has the page fetched (one request per host at a time, within the
    /// size cap) and read by the HTML reader; when that fails, or the page says less than the
    /// summary, the summary is kept and one line says so, naming the feed and the page.
    func articles(for entries: [(feed: Feed, entry: FeedEntry)]) async -> [Fresh] {
        var configuration = reader
        configuration.inputFormat = .html
        let fetcher = self.fetcher, fetch = fetchArticles, html = configuration
        return await Self.parallel(entries, limit: parallelFetches) { item -> Fresh in
            let summary = item.entry.document
            let keys = WatchState.keys(url: summary.url, contentHash: summary.id)
            guard fetch, !item.entry.hasFullText, let url = summary.url,
                  url.lowercased().hasPrefix("http://") || url.lowercased().hasPrefix("https://") else {
                return Fresh(feed: item.feed, keys: keys, document: summary)
            }
            func fallBack(_ problem: String) -> Fresh {
                Diagnostics.report(WatchError(.article, subject: item.feed.subject, message: "article \(url): \(problem); using the item's summary"))
                return Fresh(feed: item.feed, keys: keys, document: summary)
            }
            let body: [UInt8]
            do {
                body = try await fetcher.fetchPage(url, subject: item.feed.subject)
            } catch let error as WatchError {
                Diagnostics.report(WatchError(.article, subject: error.subject, message: "\(error.message); using the item's summary"))
                return Fresh(feed: item.feed, keys: keys, document: summary)
            } catch {
                return fallBack("\(error)")
            }
            var page: Result<Document, InputError>?
            DocumentReader(configuration: html).read(bytes: body, name: url) { result in
                if page == nil { page = result }
            }
            switch page {
            case .success(let read)?:
                guard read.text.unicodeScalars.count >= summary.text.unicodeScalars.count else {
                    return fallBack("the page's text is shorter than the summary (a paywall or a consent page?)")
                }
                let document = Document(source: url, title: summary.title ?? read.title, url: url,
                                        published: summary.published ?? read.published, language: read.language, text: read.text)
                return Fresh(feed: item.feed, keys: keys + ["hash:\(document.id)"], document: document)
            case .failure(let error)?:
                return fallBack(error.message)
            case nil:
                return fallBack("the page has no text")
            }
        }
    }
}
