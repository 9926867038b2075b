/// Tells an input's format from its first bytes (after a byte-order mark and white space):
/// a JSON object whose `version` is a JSON Feed's (`https://jsonfeed.org/version/...`, found in
/// the prefix) is a feed; any other `{` whose first line parses as a JSON object is JSON Lines; XML whose root element is
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
        if rest[0] == UInt8(ascii: "{") {
            if JSONFeedOutline(rest).isJSONFeed { return .feed }
            return isJSONLine(rest, complete: complete) ? .jsonl : .text
        }
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
        // A bad byte in the first line makes that line an error, not the whole file text: the
        // line is judged with bad bytes replaced and NULs dropped.
        let line = Array(String(decoding: bytes[..<newline].filter { $0 != 0 }, as: UTF8.self).utf8)
        return (try? JSONLineParser.parseObject(line).get()) != nil
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
