/// Finds the first element's name in XML or HTML, skipping the prolog: declarations,
/// processing instructions, comments and a DOCTYPE with its internal subset.
enum XMLProlog {
    static func rootElement(_ b: [UInt8]) -> String? {
        var i = 0
        func starts(_ s: String) -> Bool { b[i...].starts(with: s.utf8) }
        while i < b.count {
            if FormatSniffer.isSpace(b[i]) {
                i += 1
            } else if starts("<?") {
                guard let end = find("?>", in: b, from: i + 2) else { return nil }
                i = end + 2
            } else if starts("<!--") {
                guard let end = find("-->", in: b, from: i + 4) else { return nil }
                i = end + 3
            } else if starts("<!") {
                guard let end = doctypeEnd(b, from: i + 2) else {
                    // A prolog longer than the prefix (a large internal subset): the DOCTYPE
                    // names the root element.
                    return doctypeName(b, from: i + 2)
                }
                i = end + 1
            } else if b[i] == UInt8(ascii: "<") {
                var j = i + 1
                while j < b.count, !FormatSniffer.isSpace(b[j]), b[j] != UInt8(ascii: ">"), b[j] != UInt8(ascii: "/") { j += 1 }
                guard j > i + 1, let first = b.dropFirst(i + 1).first, first | 0x20 >= 0x61, first | 0x20 <= 0x7A else { return nil }
                return String(decoding: b[(i + 1)..<j], as: UTF8.self)
            } else {
                return nil
            }
        }
        return nil
    }

    private static func doctypeName(_ b: [UInt8], from start: Int) -> String? {
        let keyword = Array("doctype".utf8)
        guard b.count >= start + keyword.count,
              b[start..<(start + keyword.count)].map({ $0 | 0x20 }) == keyword else { return nil }
        var i = start + keyword.count
        while i < b.count, FormatSniffer.isSpace(b[i]) { i += 1 }
        let nameStart = i
        while i < b.count, !FormatSniffer.isSpace(b[i]), b[i] != UInt8(ascii: "["), b[i] != UInt8(ascii: ">") { i += 1 }
        return i > nameStart ? String(decoding: b[nameStart..<i], as: UTF8.self) : nil
    }

    /// The `>` closing a `<!DOCTYPE ...>`, past quoted strings and a `[...]` internal subset.
    private static func doctypeEnd(_ b: [UInt8], from start: Int) -> Int? {
        var i = start, bracket = 0
        var quote: UInt8?
        while i < b.count {
            let c = b[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == 0x22 || c == 0x27 {
                quote = c
            } else if c == UInt8(ascii: "[") {
                bracket += 1
            } else if c == UInt8(ascii: "]") {
                bracket -= 1
            } else if c == UInt8(ascii: ">"), bracket <= 0 {
                return i
            }
            i += 1
        }
        return nil
    }

    private static func find(_ needle: String, in b: [UInt8], from start: Int) -> Int? {
        let n = Array(needle.utf8)
        var i = start
        while i + n.count <= b.count {
            if b[i] == n[0], b[i..<(i + n.count)].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }
}
