import CLibXML2

/// One pass over a parsed page, without recursion: every element gets an index (kept in its
/// `_private` field), its parent, layout and drop flags, the paragraph text directly inside it,
/// and the metadata elements the page offers. Scoring, root choice and text writing then work on
/// these arrays (see `HTMLOutline+Scoring`, `HTMLTextWriter`).
struct HTMLOutline {
    var nodes: [XMLNodePointer] = []
    var parent: [Int] = []
    var tags: [HTMLTag] = []
    /// The nearest block or cell at or above each element: where its text counts.
    var block: [Int] = []
    var inLink: [Bool] = []
    var inArticle: [Bool] = []
    /// Dropped by name, by `hidden`/`aria-hidden`/`role`, or by an ancestor.
    var dropped: [Bool] = []
    /// `class` or `id` says page furniture; resolved in scoring.
    var furniture: [Bool] = []
    /// Non-space bytes of text whose nearest block is this element, and how many are in links.
    var directText: [Int] = []
    var linkText: [Int] = []

    var articleBodies: [Int] = []
    var articles: [Int] = []
    var mains: [Int] = []
    var headings: [Int] = []
    var times: [(element: Int, datetime: String)] = []
    var metas: [(key: String, content: String)] = []
    var datePublishedItems: [String] = []
    var canonical: String?
    var titleText: String?
    var jsonLD: [[UInt8]] = []
    var body: Int?

    enum Failure: Error { case tooDeep }

    /// Walks everything below `root` (a document or a node), refusing nesting over `maxDepth`.
    init(root: XMLNodePointer, maxDepth: Int) throws(Failure) {
        guard var node = root.pointee.children else { return }
        var depth = 1
        while true {
            if node.isElement {
                index(node)
                if let child = node.pointee.children {
                    depth += 1
                    if depth > maxDepth { throw .tooDeep }
                    node = child
                    continue
                }
            } else if node.isText, let owner = elementIndex(node.pointee.parent) {
                countText(node, in: owner)
            }
            while node.pointee.next == nil {
                guard let up = node.pointee.parent, up != root else { return }
                node = up
                depth -= 1
            }
            node = node.pointee.next!
        }
    }

    /// The index stored in an element's `_private` field, if it was indexed.
    func elementIndex(_ node: XMLNodePointer?) -> Int? {
        guard let node, node.isElement, let mark = node.pointee._private else { return nil }
        return Int(bitPattern: mark) - 1
    }

    var count: Int { nodes.count }

    private mutating func index(_ node: XMLNodePointer) {
        let i = nodes.count
        node.pointee._private = UnsafeMutableRawPointer(bitPattern: i + 1)
        let up = elementIndex(node.pointee.parent)
        let name = node.localName
        let tag = HTMLTag.named(name)
        let attributes = node.pointee.properties == nil ? ElementAttributes() : ElementAttributes(node)
        nodes.append(node)
        parent.append(up ?? -1)
        tags.append(tag)
        let flows = tag.layout == .inline || tag.layout == .spaced
        block.append(flows ? up.map { block[$0] } ?? i : i)
        inLink.append(tag.name == .a || (up.map { inLink[$0] } ?? false))
        let isArticleBody = !attributes.itemprop.isEmpty && attributes.itemprop.contains("articlebody")
        let inArticle = tag.name == .article || isArticleBody || (up.map { self.inArticle[$0] } ?? false)
        self.inArticle.append(inArticle)
        let hidden = attributes.hidden || (!attributes.role.isEmpty && ElementAttributes.furnitureRoles.contains(attributes.role))
        dropped.append(tag.layout == .drop || hidden || (tag.name == .header && !inArticle)
            || (up.map { dropped[$0] } ?? false))
        furniture.append(!attributes.classAndID.isEmpty && Boilerplate.matches(attributes.classAndID))
        directText.append(0)
        linkText.append(0)
        collectMetadata(i, node, tag, attributes, isArticleBody: isArticleBody)
    }

    private mutating func collectMetadata(_ i: Int, _ node: XMLNodePointer, _ tag: HTMLTag,
                                          _ attributes: ElementAttributes, isArticleBody: Bool) {
        if isArticleBody { articleBodies.append(i) }
        if !attributes.itemprop.isEmpty, attributes.itemprop.split(separator: " ").contains("datepublished") {
            datePublishedItems.append(node.attribute("content") ?? node.attribute("datetime") ?? node.textContent)
        }
        if !attributes.role.isEmpty, attributes.role == "main" { mains.append(i) }
        switch tag.name {
        case .article: articles.append(i)
        case .main: mains.append(i)
        case .h1: headings.append(i)
        case .body: if body == nil { body = i }
        case .time:
            if let datetime = node.attribute("datetime") { times.append((i, datetime)) }
        case .meta:
            guard let content = node.attribute("content") else { break }
            for key in ["property", "name", "itemprop"] {
                if let value = node.attribute(key) { metas.append((value.lowercased(), content)) }
            }
        case .link:
            if canonical == nil, let rel = node.attribute("rel"),
               rel.lowercased().split(separator: " ").contains("canonical"),
               let href = node.attribute("href") {
                canonical = href
            }
        case .title:
            if titleText == nil { titleText = node.textContent }
        case .script:
            if let type = node.attribute("type"), type.lowercased().contains("ld+json") {
                var bytes = [UInt8]()
                node.forEachText { bytes.append(contentsOf: $0) }
                jsonLD.append(bytes)
            }
        default: break
        }
    }

    private mutating func countText(_ node: XMLNodePointer, in owner: Int) {
        guard !dropped[owner], let content = node.pointee.content else { return }
        var count = 0
        for b in xmlBytes(content) where b != 0x20 && b != 0x0A && b != 0x09 && b != 0x0D && b != 0x0C {
            count += 1
        }
        let target = block[owner]
        directText[target] += count
        if inLink[owner] { linkText[target] += count }
    }
}
