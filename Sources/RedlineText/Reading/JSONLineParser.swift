import RedlineCore

/// A JSON object on one line, parsed just far enough for JSON Lines input: the top-level fields
/// that are strings, numbers, booleans or null; nested values are checked and skipped (at most
/// 64 levels deep, so hostile nesting cannot exhaust the stack). Errors say what is wrong and at
/// which column, never quoting the text.
struct JSONLineParser {
    enum Value: Equatable {
        case string(String)
        case number(String)
        case bool(Bool)
        case null
        case object
        case array

        var kind: String {
            switch self {
            case .string: "a string"
            case .number: "a number"
            case .bool: "a boolean"
            case .null: "null"
            case .object: "an object"
            case .array: "an array"
            }
        }
    }

    struct Failure: Error, Equatable {
        var message: String
    }

    static let maxDepth = 64

    private let b: [UInt8]
    private var i = 0

    private init(_ bytes: [UInt8]) { b = bytes }

    /// The object's fields (the last of duplicate keys wins).
    static func parseObject(_ bytes: [UInt8]) -> Result<[String: Value], Failure> {
        var multiByte = 0
        if let bad = UTF8Encoding.firstInvalidOffset(bytes, multiByte: &multiByte) {
            return .failure(Failure(message: "invalid UTF-8 at column \(bad + 1)"))
        }
        var parser = JSONLineParser(bytes)
        do {
            parser.skipSpace()
            guard parser.i < bytes.count else { throw parser.endOfLine() }
            guard bytes[parser.i] == UInt8(ascii: "{") else {
                let found = try parser.value(depth: 0)
                throw Failure(message: "found \(found.kind)")
            }
            let fields = try parser.object()
            parser.skipSpace()
            guard parser.i == bytes.count else { throw parser.failure("unexpected text after the object") }
            return .success(fields)
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(message: "\(error)"))
        }
    }

    private mutating func object() throws(Failure) -> [String: Value] {
        i += 1
        var fields: [String: Value] = [:]
        skipSpace()
        if peek == UInt8(ascii: "}") {
            i += 1
            return fields
        }
        while true {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { throw unexpected("expected a key in double quotes") }
            let key = try string()
            skipSpace()
            guard peek == UInt8(ascii: ":") else { throw unexpected("expected ':' after a key") }
            i += 1
            fields[key] = try value(depth: 1)
            skipSpace()
            switch peek {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "}"): i += 1; return fields
            default: throw unexpected("expected ',' or '}'")
            }
        }
    }

    private mutating func value(depth: Int) throws(Failure) -> Value {
        skipSpace()
        guard let c = peek else { throw endOfLine() }
        switch c {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipContainer(depth: depth + 1)
            return c == UInt8(ascii: "{") ? .object : .array
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw unexpected("expected a value")
        }
    }

    private mutating func skipContainer(depth: Int) throws(Failure) {
        guard depth <= Self.maxDepth else { throw failure("nested more than \(Self.maxDepth) levels") }
        let isObject = b[i] == UInt8(ascii: "{")
        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        i += 1
        skipSpace()
        if peek == close {
            i += 1
            return
        }
        while true {
            if isObject {
                skipSpace()
                guard peek == UInt8(ascii: "\"") else { throw unexpected("expected a key in double quotes") }
                _ = try string()
                skipSpace()
                guard peek == UInt8(ascii: ":") else { throw unexpected("expected ':' after a key") }
                i += 1
            }
            _ = try value(depth: depth)
            skipSpace()
            guard let c = peek else { throw endOfLine() }
            if c == close {
                i += 1
                return
            }
            guard c == UInt8(ascii: ",") else { throw unexpected(isObject ? "expected ',' or '}'" : "expected ',' or ']'") }
            i += 1
        }
    }

    private mutating func string() throws(Failure) -> String {
        i += 1
        var out = [UInt8]()
        while true {
            let runStart = i
            while i < b.count, b[i] != UInt8(ascii: "\""), b[i] != UInt8(ascii: "\\") { i += 1 }
            out.append(contentsOf: b[runStart..<i])
            guard i < b.count else { throw endOfLine() }
            if b[i] == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            i += 1
            guard let e = peek else { throw endOfLine() }
            i += 1
            if let simple = JSONEscape.simple(e) {
                out.append(simple)
                continue
            }
            switch e {
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if scalar >= 0xD800, scalar < 0xDC00, i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") {
                    let save = i
                    i += 2
                    let low = try hex4()
                    if low >= 0xDC00, low < 0xE000 {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        i = save
                    }
                }
                if scalar >= 0xD800, scalar < 0xE000 { scalar = 0xFFFD }  // a lone surrogate
                UTF8Encoding.append(scalar, to: &out)
            default:
                i -= 2  // at the backslash
                throw failure("invalid escape in a string")
            }
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 <= b.count else { throw endOfLine() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let c = b[i] | 0x20
            let digit: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
            default: throw failure("invalid \\u escape in a string")
            }
            value = value << 4 | UInt32(digit)
            i += 1
        }
        return value
    }

    private mutating func number() throws(Failure) -> String {
        let start = i
        func digits() -> Int {
            let from = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            return i - from
        }
        if peek == UInt8(ascii: "-") { i += 1 }
        guard digits() > 0 else { throw unexpected("expected a digit") }
        if peek == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { throw unexpected("expected a digit") }
        }
        if let e = peek, e | 0x20 == UInt8(ascii: "e") {
            i += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { throw unexpected("expected a digit") }
        }
        return String(decoding: b[start..<i], as: UTF8.self)
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for expected in bytes {
            guard let c = peek else { throw endOfLine() }
            guard c == expected else { throw unexpected("expected a value") }
            i += 1
        }
    }

    private var peek: UInt8? { i < b.count ? b[i] : nil }

    private mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D || b[i] == 0x0A { i += 1 }
    }

    private func endOfLine() -> Failure { Failure(message: "unexpected end of line") }

    private func failure(_ what: String) -> Failure { Failure(message: "\(what) at column \(i + 1)") }

    /// Names the character found when it is printable ASCII, so the message shows no article text
    /// beyond that one character.
    private func unexpected(_ expectation: String) -> Failure {
        guard let c = peek else { return endOfLine() }
        let found = c >= 0x21 && c < 0x7F ? "'\(Character(Unicode.Scalar(c)))'" : "byte 0x\(String(c, radix: 16, uppercase: true))"
        return Failure(message: "\(expectation), found \(found) at column \(i + 1)")
    }
}
