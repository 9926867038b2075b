import CLibXML2
import RedlineCore

/// The fields of one RSS item or Atom entry, read from its expanded nodes.
struct FeedItem {
    var title: String?
    var link: String?
    var published: Day?
    /// The body: RSS `content:encoded`, else `description`; Atom `content`, else `summary`.
    var body: Body?
    /// Whether the item carries the article itself (RSS `content:encoded` or `content`, Atom
    /// `content`, JSON Feed `content_html` or `content_text`) rather than a summary or nothing.
    var hasFullText = false

    enum Body {
        case html(String)
        case text(String)
        /// Atom `type="xhtml"`: the markup itself, serialized back for the HTML extraction.
        case xhtml(String)
    }

    private static let atomNS = "http://www.w3.org/2005/Atom"
    private static let rss1NS = "http://purl.org/rss/1.0/"
    private static let dcNS = "http://purl.org/dc/elements/1.1/"
    private static let contentNS = "http://purl.org/rss/1.0/modules/content/"

    init(_ item: XMLNodePointer, kind: FeedParser.Kind) {
        var encoded: Body?, description: Body?, content: Body?, summary: Body?
        var dcDate: Day?, pubDate: Day?, updated: Day?, guid: String?
        var alternate: String?, otherLink: String?, textLink: String?
        var child = item.pointee.children
        while let node = child {
            child = node.pointee.next
            guard node.isElement else { continue }
            let name = node.localName, ns = node.namespaceURI
            if ns == Self.dcNS, name == "date" { dcDate = dcDate ?? MetadataDate.parse(node.textContent) }
            if ns == Self.contentNS, name == "encoded" { encoded = encoded ?? Self.markup(node.textContent) }
            guard ns == nil || ns == Self.atomNS || ns == Self.rss1NS else { continue }
            switch name {
            case "title":
                title = title ?? Self.titleText(node, atom: kind == .atom)
            case "link":
                if let href = node.attribute("href") {
                    // Atom style: rel="alternate" (the default) is the article itself.
                    if (node.attribute("rel")?.lowercased() ?? "alternate") == "alternate" {
                        alternate = alternate ?? href
                    } else {
                        otherLink = otherLink ?? href
                    }
                } else {
                    textLink = textLink ?? Self.nonEmpty(TextCleanup.singleLine(node.textContent))
                }
            case "guid":
                if node.attribute("ispermalink")?.lowercased() != "false" {
                    guid = Self.nonEmpty(TextCleanup.singleLine(node.textContent))
                }
            case "pubdate": pubDate = pubDate ?? MetadataDate.parse(node.textContent)
            case "published": pubDate = pubDate ?? MetadataDate.parse(node.textContent)
            case "updated": updated = updated ?? MetadataDate.parse(node.textContent)
            case "description": description = description ?? Self.markup(node.textContent)
            case "content": content = content ?? Self.atomBody(node)
            case "summary": summary = summary ?? Self.atomBody(node)
            default: break
            }
        }
        link = textLink ?? alternate ?? otherLink
        if link == nil, let guid, guid.hasPrefix("http://") || guid.hasPrefix("https://") { link = guid }
        published = pubDate ?? dcDate ?? updated
        body = kind == .atom ? (content ?? summary) : (encoded ?? description ?? content)
        hasFullText = kind == .atom ? content != nil : (encoded != nil || content != nil)
    }

    /// RSS bodies are HTML by definition, but plain text is common: text with no tags or
    /// entities keeps its line breaks instead of going through the HTML extraction.
    private static func markup(_ text: String) -> Body? {
        guard !TextCleanup.trimmed(text).isEmpty else { return nil }
        return looksLikeHTML(text) ? .html(text) : .text(text)
    }

    private static func atomBody(_ node: XMLNodePointer) -> Body? {
        if node.attribute("src") != nil { return nil }  // content elsewhere, not fetched
        switch node.attribute("type")?.lowercased() ?? "text" {
        case "xhtml", "application/xhtml+xml":
            return serialized(node).map(Body.xhtml)
        case "html", "text/html":
            return markup(node.textContent)
        default:
            let text = node.textContent
            return TextCleanup.trimmed(text).isEmpty ? nil : .text(text)
        }
    }

    private static func titleText(_ node: XMLNodePointer, atom: Bool) -> String? {
        let type = node.attribute("type")?.lowercased()
        var text = node.textContent
        if atom, type == "xhtml" { text = serialized(node) ?? text }
        if (!atom || type == "html" || type == "xhtml"), looksLikeHTML(text),
           case .success(let content) = HTMLExtractor.extract(Array(text.utf8), mode: .fragment, maxDepth: 256) {
            text = content.text
        }
        return nonEmpty(TextCleanup.singleLine(text))
    }

    /// The markup inside an element (its children), as libxml2 writes it.
    private static func serialized(_ node: XMLNodePointer) -> String? {
        guard let buffer = xmlBufferCreate() else { return nil }
        defer { xmlBufferFree(buffer) }
        var child = node.pointee.children
        while let c = child {
            _ = xmlNodeDump(buffer, node.pointee.doc, c, 0, 0)
            child = c.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return nil }
        return String(decoding: xmlBytes(content), as: UTF8.self)
    }

    /// A tag (`<p`, `</`, `<!`) or an entity (`&amp;`, `&#8217;`) in the text.
    static func looksLikeHTML(_ text: String) -> Bool {
        let b = Array(text.utf8.prefix(1 << 16))
        var i = 0
        while i + 1 < b.count {
            if b[i] == UInt8(ascii: "<") {
                let c = b[i + 1]
                if (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == UInt8(ascii: "/") || c == UInt8(ascii: "!") { return true }
            } else if b[i] == UInt8(ascii: "&") {
                var j = i + 1
                if j < b.count, b[j] == UInt8(ascii: "#") { j += 1 }
                let start = j
                while j < b.count, j - start < 10, (b[j] | 0x20 >= 0x61 && b[j] | 0x20 <= 0x7A) || (b[j] >= 0x30 && b[j] <= 0x39) { j += 1 }
                if j > start, j < b.count, b[j] == UInt8(ascii: ";") { return true }
            }
            i += 1
        }
        return false
    }

    private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
