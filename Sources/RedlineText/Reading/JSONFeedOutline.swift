/// The top level of a JSON object, found by a scan that skips strings and nested values without
/// building them: its `version` (when a string) and where each element of its `items` array
/// starts. The scan stops quietly where the bytes end or stop being JSON, so it works on a
/// prefix: it tells a JSON Feed (`FormatSniffer`) and gives each item its line for errors.
struct JSONFeedOutline {
    /// JSON Feed names its version with a URL under this prefix (`.../version/1`, `.../version/1.1`).
    static let versionPrefix = "https://jsonfeed.org/version/"

    private(set) var version: String?
    /// The byte offset of each element of `items`, in order.
    private(set) var itemOffsets: [Int] = []

    /// Whether the object names itself a JSON Feed.
    var isJSONFeed: Bool { version?.hasPrefix(Self.versionPrefix) == true }

    init(_ b: [UInt8]) {
        var i = 0
        func skipSpace() { while i < b.count, FormatSniffer.isSpace(b[i]) { i += 1 } }
        /// Past a string starting at `i`; its bytes (escapes left as written), or nil if cut short.
        func string() -> ArraySlice<UInt8>? {
            let start = i + 1
            i += 1
            while i < b.count, b[i] != UInt8(ascii: "\"") { i += b[i] == UInt8(ascii: "\\") ? 2 : 1 }
            guard i < b.count else { return nil }
            i += 1
            return b[start..<(i - 1)]
        }
        /// Past one value of any kind; false if the bytes end first.
        func skipValue() -> Bool {
            skipSpace()
            guard i < b.count else { return false }
            switch b[i] {
            case UInt8(ascii: "\""):
                return string() != nil
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while i < b.count {
                    switch b[i] {
                    case UInt8(ascii: "\""):
                        guard string() != nil else { return false }
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 { i += 1; return true }
                    default:
                        break
                    }
                    i += 1
                }
                return false
            default:  // a number or a literal
                while i < b.count, !Self.endsValue(b[i]) { i += 1 }
                return i < b.count
            }
        }
        skipSpace()
        guard i < b.count, b[i] == UInt8(ascii: "{") else { return }
        i += 1
        while true {
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "\""), let key = string() else { return }
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: ":") else { return }
            i += 1
            skipSpace()
            guard i < b.count else { return }
            if key.elementsEqual("version".utf8), b[i] == UInt8(ascii: "\"") {
                guard let value = string() else { return }
                version = String(decoding: value, as: UTF8.self)
            } else if key.elementsEqual("items".utf8), b[i] == UInt8(ascii: "[") {
                i += 1
                itemOffsets = []
                while true {
                    skipSpace()
                    guard i < b.count else { return }
                    if b[i] == UInt8(ascii: "]") { i += 1; break }
                    if b[i] == UInt8(ascii: ",") { i += 1; continue }
                    itemOffsets.append(i)
                    guard skipValue() else { return }
                }
            } else {
                guard skipValue() else { return }
            }
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: ",") else { return }
            i += 1
        }
    }

    private static func endsValue(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ",") || c == UInt8(ascii: "}") || c == UInt8(ascii: "]") || FormatSniffer.isSpace(c)
    }

    /// The 1-based line of each offset in `offsets` (ascending), counting newlines in `b`.
    static func lines(of offsets: [Int], in b: [UInt8]) -> [Int] {
        var lines: [Int] = []
        lines.reserveCapacity(offsets.count)
        var line = 1, position = 0
        for offset in offsets {
            while position < offset, position < b.count {
                if b[position] == 0x0A { line += 1 }
                position += 1
            }
            lines.append(line)
        }
        return lines
    }
}
