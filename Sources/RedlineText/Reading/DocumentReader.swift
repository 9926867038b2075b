import RedlineCore

/// Reads inputs into `Document`s: plain text, HTML pages, RSS, Atom and JSON feeds, JSON Lines.
///
/// Each input's format is told from its content unless `ReaderConfiguration.inputFormat` says.
/// Documents and errors are handed to `handle` one at a time in input order; a bad input or line
/// gives one `InputError` and reading goes on. JSON Lines and feeds are streamed, so memory stays
/// bounded by the largest document.
///
/// ```swift
/// let reader = DocumentReader(configuration: .init(defaultPublished: Day("2022-04-13")))
/// var failed = false
/// reader.read("articles/") { result in
///     switch result {
///     case .success(let document): print(document.source, document.text.count)
///     case .failure(let error): failed = true; print("redline: \(error)")
///     }
/// }
/// ```
public struct DocumentReader: Sendable {
    public var configuration: ReaderConfiguration

    public init(configuration: ReaderConfiguration = .init()) {
        self.configuration = configuration
    }

    /// Reads one input as the user named it: a file path, a directory (recursively, files sorted
    /// by path, hidden files and directories skipped, only files with the extensions in
    /// `DocumentReader.directoryExtensions` or none), or `-` for standard input. Calls `handle`
    /// for each document or error in input order, streaming: JSON Lines and feeds are not held
    /// in memory whole.
    public func read(_ input: String, _ handle: (Result<Document, InputError>) throws -> Void) rethrows {
        if input == "-" {
            try readDescriptor(0, name: "-", handle)
            return
        }
        switch System.status(path: input) {
        case .failure(let error):
            try handle(.failure(.unreadable(input, errno: error.code)))
        case .success(let status) where status.kind == .directory:
            try readDirectory(input, handle)
        case .success:
            try readFile(input, handle)
        }
    }

    /// Reads bytes already in memory (an HTTP request body, a test fixture) as one input;
    /// `name` stands for the input in errors and in `Document.source`.
    public func read(bytes: [UInt8], name: String, _ handle: (Result<Document, InputError>) throws -> Void) rethrows {
        try read(ByteSource(bytes: bytes), name: name, size: bytes.count, handle)
    }

    /// All documents of one input, with the errors; for tests and small inputs.
    public func documents(_ input: String) -> [Result<Document, InputError>] {
        var results: [Result<Document, InputError>] = []
        read(input) { results.append($0) }
        return results
    }

    /// Reads an input from a source: sniffs its format on a prefix, then streams (feeds, JSON
    /// Lines) or reads it whole within the document limit (text, HTML). `size` is known for files.
    func read(_ source: ByteSource, name: String, size: Int?,
              _ handle: (Result<Document, InputError>) throws -> Void) rethrows {
        let limit = configuration.maxDocumentBytes
        if configuration.inputFormat == .text || configuration.inputFormat == .html, let size, size > limit {
            return try handle(.failure(.tooLarge(name, size: size, limit: limit)))
        }
        let prefix = source.read(upTo: FormatSniffer.prefixLength)
        if let error = source.readError { return try handle(.failure(.unreadable(name, errno: error))) }
        if prefix.isEmpty { return try handle(.failure(.empty(name))) }
        let format = configuration.inputFormat ?? FormatSniffer.sniff(prefix, complete: source.reachedEnd)
        // In JSON Lines a NUL byte costs its own line only (see `readJSONLines`).
        if let reason = BinarySniffer.reason(prefix[...]), !(format == .jsonl && BinarySniffer.magicName(prefix[...]) == nil) {
            return try handle(.failure(InputError(.binary, input: name, message: "binary data (\(reason)), not text")))
        }
        switch format {
        case .jsonl:
            source.unread(prefix)
            try readJSONLines(source, name: name, handle)
        case .feed:
            source.unread(prefix)
            if Self.isJSON(prefix) {
                try readJSONFeed(source, name: name, handle)
            } else {
                try readFeed(source, name: name, handle)
            }
        case .text, .html:
            if let size, size > limit { return try handle(.failure(.tooLarge(name, size: size, limit: limit))) }
            var bytes = prefix
            if prefix.count < limit + 1 { bytes += source.read(upTo: limit + 1 - prefix.count) }
            if let error = source.readError { return try handle(.failure(.unreadable(name, errno: error))) }
            if bytes.count > limit {
                return try handle(.failure(size.map { .tooLarge(name, size: $0, limit: limit) }
                    ?? .streamTooLarge(name, limit: limit)))
            }
            try handle(format == .text ? textDocument(bytes, name: name) : htmlDocument(bytes, name: name))
        }
    }

    /// Whether a feed is JSON (a JSON Feed) rather than XML: its first byte after a UTF-8
    /// byte-order mark and white space is `{`.
    static func isJSON(_ prefix: [UInt8]) -> Bool {
        let body = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? prefix.dropFirst(3) : prefix[...]
        return body.first(where: { !FormatSniffer.isSpace($0) }) == UInt8(ascii: "{")
    }
}
