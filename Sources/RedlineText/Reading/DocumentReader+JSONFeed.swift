import RedlineCore

/// JSON Feed (https://jsonfeed.org, versions 1 and 1.1), one document per item.
///
/// Unlike XML feeds it is read whole, within the document limit, then parsed strictly; items
/// go through the same `feedDocument` as RSS and Atom items, so `Document.source` is `input#N`
/// and HTML content is read by the same HTML extraction. Errors name the item's line.
extension DocumentReader {
    func readJSONFeed(_ source: ByteSource, name: String, _ handle: (Result<Document, InputError>) throws -> Void) rethrows {
        try readJSONFeedEntries(source, name: name) { try handle($0.map(\.document)) }
    }

    func readJSONFeedEntries(_ source: ByteSource, name: String, _ handle: (Result<FeedEntry, InputError>) throws -> Void) rethrows {
        let limit = configuration.maxDocumentBytes
        var bytes = source.read(upTo: limit + 1)
        if let error = source.readError { return try handle(.failure(.unreadable(name, errno: error))) }
        if bytes.count > limit {
            return try handle(.failure(InputError(.tooLarge, input: name,
                message: "a JSON Feed is read whole, and this one is over the \(ByteCount.describeLimit(limit)) document limit (see --max-document-size)")))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let tree: JSONTree
        do throws(JSONTree.SyntaxError) {
            tree = try JSONTree.parse(bytes)
        } catch {
            return try handle(.failure(InputError(.malformed, input: name, line: error.line,
                                                  message: "malformed JSON: \(error.message) (column \(error.column))")))
        }
        guard case .string(let version)? = tree["version"], version.hasPrefix(JSONFeedOutline.versionPrefix) else {
            return try handle(.failure(InputError(.unsupported, input: name,
                message: "not a feed: \(tree.kind) without a \"version\" of \(JSONFeedOutline.versionPrefix)1 or 1.1 (JSON Feed)")))
        }
        guard case .array(let items)? = tree["items"] else {
            return try handle(.failure(InputError(.malformed, input: name, message: "a JSON Feed without an \"items\" array")))
        }
        if items.isEmpty { return try handle(.failure(InputError(.empty, input: name, message: "a feed with no items"))) }
        let lines = JSONFeedOutline.lines(of: JSONFeedOutline(bytes).itemOffsets, in: bytes)
        for (index, item) in items.enumerated() {
            let number = index + 1, line = index < lines.count ? lines[index] : nil
            guard case .object = item else {
                try handle(.failure(InputError(.malformed, input: name, line: line, message: "item \(number) is \(item.kind), not an object")))
                continue
            }
            let fields = FeedItem(jsonFeedItem: item)
            guard fields.body != nil else {
                try handle(.failure(InputError(.empty, input: name, line: line,
                    message: "\(FeedItem.jsonFeedName(item, number: number)) has no text (content_html, content_text or summary); skipped")))
                continue
            }
            try handle(feedDocument(fields, number: number, line: line, name: name)
                .map { FeedEntry(document: $0, hasFullText: fields.hasFullText) })
        }
    }
}
