import RedlineCore

/// A document's text as UTF-8 bytes, the form every hot loop works on, with the means to turn byte
/// offsets into the Unicode scalar offsets of the output contract.
public struct TextBuffer: Sendable {
    public let bytes: [UInt8]
    /// Scalars before each 256-byte block; empty when the text is pure ASCII (offsets coincide).
    private let blockScalars: [Int]
    private static let blockShift = 8

    public init(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.reserveCapacity(bytes.count)
        self.bytes = bytes
        var ascii = true
        for b in bytes where b >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            blockScalars = []
        } else {
            var table = [Int]()
            table.reserveCapacity(bytes.count >> TextBuffer.blockShift + 1)
            var scalars = 0
            for (i, b) in bytes.enumerated() {
                if i & 0xFF == 0 { table.append(scalars) }
                if b & 0xC0 != 0x80 { scalars += 1 }
            }
            blockScalars = table
        }
    }

    public var count: Int { bytes.count }
    public var isASCII: Bool { blockScalars.isEmpty }

    /// The scalar offset of byte offset `offset` (which must fall on a scalar boundary).
    public func scalarOffset(_ offset: Int) -> Int {
        if blockScalars.isEmpty { return offset }
        let block = offset >> TextBuffer.blockShift
        if block >= blockScalars.count {
            return scalarCount(from: (blockScalars.count - 1) << TextBuffer.blockShift, to: offset,
                               base: blockScalars[blockScalars.count - 1])
        }
        return scalarCount(from: block << TextBuffer.blockShift, to: offset, base: blockScalars[block])
    }

    private func scalarCount(from start: Int, to end: Int, base: Int) -> Int {
        var n = base
        var i = start
        let stop = min(end, bytes.count)
        while i < stop {
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    public func scalarSpan(_ range: Range<Int>) -> ScalarSpan {
        ScalarSpan(scalarOffset(range.lowerBound), scalarOffset(range.upperBound))
    }

    /// The text of a byte range, with runs of white space folded to one space.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The text of a byte range with line breaks and repeated spaces folded, as evidence is shown.
    public func flatString(_ range: Range<Int>) -> String {
        var out = [UInt8]()
        out.reserveCapacity(range.count)
        var lastSpace = true
        for b in bytes[range] {
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 {
                if !lastSpace { out.append(0x20) }
                lastSpace = true
            } else {
                out.append(b)
                lastSpace = false
            }
        }
        while out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
