/// The one-character escapes of JSON strings, shared by the parsers of JSON texts and lines.
public enum JSONEscape {
    /// The byte `\e` stands for, for every escape but `\u`; nil for anything else.
    @inlinable
    public static func simple(_ e: UInt8) -> UInt8? {
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): e
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }
}

/// A JSON text parsed whole into a tree: the input of ``JSONTreeDecoder``.
///
/// The parser reads UTF-8 bytes once, strictly (RFC 8259: no trailing commas, no comments, no
/// leading zeros), and at most ``maxDepth`` levels deep so that hostile nesting cannot exhaust
/// the stack. Numbers keep their text and are converted when decoded; object members keep their
/// order, and the last of duplicate keys wins on lookup.
public indirect enum JSONTree: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONTree])
    case object([(key: String, value: JSONTree)])

    public static let maxDepth = 256

    /// A syntax error: what is wrong, and where (1-based line and column, in bytes).
    public struct SyntaxError: Error, Equatable, CustomStringConvertible, Sendable {
        public var line: Int
        public var column: Int
        public var message: String

        public var description: String { "line \(line), column \(column): \(message)" }
    }

    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONTree {
        try bytes.withUnsafeBufferPointer { buffer throws(SyntaxError) in
            // Valid UTF-8 as a whole, checked once: strings are then taken without checking each.
            if let bad = firstInvalidUTF8(buffer) {
                var parser = Parser(buffer)
                parser.i = bad
                throw parser.error("invalid UTF-8")
            }
            var parser = Parser(buffer)
            parser.skipSpace()
            let tree = try parser.value(depth: 0)
            parser.skipSpace()
            guard parser.i == buffer.count else { throw parser.error("unexpected text after the value") }
            return tree
        }
    }

    /// The value of `key` in an object (the last, when a key repeats); nil for other values.
    public subscript(key: String) -> JSONTree? {
        guard case .object(let members) = self else { return nil }
        for member in members.reversed() where member.key == key { return member.value }
        return nil
    }

    /// "a string", "an object"...: for messages.
    public var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    public static func == (a: JSONTree, b: JSONTree) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.bool(let x), .bool(let y)): x == y
        case (.number(let x), .number(let y)): x == y
        case (.string(let x), .string(let y)): x == y
        case (.array(let x), .array(let y)): x == y
        case (.object(let x), .object(let y)):
            x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }
}

/// The offset of the first byte that is not part of well-formed UTF-8 (no overlongs, no
/// surrogates, nothing above U+10FFFF), or nil.
private func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = b.count
    while i < n {
        let c = b[i]
        if c < 0x80 {
            i += 1
            continue
        }
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return i
        }
        guard i + length <= n, b[i + 1] >= low, b[i + 1] <= high else { return i }
        for k in 2..<length where b[i + k] < 0x80 || b[i + k] > 0xBF { return i }
        i += length
    }
    return nil
}

private struct Parser {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { b = bytes }

    mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    func error(_ message: String) -> JSONTree.SyntaxError {
        var line = 1
        var lineStart = 0
        for k in 0..<min(i, b.count) where b[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        return JSONTree.SyntaxError(line: line, column: i - lineStart + 1, message: message)
    }

    mutating func value(depth: Int) throws(JSONTree.SyntaxError) -> JSONTree {
        guard i < b.count else { throw error("the text ends where a value should be") }
        switch b[i] {
        case UInt8(ascii: "{"):
            guard depth < JSONTree.maxDepth else { throw error("nested more than \(JSONTree.maxDepth) levels deep") }
            return try object(depth: depth + 1)
        case UInt8(ascii: "["):
            guard depth < JSONTree.maxDepth else { throw error("nested more than \(JSONTree.maxDepth) levels deep") }
            return try array(depth: depth + 1)
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try number())
        default:
            throw error("unexpected character where a value should be")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONTree.SyntaxError) {
        let count = word.utf8CodeUnitCount
        guard i + count <= b.count else { throw error("unexpected end of text") }
        for k in 0..<count where b[i + k] != word.utf8Start[k] { throw error("unexpected character where a value should be") }
        i += count
    }

    private mutating func object(depth: Int) throws(JSONTree.SyntaxError) -> JSONTree {
        i += 1
        var members = [(key: String, value: JSONTree)]()
        skipSpace()
        if i < b.count, b[i] == UInt8(ascii: "}") {
            i += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw error("expected a quoted member name") }
            let key = try string()
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: ":") else { throw error("expected ':' after a member name") }
            i += 1
            skipSpace()
            members.append((key, try value(depth: depth)))
            skipSpace()
            guard i < b.count else { throw error("the text ends inside an object") }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            throw error("expected ',' or '}' in an object")
        }
    }

    private mutating func array(depth: Int) throws(JSONTree.SyntaxError) -> JSONTree {
        i += 1
        var elements = [JSONTree]()
        skipSpace()
        if i < b.count, b[i] == UInt8(ascii: "]") {
            i += 1
            return .array(elements)
        }
        while true {
            skipSpace()
            elements.append(try value(depth: depth))
            skipSpace()
            guard i < b.count else { throw error("the text ends inside an array") }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
            throw error("expected ',' or ']' in an array")
        }
    }

    private mutating func number() throws(JSONTree.SyntaxError) -> String {
        let start = i
        if b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count, isDigit(b[i]) else { throw error("a number needs digits") }
        if b[i] == UInt8(ascii: "0") {
            i += 1
            if i < b.count, isDigit(b[i]) { throw error("a number cannot start with 0") }
        } else {
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            guard i < b.count, isDigit(b[i]) else { throw error("a number needs digits after '.'") }
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard i < b.count, isDigit(b[i]) else { throw error("a number needs digits in its exponent") }
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
    }

    private func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// A string from its opening quote; the bytes between quotes are taken as they are when they
    /// hold no escape (the common case), else decoded.
    private mutating func string() throws(JSONTree.SyntaxError) -> String {
        i += 1
        let start = i
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                let s = validated(start..<i)
                i += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { throw error("a control character inside a string") }
            i += 1
        }
        var out = Array(b[start..<i])
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c < 0x20 { throw error("a control character inside a string") }
            if c != UInt8(ascii: "\\") {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < b.count else { break }
            if let simple = JSONEscape.simple(b[i]) {
                out.append(simple)
                i += 1
                continue
            }
            switch b[i] {
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if scalar >= 0xD800, scalar < 0xDC00 {
                    guard i + 2 < b.count, b[i + 1] == UInt8(ascii: "\\"), b[i + 2] == UInt8(ascii: "u") else {
                        throw error("a lone surrogate in a \\u escape")
                    }
                    i += 2
                    let low = try hex4()
                    guard low >= 0xDC00, low < 0xE000 else { throw error("a lone surrogate in a \\u escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if scalar >= 0xDC00, scalar < 0xE000 {
                    throw error("a lone surrogate in a \\u escape")
                }
                guard let u = Unicode.Scalar(scalar) else { throw error("an invalid \\u escape") }
                out.append(contentsOf: String(Character(u)).utf8)
            default:
                throw error("an unknown escape in a string")
            }
            i += 1
        }
        throw error("the text ends inside a string")
    }

    /// Reads the four hex digits after `\u`, leaving `i` on the last.
    private mutating func hex4() throws(JSONTree.SyntaxError) -> UInt32 {
        guard i + 4 < b.count else { throw error("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            i += 1
            let c = b[i]
            let digit: UInt32
            switch c {
            case 0x30...0x39: digit = UInt32(c - 0x30)
            case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
            default: throw error("a \\u escape needs four hex digits")
            }
            value = value << 4 | digit
        }
        return value
    }

    private func validated(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)
    }
}
