/// The feeds file: one feed a line, `URL NAME INTERVAL`, separated by spaces or tabs. The name
/// may contain spaces (everything between the URL and the last field); the interval is whole
/// seconds between polls. Blank lines and lines starting with `#` are skipped.
///
/// ```text
/// # url                                   name            seconds
/// https://example.org/world.rss           Example World   300
/// https://news.example.net/atom.xml       Net News        600
/// ```
public enum FeedList {
    /// Parses the text of a feeds file; `file` names it in errors (`feeds.txt:3: ...`).
    public static func parse(_ text: String, file: String) throws -> [Feed] {
        var feeds: [Feed] = []
        var seen: [String: Int] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = raw.trimmingSuffix("\r")
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if fields.isEmpty || fields[0].hasPrefix("#") { continue }
            func fail(_ message: String) -> WatchError {
                WatchError(.badFeedList, subject: "\(file):\(number)", message: message)
            }
            guard fields.count >= 3 else {
                throw fail("expected URL NAME INTERVAL, found \(fields.count) field\(fields.count == 1 ? "" : "s")")
            }
            let url = fields[0]
            let lowered = url.lowercased()
            guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"), url.count > 8 else {
                throw fail("bad URL \"\(url)\": give an http:// or https:// address")
            }
            guard let interval = Int(fields[fields.count - 1]), interval >= 1 else {
                throw fail("bad interval \"\(fields[fields.count - 1])\": give whole seconds, at least 1")
            }
            if let first = seen[url] {
                throw fail("the feed \(url) is already listed on line \(first)")
            }
            seen[url] = number
            feeds.append(Feed(url: url, name: fields[1..<(fields.count - 1)].joined(separator: " "), interval: interval))
        }
        guard !feeds.isEmpty else {
            throw WatchError(.badFeedList, subject: file, message: "no feeds listed (one a line: URL NAME INTERVAL)")
        }
        return feeds
    }
}

extension Substring {
    fileprivate func trimmingSuffix(_ suffix: Character) -> Substring {
        last == suffix ? dropLast() : self
    }
}
