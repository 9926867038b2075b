import RedlineCore

/// JSON Feed items (versions 1 and 1.1).
extension FeedItem {
    /// The fields of one element of a JSON Feed's `items`. The body is `content_html` (read by
    /// the HTML extraction, as RSS `content:encoded` is), else `content_text`, else `summary`
    /// (both plain text); the link is `url`, else `external_url`, else an `id` that is a URL;
    /// the date is `date_published`, else `date_modified`, each an RFC 3339 timestamp (one that
    /// is not is ignored). Authors (`authors` in 1.1, `author` in 1) are not kept: a document
    /// has no field for them.
    init(jsonFeedItem item: JSONTree) {
        func string(_ key: String) -> String? {
            guard case .string(let value)? = item[key], !TextCleanup.trimmed(value).isEmpty else { return nil }
            return value
        }
        title = string("title").map(TextCleanup.singleLine)
        let id = string("id").map(TextCleanup.singleLine)
        link = (string("url") ?? string("external_url")).map(TextCleanup.singleLine)
        if link == nil, let id, id.hasPrefix("http://") || id.hasPrefix("https://") { link = id }
        published = string("date_published").flatMap(MetadataDate.rfc3339) ?? string("date_modified").flatMap(MetadataDate.rfc3339)
        if let html = string("content_html") {
            body = .html(html)
        } else if let text = string("content_text") ?? string("summary") {
            body = .text(text)
        }
        hasFullText = string("content_html") != nil || string("content_text") != nil
    }

    /// How errors name a JSON Feed item: `item 3 (id "a-17")`, or `item 3` without an id.
    static func jsonFeedName(_ item: JSONTree, number: Int) -> String {
        switch item["id"] {
        case .string(let id)? where !id.isEmpty && id.utf8.count <= 200: "item \(number) (id \"\(TextCleanup.singleLine(id))\")"
        case .number(let id)?: "item \(number) (id \(id))"
        default: "item \(number)"
        }
    }
}
