import RedlineCore

/// One item of a feed as a document, with whether the feed carried the article itself or only a
/// summary (RSS `description`, Atom `summary`, JSON Feed `summary`, or a headline alone), in
/// which case a watcher may fetch the article's page.
///
/// ```swift
/// DocumentReader().readFeedEntries(bytes: body, name: "Wire") { result in
///     if case .success(let entry) = result, !entry.hasFullText, let url = entry.document.url { fetch(url) }
/// }
/// ```
public struct FeedEntry: Sendable, Hashable {
    public var document: Document
    public var hasFullText: Bool

    public init(document: Document, hasFullText: Bool) {
        self.document = document
        self.hasFullText = hasFullText
    }
}

extension DocumentReader {
    /// Reads bytes that should be a feed (RSS, Atom or JSON Feed) as its entries, as
    /// `read(bytes:name:)` reads a feed into documents: items one at a time, then the feed's
    /// own error, if any.
    public func readFeedEntries(bytes: [UInt8], name: String, _ handle: (Result<FeedEntry, InputError>) throws -> Void) rethrows {
        guard !bytes.isEmpty else { return try handle(.failure(.empty(name))) }
        let prefix = Array(bytes.prefix(FormatSniffer.prefixLength))
        if let reason = BinarySniffer.reason(prefix[...]) {
            return try handle(.failure(InputError(.binary, input: name, message: "binary data (\(reason)), not text")))
        }
        if Self.isJSON(prefix) {
            try readJSONFeedEntries(ByteSource(bytes: bytes), name: name, handle)
        } else {
            try readFeedEntries(ByteSource(bytes: bytes), name: name, handle)
        }
    }
}
