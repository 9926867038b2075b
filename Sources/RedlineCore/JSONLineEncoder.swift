/// Encodes `Encodable` values as compact JSON straight into a byte buffer, keys in the order the
/// type encodes them.
///
/// It writes what `JSONEncoder` with `.withoutEscapingSlashes` writes for redline's records —
/// same escaping, same numbers — without building an intermediate tree, which is most of
/// `JSONEncoder`'s cost. Keys come out in a fixed order, so two runs give the same bytes.
///
/// ```swift
/// var out = [UInt8]()
/// try JSONLineEncoder().encode(extraction, into: &out)
/// out.append(0x0A)
/// ```
///
/// Doubles that are not finite are refused, as `JSONEncoder` refuses them.
public struct JSONLineEncoder: Sendable {
    public init() {}

    /// Appends the JSON of `value` to `out`.
    public func encode<T: Encodable>(_ value: T, into out: inout [UInt8]) throws {
        let sink = JSONSink()
        swap(&sink.bytes, &out)
        defer { swap(&sink.bytes, &out) }
        try sink.write(value, path: [])
    }

    /// The JSON of `value`.
    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var out = [UInt8]()
        try encode(value, into: &out)
        return out
    }
}

/// The buffer every container of one encoding writes to.
final class JSONSink {
    var bytes: [UInt8] = []

    /// Writes one value: primitives directly, anything else through its `encode(to:)`, closing
    /// the container it opened afterwards.
    func write<T: Encodable>(_ value: T, path: [any CodingKey]) throws {
        switch value {
        case let v as String: string(v)
        case let v as Int: integer(v)
        case let v as Bool: boolean(v)
        case let v as Double: try number(v, finite: v.isFinite, v.description, path: path)
        case let v as Float: try number(v, finite: v.isFinite, v.description, path: path)
        case let v as any BinaryInteger: bytes.append(contentsOf: "\(v)".utf8)
        default:
            let encoder = StreamingEncoder(sink: self, codingPath: path)
            try value.encode(to: encoder)
            encoder.state.finish(self)
        }
    }

    func null() { bytes.append(contentsOf: Self.null) }

    func boolean(_ v: Bool) { bytes.append(contentsOf: v ? Self.true : Self.false) }

    func integer(_ v: Int) { Self.append(v, to: &bytes) }

    /// A floating-point number as `JSONEncoder` writes it: its shortest description, "1" for 1.0.
    func number(_ v: Any, finite: Bool, _ description: String, path: [any CodingKey]) throws {
        guard finite else {
            throw EncodingError.invalidValue(v, .init(codingPath: path, debugDescription: "\(description) is not a valid JSON number"))
        }
        var text = description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    func string(_ s: String) { Self.append(s, to: &bytes) }

    func key(_ key: any CodingKey, first: Bool) {
        if !first { bytes.append(0x2C) }
        string(key.stringValue)
        bytes.append(0x3A)
    }

    /// Appends the decimal digits of `v`.
    static func append(_ v: Int, to bytes: inout [UInt8]) {
        if v >= 0 && v < 10 {
            bytes.append(0x30 + UInt8(v))
            return
        }
        var digits = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) as (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8)
        var magnitude = v.magnitude
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
        }
        if v < 0 { bytes.append(0x2D) }
        withUnsafeBytes(of: &digits) { d in
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(d[i]) }
        }
    }

    /// Appends `s` as a JSON string: quotes, backslashes and control characters escaped, the
    /// rest (slashes and non-ASCII included) as it is.
    static func append(_ s: String, to bytes: inout [UInt8]) {
        bytes.append(0x22)
        var utf8 = s.utf8
        // Fast path: copy runs of bytes that need no escape.
        let done: Bool = utf8.withContiguousStorageIfAvailable { buffer in
            var runStart = 0
            for (i, b) in buffer.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
                bytes.append(contentsOf: buffer[runStart..<i])
                escape(b, &bytes)
                runStart = i + 1
            }
            bytes.append(contentsOf: buffer[runStart...])
            return true
        } ?? false
        if !done {
            var copy = s
            copy.makeContiguousUTF8()
            utf8 = copy.utf8
            for b in utf8 {
                if b < 0x20 || b == 0x22 || b == 0x5C { escape(b, &bytes) } else { bytes.append(b) }
            }
        }
        bytes.append(0x22)
    }

    private static func escape(_ b: UInt8, _ bytes: inout [UInt8]) {
        bytes.append(0x5C)
        switch b {
        case 0x22: bytes.append(0x22)
        case 0x5C: bytes.append(0x5C)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
        }
    }

    static let null = Array("null".utf8)
    static let `true` = Array("true".utf8)
    static let `false` = Array("false".utf8)
}

