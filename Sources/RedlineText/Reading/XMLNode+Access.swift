import CLibXML2

/// A node of a libxml2 tree (HTML page or feed item). Only valid while its document lives.
typealias XMLNodePointer = UnsafeMutablePointer<xmlNode>

extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }

    /// Text and CDATA nodes carry text; entity references are left alone, never expanded.
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The local name in lower case (`content` for `<content:encoded>` is `encoded`).
    var localName: String {
        guard let name = pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The namespace prefix as written, if any (`content` in `<content:encoded>`).
    var prefix: String? {
        guard let ns = pointee.ns, let prefix = ns.pointee.prefix else { return nil }
        return String(cString: prefix)
    }

    var namespaceURI: String? {
        guard let ns = pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    /// The value of an attribute by its local name in lower case, read without allocating in libxml2.
    func attribute(_ name: String) -> String? {
        var attr = pointee.properties
        while let a = attr {
            if let attrName = a.pointee.name, String(cString: attrName).lowercased() == name {
                return a.attributeValue
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// Every attribute as (lower-case local name, value).
    var attributes: [(name: String, value: String)] {
        var result: [(String, String)] = []
        var attr = pointee.properties
        while let a = attr {
            if let attrName = a.pointee.name {
                result.append((String(cString: attrName).lowercased(), a.attributeValue))
            }
            attr = a.pointee.next
        }
        return result
    }

    /// The concatenated text below this node, walked without recursion.
    var textContent: String {
        var bytes = [UInt8]()
        forEachText { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Calls `body` with the content of each text node below this node, in document order.
    func forEachText(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if isText {
            if let content = pointee.content { body(xmlBytes(content)) }
            return
        }
        guard var node = pointee.children else { return }
        while true {
            if node.isText, let content = node.pointee.content { body(xmlBytes(content)) }
            if node.isElement, let child = node.pointee.children {
                node = child
                continue
            }
            while node.pointee.next == nil {
                guard let parent = node.pointee.parent, parent != self else { return }
                node = parent
            }
            node = node.pointee.next!
        }
    }

    /// The 1-based source line of the node, when libxml2 recorded one.
    var line: Int? {
        let line = Int(xmlGetLineNo(self))
        return line > 0 ? line : nil
    }
}

extension UnsafeMutablePointer where Pointee == xmlAttr {
    fileprivate var attributeValue: String {
        var bytes = [UInt8]()
        var child = pointee.children
        while let c = child {
            if let content = c.pointee.content {
                bytes.append(contentsOf: xmlBytes(content))
            }
            child = c.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The bytes of a libxml2 string, without its terminating zero.
func xmlBytes(_ string: UnsafePointer<xmlChar>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: string, count: Int(max(0, xmlStrlen(string))))
}
