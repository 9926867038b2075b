import RedlineCore

/// JSON Lines: one `{"id", "text" | "html", "title", "url", "published"}` object per line,
/// read line by line in a bounded buffer.
///
/// `Document.source` is `input#ID` when the line gives an `id` (the producer's own name for the
/// document, stable when lines move), else `input:LINE`. Errors always name `input:LINE`.
extension DocumentReader {
    func readJSONLines(_ source: ByteSource, name: String, _ handle: (Result<Document, InputError>) throws -> Void) rethrows {
        var lines = LineReader(source: source, limit: configuration.maxDocumentBytes)
        var first = true
        while let line = lines.next() {
            switch line {
            case .tooLong(let size, let number):
                first = false
                try handle(.failure(.lineTooLarge(name, line: number, size: size, limit: configuration.maxDocumentBytes)))
            case .text(var bytes, let number):
                if first, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
                first = false
                if bytes.allSatisfy(FormatSniffer.isSpace) { continue }
                if let nul = bytes.firstIndex(of: 0) {
                    try handle(.failure(InputError(.binary, input: name, line: number,
                                                   message: "binary data (NUL byte at column \(nul + 1)), not a JSON object")))
                    continue
                }
                try handle(jsonLineDocument(bytes, line: number, name: name))
            }
        }
        if let error = source.readError { try handle(.failure(.unreadable(name, errno: error))) }
    }

    func jsonLineDocument(_ bytes: [UInt8], line: Int, name: String) -> Result<Document, InputError> {
        func failure(_ code: InputError.Code, _ message: String) -> Result<Document, InputError> {
            .failure(InputError(code, input: name, line: line, message: message))
        }
        let fields: [String: JSONLineParser.Value]
        switch JSONLineParser.parseObject(bytes) {
        case .failure(let error): return failure(.malformed, "not a JSON object: \(error.message)")
        case .success(let parsed): fields = parsed
        }
        func string(_ key: String) -> Result<String?, InputError> {
            switch fields[key] {
            case nil, .null?: return .success(nil)
            case .string(let value)?: return .success(value)
            case let other?: return .failure(InputError(.malformed, input: name, line: line,
                                                        message: "\"\(key)\" is \(other.kind), not a string"))
            }
        }
        do throws(InputError) {
            let text = try string("text").get(), html = try string("html").get()
            var title = try string("title").get().map(TextCleanup.singleLine)
            var url = try string("url").get().map(TextCleanup.singleLine)
            var published: Day?
            if let value = try string("published").get(), !value.isEmpty {
                guard let day = MetadataDate.parse(value) else {
                    return failure(.malformed, "\"published\" is not a date (use YYYY-MM-DD or an ISO 8601 timestamp)")
                }
                published = day
            }
            var body: String
            if let text {
                body = TextCleanup.normalize(text)
                if body.isEmpty { return failure(.empty, "\"text\" is empty") }
            } else if let html {
                let page = try HTMLExtractor.extract(Array(html.utf8), mode: .page, maxDepth: configuration.maxNestingDepth)
                    .mapError { HTMLExtractor.error(for: $0, input: name, line: line, maxDepth: configuration.maxNestingDepth) }
                    .get()
                body = page.text
                title = title ?? page.title
                url = url ?? page.url
                published = published ?? page.published
            } else {
                return failure(.malformed, "neither \"text\" nor \"html\" given")
            }
            var source = "\(name):\(line)"
            switch fields["id"] {
            case .string(let id)? where !id.isEmpty: source = "\(name)#\(id)"
            case .number(let id)?: source = "\(name)#\(id)"
            default: break
            }
            return .success(Document(source: source, title: title.flatMap { $0.isEmpty ? nil : $0 }, url: url.flatMap { $0.isEmpty ? nil : $0 },
                                     published: published ?? configuration.defaultPublished, text: body))
        } catch {
            return .failure(error)
        }
    }
}
