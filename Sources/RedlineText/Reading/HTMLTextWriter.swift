import CLibXML2

/// Writes the text of chosen elements: blocks become paragraphs separated by one blank line,
/// inline elements flow, white space collapses to single spaces (no-break spaces included),
/// table cells are separated by a space. Entities were decoded by libxml2.
struct HTMLTextWriter {
    private(set) var bytes: [UInt8] = []
    private var pendingBreak = false
    private var pendingSpace = false

    static func text(of outline: HTMLOutline, _ selection: HTMLOutline.Selection) -> String {
        var writer = HTMLTextWriter()
        for root in selection.roots { writer.write(outline.nodes[root], outline, selection.excluded) }
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Walks the subtree of `root` without recursion, skipping excluded elements.
    private mutating func write(_ root: XMLNodePointer, _ outline: HTMLOutline, _ excluded: [Bool]) {
        var node = root
        while true {
            var descend = false
            if node.isElement {
                if let i = outline.elementIndex(node), !excluded[i] {
                    boundary(outline.tags[i].layout)
                    descend = node.pointee.children != nil
                    if !descend { boundary(outline.tags[i].layout) }
                }
            } else if node.isText, let content = node.pointee.content {
                append(xmlBytes(content))
            }
            if descend, let child = node.pointee.children {
                node = child
                continue
            }
            if node == root { return }
            while node.pointee.next == nil {
                guard let up = node.pointee.parent else { return }
                node = up
                if let i = outline.elementIndex(node) { boundary(outline.tags[i].layout) }
                if node == root { return }
            }
            node = node.pointee.next!
        }
    }

    private mutating func boundary(_ layout: HTMLTag.Layout) {
        switch layout {
        case .block:
            pendingBreak = true
            pendingSpace = false
        case .cell, .spaced:
            pendingSpace = true
        case .inline, .drop:
            break
        }
    }

    private mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = text.count
        while i < n {
            let b = text[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                pendingSpace = true
                i += 1
                continue
            }
            if b == 0xC2, i + 1 < n, text[i + 1] == 0xA0 {
                pendingSpace = true
                i += 2
                continue
            }
            if !bytes.isEmpty {
                if pendingBreak {
                    bytes.append(0x0A)
                    bytes.append(0x0A)
                } else if pendingSpace {
                    bytes.append(0x20)
                }
            }
            pendingBreak = false
            pendingSpace = false
            bytes.append(b)
            i += 1
        }
    }
}
