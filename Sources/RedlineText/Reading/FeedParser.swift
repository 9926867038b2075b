import CLibXML2
import Foundation

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
        // One line, and without the "Bytes: 0x.." libxml2 appends to encoding errors: those are
        // bytes of the text.
        if let bytes = message.range(of: "\nBytes:") { message = String(message[..<bytes.lowerBound]) }
        message = message.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == " " }).joined(separator: " ")
        failure = Failure(line: error.line > 0 ? Int(error.line) : nil, code: error.code, message: message)
    }

    /// The next item or entry, expanded; nil at the end of the feed or at the first error (see
    /// `failure`), or when the root element is not a feed's (`kind` stays nil).
    func nextItem() -> XMLNodePointer? {
        if failure == nil, let item = readItem() { return handOut(item) }
        guard failure != nil, let reader else { return nil }
        if !salvageDone {
            salvageDone = true
            salvaged = salvage(from: xmlTextReaderCurrentNode(reader))
        }
        return salvaged.isEmpty ? nil : handOut(salvaged.removeFirst())
    }

    private func readItem() -> XMLNodePointer? {
        guard let reader else { return nil }
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
                let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                if !isEmpty { openElements.append(currentName(reader)) }
                if kind == nil {
                    switch name {
                    case "rss": kind = .rss
                    case "rdf": kind = .rdf
                    case "feed": kind = .atom
                    default:
                        rootName = currentName(reader)
                        return nil
                    }
                } else if name == itemName {
                    guard let node = xmlTextReaderExpand(reader), failure == nil || Self.isComplete(node) else {
                        return nil
                    }
                    if !isEmpty { openElements.removeLast() }  // expanded: read to its end
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

    /// Whether the parser read past the end of the element: something follows it. After an error
    /// (at the end of a truncated feed, say) the reader also hands out elements cut short.
    private static func isComplete(_ node: XMLNodePointer) -> Bool {
        var current: XMLNodePointer? = node
        while let n = current {
            if n.pointee.next != nil { return true }
            current = n.pointee.parent
        }
        return false
    }

    /// Moves past the item last returned, freeing its nodes.
    func skipItem() {
        guard let reader, failure == nil else { return }  // after an error the reader is done
        let status = xmlTextReaderNext(reader)
        positioned = status == 1
        if status == -1, failure == nil {
            failure = Failure(line: nil, code: -1, message: source.readError.map(System.describe) ?? "unreadable XML")
        }
    }

    /// Marks items handed out in their `_private` field, which the reader leaves alone and
    /// clears when it reuses a freed node.
    private static let handedOutBits = 0x4845_4144
    private static var handedOutMark: UnsafeMutableRawPointer { UnsafeMutableRawPointer(bitPattern: handedOutBits)! }

    private func handOut(_ item: XMLNodePointer) -> XMLNodePointer {
        item.pointee._private = Self.handedOutMark
        return item
    }

    /// The reader stops at an error, but items libxml2 parsed completely before it are still in
    /// the tree: those at or after the reader's current node (which it has not freed), at its
    /// level and each level above, in document order.
    private func salvage(from current: XMLNodePointer?) -> [XMLNodePointer] {
        var found: [XMLNodePointer] = []
        var level = current
        while let node = level {
            var sibling: XMLNodePointer? = node
            while let candidate = sibling {
                if candidate.isElement, candidate.localName == itemName,
                   candidate.pointee._private != Self.handedOutMark, Self.isComplete(candidate) {
                    found.append(candidate)
                }
                sibling = candidate.pointee.next
            }
            // On to what follows the nearest ancestor that has a following sibling.
            var up = node.pointee.parent
            while let parent = up, parent.isElement, parent.pointee.next == nil { up = parent.pointee.parent }
            guard let parent = up, parent.isElement, let next = parent.pointee.next else { break }
            level = next
        }
        return found
    }

    private var salvageDone = false
    private var salvaged: [XMLNodePointer] = []
    private var itemName: String { kind == .atom ? "entry" : "item" }

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
