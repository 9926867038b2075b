import RedlineCore

/// The metadata block a plain-text article may start with:
///
/// ```text
/// Title: Russia warns US over arms deliveries
/// Published: April 13, 2022
/// URL: https://example.com/story
///
/// On April 13, ...
/// ```
///
/// It counts as a header only when the first line is `Key: value` with one of the known keys
/// (Title, Published or Date, Source, URL; any case), every line up to the first blank line has
/// that shape, and a Title or Published key is present; it is then removed from the text. Other
/// keys in the block (Author, ...) are dropped. `Source:` is a publication name, not where
/// redline read the text, so it fills `url` only when it is a URL and no `URL:` is given.
struct TextHeader: Equatable {
    var title: String?
    var published: Day?
    var url: String?
    /// Where the body starts in the text's UTF-8.
    var bodyOffset: Int

    private static let knownKeys: Set<String> = ["title", "published", "date", "source", "url"]

    static func parse(_ text: String) -> TextHeader? {
        let bytes = Array(text.utf8.prefix(16 * 1024))
        var header = TextHeader(bodyOffset: 0)
        var sawKey = false
        var lineStart = 0
        var lineNumber = 0
        var source: String?
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                guard sawKey, header.title != nil || header.published != nil,
                      lineEnd < bytes.count else { return nil }
                header.bodyOffset = lineEnd + 1
                header.url = header.url ?? source.flatMap { looksLikeURL($0) ? $0 : nil }
                return header
            }
            guard let (key, value) = keyValue(line) else { return nil }
            if lineNumber == 0, !knownKeys.contains(key) { return nil }
            sawKey = true
            switch key {
            case "title": header.title = value.isEmpty ? nil : value
            case "published", "date": header.published = MetadataDate.parse(value)
            case "url": header.url = value.isEmpty ? nil : value
            case "source": source = value
            default: break
            }
            lineNumber += 1
            lineStart = lineEnd + 1
        }
        return nil
    }

    /// `Key: value` with a key of letters, digits, spaces and hyphens (up to 30 bytes).
    private static func keyValue(_ line: ArraySlice<UInt8>) -> (String, String)? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
              colon - line.startIndex <= 30 else { return nil }
        let key = line[line.startIndex..<colon]
        guard let first = key.first, first | 0x20 >= 0x61, first | 0x20 <= 0x7A,
              key.allSatisfy({ ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39)
                  || $0 == 0x20 || $0 == 0x2D || $0 == 0x5F }) else { return nil }
        let name = String(decoding: key, as: UTF8.self).lowercased()
        let value = String(decoding: line[(colon + 1)...], as: UTF8.self)
        return (name, TextCleanup.singleLine(value))
    }

    private static func looksLikeURL(_ value: String) -> Bool {
        value.hasPrefix("http://") || value.hasPrefix("https://")
    }
}
