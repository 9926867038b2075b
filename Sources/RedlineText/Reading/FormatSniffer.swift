/// Tells an input's format from its first bytes (after a byte-order mark and white space):
/// a `{` whose first line parses as a JSON object is JSON Lines; XML whose root element is
/// `rss`, `rdf:RDF` or `feed` is a feed; markup (`<!doctype html`, `<html`, `<head`, `<body`, or
/// any other leading element, or three common tags in the first KB) is HTML; the rest is text.
enum FormatSniffer {
    /// How much of an input is read ahead to tell its format.
    static let prefixLength = 64 * 1024

    /// `complete` says the prefix is the whole input.
    static func sniff(_ prefix: [UInt8], complete: Bool) -> InputFormat {
        var bytes = prefix
        if let bom = UnicodeBOM.detect(bytes[...]) ?? UnicodeBOM.unmarkedUTF16(bytes[...]) {
            let body = UnicodeBOM.detect(bytes[...]) == bom ? bytes.dropFirst(bom.length) : bytes[...]
            // A prefix may end inside a character; decode what is whole.
            let whole = body.prefix(body.count - body.count % (bom == .utf32LE || bom == .utf32BE ? 4 : 2))
            bytes = (try? bom.transcode(bom == .utf8 ? body : whole).get()) ?? []
        }
        var i = 0
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        guard i < bytes.count else { return .text }
        let rest = Array(bytes[i...])
        if rest[0] == UInt8(ascii: "{") { return isJSONLine(rest, complete: complete) ? .jsonl : .text }
        if rest[0] == UInt8(ascii: "<"), let root = XMLProlog.rootElement(rest) {
            if ["rss", "feed", "rdf:rdf"].contains(root.lowercased()) { return .feed }
            return .html
        }
        return looksLikeHTML(rest.prefix(1024)) ? .html : .text
    }

    private static func isJSONLine(_ bytes: [UInt8], complete: Bool) -> Bool {
        guard let newline = bytes.firstIndex(of: 0x0A) else {
            if complete { return (try? JSONLineParser.parseObject(bytes).get()) != nil }
            // A first line longer than the prefix: trust `{"`.
            var i = 1
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            return i < bytes.count && bytes[i] == UInt8(ascii: "\"")
        }
        return (try? JSONLineParser.parseObject(Array(bytes[..<newline])).get()) != nil
    }

    private static let strongMarkers = ["<!doctype html", "<html", "<head", "<body"].map { Array($0.utf8) }
    private static let commonTags = ["<p>", "<p ", "</p>", "<div", "</div>", "<br", "<a href", "</a>", "<span",
                                     "<h1", "<h2", "<h3", "<ul", "<li>", "<table", "<strong>", "<em>", "<b>", "<i>"]
        .map { Array($0.utf8) }

    private static func looksLikeHTML(_ bytes: ArraySlice<UInt8>) -> Bool {
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var common = 0
        for i in lower.indices where lower[i] == UInt8(ascii: "<") {
            let tail = lower[i...]
            if strongMarkers.contains(where: { tail.starts(with: $0) }) { return true }
            if commonTags.contains(where: { tail.starts(with: $0) }) { common += 1 }
        }
        return common >= 3
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
}

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
