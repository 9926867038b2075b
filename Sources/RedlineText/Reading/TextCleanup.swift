import Foundation

/// The one place decoded text is made canonical: line ends as `\n`, no byte-order mark, no
/// control characters but tab and newline, NFC, no white space at either end. Offsets in
/// redline's output count scalars of this text.
enum TextCleanup {
    static func normalize(utf8 bytes: [UInt8]) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var ascii = true
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            switch b {
            case 0x0D:
                out.append(0x0A)
                if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
            case 0x09, 0x0A:
                out.append(b)
            case 0x00..<0x20, 0x7F:
                break
            case 0xC2 where i + 1 < n && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F:
                i += 1  // C1 control
            case 0xEF where i + 2 < n && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF:
                i += 2  // byte-order mark or zero-width no-break space: neither is text
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                // Line and paragraph separators become the newlines the rest of redline reads.
                out.append(0x0A)
                if bytes[i + 2] == 0xA9 { out.append(0x0A) }
                i += 2
            default:
                if b >= 0x80 { ascii = false }
                out.append(b)
            }
            i += 1
        }
        var text = String(decoding: out, as: UTF8.self)
        if !ascii, !isSurelyComposed(text) { text = text.precomposedStringWithCanonicalMapping }
        return trimmed(text)
    }

    /// Whether NFC would leave `text` as it is, told cheaply from its scalars: true when every
    /// scalar is one that neither combines nor decomposes (Latin letters up to U+02FF, general
    /// punctuation but the two quads, currency signs, emoji). Anything else goes to full NFC.
    static func isSurelyComposed(_ text: String) -> Bool {
        for s in text.unicodeScalars {
            switch s.value {
            case 0..<0x300, 0x2002...0x206F, 0x20A0...0x20CF, 0x1F300...0x1FAFF: continue
            default: return false
            }
        }
        return true
    }

    /// Cleans text that arrived as a Swift string (JSON Lines fields, feed titles).
    static func normalize(_ text: String) -> String {
        var text = text
        // Most text needs nothing but trimming: one read-only pass tells, and spares the copy.
        let clean = text.withUTF8 { needsNoRewrite($0) }
        if clean.rewrite { return normalize(utf8: Array(text.utf8)) }
        if !clean.ascii, !isSurelyComposed(text) { text = text.precomposedStringWithCanonicalMapping }
        return trimmed(text)
    }

    /// Whether `bytes` hold anything `normalize(utf8:)` rewrites (a control character, CR, C1
    /// control, byte-order mark, line or paragraph separator), and whether they are all ASCII.
    private static func needsNoRewrite(_ bytes: UnsafeBufferPointer<UInt8>) -> (rewrite: Bool, ascii: Bool) {
        var ascii = true
        let n = bytes.count
        var i = 0
        while i < n {
            // Eight printable ASCII bytes at a time (no control, DEL or non-ASCII byte among them).
            if i + 8 <= n, let base = bytes.baseAddress {
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                let ones: UInt64 = 0x0101_0101_0101_0101
                let control = (x &- 0x2020_2020_2020_2020) & ~x & high  // a byte below 0x20
                let del = ((x ^ 0x7F7F_7F7F_7F7F_7F7F) &- ones) & ~(x ^ 0x7F7F_7F7F_7F7F_7F7F) & high  // a 0x7F byte
                if (x & high) | control | del == 0 {
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            if b >= 0x20 && b < 0x7F || b == 0x0A || b == 0x09 {
                i += 1
                continue
            }
            if b < 0x80 { return (true, ascii) }  // other C0 controls, CR, DEL
            ascii = false
            switch b {
            case 0xC2 where i + 1 < n && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F: return (true, false)
            case 0xEF where i + 2 < n && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF: return (true, false)
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9): return (true, false)
            default: i += 1
            }
        }
        return (false, ascii)
    }

    /// Collapses white space runs to one space: for titles and other one-line metadata.
    static func singleLine(_ text: String) -> String {
        var out = [UInt8]()
        var pendingSpace = false
        for b in normalize(text).utf8 {
            if b == 0x20 || b == 0x09 || b == 0x0A {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }),
              let last = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == utf8.startIndex, utf8.index(after: last) == utf8.endIndex { return text }
        return String(text[first...last])
    }
}
