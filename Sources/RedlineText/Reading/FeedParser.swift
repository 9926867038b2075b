import CLibXML2

/// A streaming libxml2 `xmlTextReader` over a `ByteSource`, handing out one item (RSS `<item>`,
/// Atom `<entry>`) at a time as a small DOM that lives until the next call.
///
/// Options, chosen for hostile input: `XML_PARSE_NONET` (no network, ever); no `XML_PARSE_NOENT`
/// and no `XML_PARSE_DTDLOAD`, so external entities are never loaded and internal ones are not
/// substituted (libxml2 also refuses entity loops and amplification: a billion-laughs feed is an
/// error, not a memory spike); no `XML_PARSE_HUGE`, so libxml2 keeps its limits (256 levels of
/// nesting, 10 MB in one text node); no `XML_PARSE_RECOVER`, so a malformed feed stops at the
/// first error with its line rather than yielding guessed items. `XML_PARSE_NOCDATA` merges CDATA
/// into text, and errors go to a handler instead of standard error.
final class FeedParser {
    enum Kind { case rss, rdf, atom }

    struct Failure: Error {
        var line: Int?
        var code: Int32
        var message: String
    }

    let source: ByteSource
    private var reader: xmlTextReaderPtr?
    private(set) var kind: Kind?
    /// The first error libxml2 reported.
    private(set) var failure: Failure?
    private var positioned = false

    init(source: ByteSource) {
        self.source = source
        LibXML.initialize()
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)
        let context = Unmanaged.passUnretained(self).toOpaque()
        reader = xmlReaderForIO({ context, buffer, length in
            guard let context, let buffer, length > 0 else { return -1 }
            let parser = Unmanaged<FeedParser>.fromOpaque(context).takeUnretainedValue()
            return Int32(parser.source.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: Int(length))))
        }, nil, context, nil, nil, options)
        if let reader {
            xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
                guard let context, let error else { return }
                let parser = Unmanaged<FeedParser>.fromOpaque(context).takeUnretainedValue()
                parser.record(error.pointee)
            }, context)
        } else {
            failure = Failure(line: nil, code: -1, message: "could not start the XML parser")
        }
    }

    deinit {
        if let reader { xmlFreeTextReader(reader) }
    }

    private func record(_ error: xmlError) {
        guard failure == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "error \(error.code)"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        failure = Failure(line: error.line > 0 ? Int(error.line) : nil, code: error.code, message: message)
    }

    /// The next item or entry, expanded; nil at the end of the feed or at the first error (see
    /// `failure`), or when the root element is not a feed's (`kind` stays nil).
    func nextItem() -> XMLNodePointer? {
        guard let reader, failure == nil else { return nil }
        var status = positioned ? 1 : xmlTextReaderRead(reader)
        positioned = false
        while status == 1, failure == nil {
            let type = xmlTextReaderNodeType(reader), depth = Int(xmlTextReaderDepth(reader))
            if type == Int32(XML_READER_TYPE_END_ELEMENT.rawValue) {
                openElements.removeLast(max(0, openElements.count - depth))
                if depth == 0 { rootClosed = true }
            }
            if type == Int32(XML_READER_TYPE_ELEMENT.rawValue) {
                let name = currentLocalName(reader)
                openElements.removeLast(max(0, openElements.count - depth))
                if xmlTextReaderIsEmptyElement(reader) != 1 { openElements.append(currentName(reader)) }
                if kind == nil {
                    switch name {
                    case "rss": kind = .rss
                    case "rdf": kind = .rdf
                    case "feed": kind = .atom
                    default:
                        rootName = currentName(reader)
                        return nil
                    }
                } else if name == (kind == .atom ? "entry" : "item") {
                    guard let node = xmlTextReaderExpand(reader), failure == nil else { return nil }
                    openElements.removeLast()
                    return node
                }
            }
            status = xmlTextReaderRead(reader)
        }
        if status == -1, failure == nil {
            failure = Failure(line: nil, code: -1, message: source.readError.map(System.describe) ?? "unreadable XML")
        }
        return nil
    }

    /// Moves past the item last returned, freeing its nodes.
    func skipItem() {
        guard let reader, failure == nil else { return }
        let status = xmlTextReaderNext(reader)
        positioned = status == 1
        if status == -1, failure == nil {
            failure = Failure(line: nil, code: -1, message: "unreadable XML")
        }
    }

    /// The elements open where reading stopped, outermost first (names as written).
    private(set) var openElements: [String] = []
    /// Whether the root element's end tag was read: after it, the feed is complete.
    private(set) var rootClosed = false

    /// The qualified name of a root element that is not a feed's.
    private(set) var rootName: String?

    var lineNumber: Int { reader.map { Int(xmlTextReaderGetParserLineNumber($0)) } ?? 0 }

    private func currentLocalName(_ reader: xmlTextReaderPtr) -> String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0).lowercased() } ?? ""
    }

    private func currentName(_ reader: xmlTextReaderPtr) -> String {
        xmlTextReaderConstName(reader).map { String(cString: $0) } ?? ""
    }
}
