import CLibXML2
import RedlineCore

/// RSS and Atom feeds, one document per item, streamed.
///
/// `Document.source` is `input#N` for the N-th item (1-based), whatever its link: the link is
/// `Document.url`, and `#N` finds the item again in the file it came from.
extension DocumentReader {
    func readFeed(_ source: ByteSource, name: String, _ handle: (Result<Document, InputError>) throws -> Void) rethrows {
        try readFeedEntries(source, name: name) { try handle($0.map(\.document)) }
    }

    func readFeedEntries(_ source: ByteSource, name: String, _ handle: (Result<FeedEntry, InputError>) throws -> Void) rethrows {
        let parser = FeedParser(source: source)
        var number = 0
        while true {
            let start = source.consumed
            guard let node = parser.nextItem(), let kind = parser.kind else { break }
            number += 1
            let line = node.line
            // What libxml2 read for the item, give or take its read-ahead.
            let size = source.consumed - start
            let result: Result<FeedEntry, InputError>
            if size > configuration.maxDocumentBytes {
                result = .failure(InputError(.tooLarge, input: name, line: line,
                    message: "item \(number) is \(ByteCount.describe(size)), over the \(ByteCount.describeLimit(configuration.maxDocumentBytes)) document limit (see --max-document-size)"))
            } else {
                let item = FeedItem(node, kind: kind)
                result = feedDocument(item, number: number, line: line, name: name)
                    .map { FeedEntry(document: $0, hasFullText: item.hasFullText) }
            }
            parser.skipItem()
            try handle(result)
        }
        if let failure = parser.failure {
            try handle(.failure(feedError(failure, parser: parser, name: name)))
        } else if parser.kind == nil {
            let root = parser.rootName.map { "<\($0)>" } ?? "missing"
            try handle(.failure(InputError(.unsupported, input: name,
                message: "not a feed: the root element is \(root), expected <rss>, <rdf:RDF> or <feed>")))
        } else if number == 0 {
            try handle(.failure(InputError(.empty, input: name, message: "a feed with no items")))
        }
    }

    func feedDocument(_ item: FeedItem, number: Int, line: Int?, name: String) -> Result<Document, InputError> {
        var text = ""
        switch item.body {
        case .html(let markup), .xhtml(let markup):
            switch HTMLExtractor.extract(Array(markup.utf8), mode: .fragment, maxDepth: configuration.maxNestingDepth) {
            case .success(let content): text = content.text
            case .failure(.noText): break
            case .failure(let failure):
                return .failure(HTMLExtractor.error(for: failure, input: name, line: line, maxDepth: configuration.maxNestingDepth))
            }
        case .text(let plain):
            text = TextCleanup.normalize(plain)
        case nil:
            break
        }
        // A headline-only item still says something: its title is its text.
        if text.isEmpty, let title = item.title { text = title }
        guard !text.isEmpty else {
            return .failure(InputError(.empty, input: name, line: line, message: "item \(number) has neither text nor title"))
        }
        return .success(Document(source: "\(name)#\(number)", title: item.title, url: item.link,
                                 published: item.published ?? configuration.defaultPublished, text: text))
    }

    func feedError(_ failure: FeedParser.Failure, parser: FeedParser, name: String) -> InputError {
        if failure.message.hasPrefix("Excessive depth") {
            return .tooDeep(name, line: failure.line, limit: 256)
        }
        switch failure.code {
        case Int32(XML_ERR_ENTITY_LOOP.rawValue):
            return InputError(.malformed, input: name, line: failure.line,
                              message: "malformed XML: entities that expand without bound (refused, as in a billion-laughs attack)")
        case Int32(XML_ERR_INVALID_CHAR.rawValue) where failure.message.hasPrefix("Input is not proper UTF-8"):
            return InputError(.undecodable, input: name, line: failure.line,
                              message: "malformed XML: bytes not valid in the feed's encoding (UTF-8 unless <?xml encoding=...?> names another)")
        case Int32(XML_ERR_DOCUMENT_EMPTY.rawValue):
            return .empty(name)
        case Int32(XML_ERR_DOCUMENT_END.rawValue) where !parser.rootClosed,
             Int32(XML_ERR_TAG_NOT_FINISHED.rawValue):
            // libxml2 words a feed cut short as "Extra content at the end of the document".
            let inside = parser.openElements.last.map { "inside <\($0)>" } ?? "early"
            return InputError(.malformed, input: name, line: failure.line,
                              message: "malformed XML: the feed ends \(inside), cut short")
        default:
            return InputError(.malformed, input: name, line: failure.line, message: "malformed XML: \(failure.message)")
        }
    }
}
