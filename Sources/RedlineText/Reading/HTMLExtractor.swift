import CLibXML2
import RedlineCore

/// What a page or fragment of HTML yields.
struct HTMLContent: Equatable {
    var text: String
    var title: String?
    var published: Day?
    var url: String?
}

/// HTML to article text and metadata, with libxml2's HTML parser.
///
/// Nesting: libxml2 is asked not to stop at its own depth limit (256), and `HTMLOutline` walks
/// the tree without recursion, refusing a page nested deeper than `maxDepth` with `tooDeep`
/// rather than keeping part of it: a page like that is an attack or a broken generator, and a
/// partial text would pass silently.
enum HTMLExtractor {
    enum Failure: Error, Equatable {
        case tooDeep
        case unparsable
        case noText
    }

    /// Parses UTF-8 (or `encoding`, for pages that declare another charset libxml2 can convert).
    static func extract(_ bytes: [UInt8], encoding: String = "UTF-8", mode: HTMLOutline.Mode,
                        maxDepth: Int) -> Result<HTMLContent, Failure> {
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return .failure(.unparsable) }
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)
        LibXML.initialize()
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                htmlReadMemory($0.baseAddress, Int32(buffer.count), nil, encoding, options)
            }
        }
        guard let doc = parsed else { return .failure(.unparsable) }
        defer { xmlFreeDoc(doc) }
        let root = UnsafeMutableRawPointer(doc).assumingMemoryBound(to: xmlNode.self)
        let outline: HTMLOutline
        do {
            outline = try HTMLOutline(root: root, maxDepth: maxDepth)
        } catch {
            return .failure(.tooDeep)
        }
        let selection = outline.select(mode)
        let text = TextCleanup.normalize(HTMLTextWriter.text(of: outline, selection))
        guard !text.isEmpty else { return .failure(.noText) }
        guard mode == .page else { return .success(HTMLContent(text: text)) }
        return .success(HTMLContent(text: text, title: outline.title(in: selection),
                                    published: outline.published(in: selection), url: outline.canonicalURL))
    }

    /// Reads a page from raw bytes: decodes them (BOM, UTF-8, a declared or plausible
    /// Windows-1252, or another charset the page declares), then extracts.
    static func page(_ bytes: [UInt8], input: String, line: Int? = nil,
                     maxDepth: Int) -> Result<HTMLContent, InputError> {
        let declared = HTMLCharset.declared(in: bytes.prefix(4096))
        let result: Result<HTMLContent, Failure>
        if let declared, let raw = HTMLCharset.convertibleByLibXML(bytes, declared: declared) {
            if let reason = BinarySniffer.reason(bytes[...]) {
                return .failure(InputError(.binary, input: input, line: line, message: "binary data (\(reason)), not text"))
            }
            result = extract(raw, encoding: declared, mode: .page, maxDepth: maxDepth)
        } else {
            switch TextDecoder.utf8(bytes, input: input, line: line, declaredCharset: declared) {
            case .failure(let error): return .failure(error)
            case .success(let utf8): result = extract(utf8, mode: .page, maxDepth: maxDepth)
            }
        }
        return result.mapError { error(for: $0, input: input, line: line, maxDepth: maxDepth) }
    }

    static func error(for failure: Failure, input: String, line: Int?, maxDepth: Int) -> InputError {
        switch failure {
        case .tooDeep: .tooDeep(input, line: line, limit: maxDepth)
        case .unparsable: InputError(.malformed, input: input, line: line, message: "could not parse the HTML")
        case .noText: InputError(.empty, input: input, line: line, message: "no text found in the HTML")
        }
    }
}
