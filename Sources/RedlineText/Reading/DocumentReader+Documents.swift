import RedlineCore

/// Whole documents from plain text and HTML.
extension DocumentReader {
    /// Plain text, with its header block (see `TextHeader`) as metadata.
    func textDocument(_ bytes: [UInt8], name: String) -> Result<Document, InputError> {
        TextDecoder.utf8(bytes, input: name).flatMap { utf8 in
            let text = TextCleanup.normalize(utf8: utf8)
            if text.isEmpty { return .failure(.empty(name, whiteSpace: true)) }
            guard let header = TextHeader.parse(text) else {
                return .success(Document(source: name, published: configuration.defaultPublished, text: text))
            }
            // Not empty: a header needs text after its blank line, and `text` is trimmed.
            let body = TextCleanup.trimmed(String(decoding: text.utf8.dropFirst(header.bodyOffset), as: UTF8.self))
            return .success(Document(source: name, title: header.title, url: header.url,
                                     published: header.published ?? configuration.defaultPublished, text: body))
        }
    }

    /// An HTML page: its main article text, title, publication day and canonical URL.
    func htmlDocument(_ bytes: [UInt8], name: String) -> Result<Document, InputError> {
        HTMLExtractor.page(bytes, input: name, maxDepth: configuration.maxNestingDepth).map { page in
            Document(source: name, title: page.title, url: page.url,
                     published: page.published ?? configuration.defaultPublished, text: page.text)
        }
    }
}