/// What one value's encoder has opened so far.
final class ContainerState {
    enum Kind { case none, keyed, unkeyed, single }
    var kind = Kind.none
    var count = 0

    func open(_ new: Kind, _ sink: JSONSink) {
        precondition(kind == .none || kind == new, "a value may open only one kind of container")
        guard kind == .none else { return }
        kind = new
        switch new {
        case .keyed: sink.bytes.append(0x7B)
        case .unkeyed: sink.bytes.append(0x5B)
        case .single, .none: break
        }
    }

    func finish(_ sink: JSONSink) {
        switch kind {
        case .keyed: sink.bytes.append(0x7D)
        case .unkeyed: sink.bytes.append(0x5D)
        case .none: sink.bytes.append(contentsOf: "{}".utf8)  // what JSONEncoder writes for a value that encodes nothing
        case .single: break
        }
    }
}

struct StreamingEncoder: Encoder {
    let sink: JSONSink
    let codingPath: [any CodingKey]
    let state = ContainerState()
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(sink: JSONSink, codingPath: [any CodingKey]) {
        self.sink = sink
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        state.open(.keyed, sink)
        return KeyedEncodingContainer(KeyedStream<Key>(sink: sink, state: state, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        state.open(.unkeyed, sink)
        return UnkeyedStream(sink: sink, state: state, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        state.open(.single, sink)
        return SingleStream(sink: sink, codingPath: codingPath)
    }
}

struct KeyedStream<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: JSONSink
    let state: ContainerState
    let codingPath: [any CodingKey]

    private func key(_ key: Key) {
        sink.key(key, first: state.count == 0)
        state.count += 1
    }

    mutating func encodeNil(forKey key: Key) throws {
        self.key(key)
        sink.null()
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        self.key(key)
        try sink.write(value, path: codingPath)
    }

    // The common primitives, dispatched statically rather than by a dynamic cast.
    mutating func encode(_ value: String, forKey key: Key) throws {
        self.key(key)
        sink.string(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        self.key(key)
        sink.integer(value)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        self.key(key)
        sink.boolean(value)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        self.key(key)
        try sink.number(value, finite: value.isFinite, value.description, path: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure("JSONLineEncoder does not support nested containers; encode a value instead")
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        preconditionFailure("JSONLineEncoder does not support nested containers; encode a value instead")
    }

    mutating func superEncoder() -> any Encoder {
        preconditionFailure("JSONLineEncoder does not support super encoders")
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        preconditionFailure("JSONLineEncoder does not support super encoders")
    }
}

struct UnkeyedStream: UnkeyedEncodingContainer {
    let sink: JSONSink
    let state: ContainerState
    let codingPath: [any CodingKey]
    var count: Int { state.count }

    private func separate() {
        if state.count > 0 { sink.bytes.append(0x2C) }
        state.count += 1
    }

    mutating func encodeNil() throws {
        separate()
        sink.null()
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        separate()
        try sink.write(value, path: codingPath)
    }

    mutating func encode(_ value: String) throws {
        separate()
        sink.string(value)
    }

    mutating func encode(_ value: Int) throws {
        separate()
        sink.integer(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure("JSONLineEncoder does not support nested containers; encode a value instead")
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        preconditionFailure("JSONLineEncoder does not support nested containers; encode a value instead")
    }

    mutating func superEncoder() -> any Encoder {
        preconditionFailure("JSONLineEncoder does not support super encoders")
    }
}

struct SingleStream: SingleValueEncodingContainer {
    let sink: JSONSink
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { sink.null() }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try sink.write(value, path: codingPath)
    }

    mutating func encode(_ value: String) throws { sink.string(value) }
    mutating func encode(_ value: Int) throws { sink.integer(value) }
    mutating func encode(_ value: Bool) throws { sink.boolean(value) }
}
