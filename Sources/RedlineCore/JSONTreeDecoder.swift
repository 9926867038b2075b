/// Decodes `Decodable` values from JSON through ``JSONTree``: the same `DecodingError`s, with
/// coding paths, as Foundation's decoder, at a fraction of its cost for files of many small
/// records (the lexicon: thousands of entries with optional lists of strings).
///
/// ```swift
/// struct Entry: Decodable { var name: String; var aliases: [String]? }
/// let entries = try JSONTreeDecoder().decode([Entry].self, from: Array(#"[{"name": "NATO"}]"#.utf8))
/// ```
///
/// Syntax errors are `DecodingError.dataCorrupted` whose description names the line and column.
/// Keys are matched as written (no key strategy); dates and data have no special strategy.
public struct JSONTreeDecoder: Sendable {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let tree: JSONTree
        do { tree = try JSONTree.parse(bytes) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(error)"))
        }
        return try decode(type, from: tree)
    }

    public func decode<T: Decodable>(_ type: T.Type, from tree: JSONTree) throws -> T {
        try TreeDecoder(tree, path: CodingPath.root).decode(type)
    }
}

/// A coding path kept as a parent chain: cheap to extend, turned into `[CodingKey]` only for
/// `codingPath` and errors.
private final class CodingPath: @unchecked Sendable {
    static let root = CodingPath(parent: nil, key: nil)

    let parent: CodingPath?
    let key: (any CodingKey)?

    init(parent: CodingPath?, key: (any CodingKey)?) {
        self.parent = parent
        self.key = key
    }

    func appending(_ key: any CodingKey) -> CodingPath { CodingPath(parent: self, key: key) }

    var keys: [any CodingKey] {
        var keys = [any CodingKey]()
        var node: CodingPath? = self
        while let n = node, let key = n.key {
            keys.append(key)
            node = n.parent
        }
        return keys.reversed()
    }
}

private struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct TreeDecoder: Decoder {
    let tree: JSONTree
    let path: CodingPath

    init(_ tree: JSONTree, path: CodingPath) {
        self.tree = tree
        self.path = path
    }

    var codingPath: [any CodingKey] { path.keys }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = tree else { throw mismatch([String: Any].self) }
        return KeyedDecodingContainer(KeyedContainer<Key>(members: members, path: path))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = tree else { throw mismatch([Any].self) }
        return UnkeyedContainer(elements: elements, path: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleValue(decoder: self) }

    func mismatch(_ type: Any.Type) -> DecodingError {
        if tree == .null {
            return DecodingError.valueNotFound(type, .init(codingPath: codingPath,
                                                           debugDescription: "Expected \(Self.describe(type)) but found null instead."))
        }
        return DecodingError.typeMismatch(type, .init(codingPath: codingPath,
                                               debugDescription: "Expected \(Self.describe(type)) but found \(tree.kind) instead."))
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is [String: Any].Type: "an object"
        case is [Any].Type: "an array"
        case is String.Type: "a string"
        case is Bool.Type: "a boolean"
        default: "a number (\(type))"
        }
    }

    /// The value at this node as `T`, the common leaf types read directly.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return try string() as! T }
        if T.self == [String].self { return try strings() as! T }
        if T.self == Bool.self { return try bool() as! T }
        if T.self == Int.self { return try integer(Int.self) as! T }
        if T.self == Double.self { return try floatingPoint() as! T }
        return try T(from: self)
    }

    func string() throws -> String {
        guard case .string(let s) = tree else { throw mismatch(String.self) }
        return s
    }

    func strings() throws -> [String] {
        guard case .array(let elements) = tree else { throw mismatch([Any].self) }
        var out = [String]()
        out.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard case .string(let s) = element else {
                throw TreeDecoder(element, path: path.appending(IndexKey(index))).mismatch(String.self)
            }
            out.append(s)
        }
        return out
    }

    func bool() throws -> Bool {
        guard case .bool(let b) = tree else { throw mismatch(Bool.self) }
        return b
    }

    func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        guard case .number(let text) = tree else { throw mismatch(type) }
        if let value = I(text) { return value }
        // "1e3" and "2.0" are integers written otherwise.
        if let d = Double(text), d.rounded() == d, let value = I(exactly: d) { return value }
        throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "\(text) does not fit in \(type)."))
    }

    func floatingPoint() throws -> Double {
        guard case .number(let text) = tree else { throw mismatch(Double.self) }
        guard let value = Double(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "\(text) is not a number."))
        }
        return value
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [(key: String, value: JSONTree)]
    let path: CodingPath

    var codingPath: [any CodingKey] { path.keys }
    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { value(key) != nil }

    private func value(_ key: Key) -> JSONTree? {
        let name = key.stringValue
        var k = members.count - 1
        while k >= 0 {
            if members[k].key == name { return members[k].value }
            k -= 1
        }
        return nil
    }

    private func child(_ key: Key) throws -> TreeDecoder {
        guard let v = value(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: path.keys,
                                                       debugDescription: "No value associated with key \"\(key.stringValue)\"."))
        }
        return TreeDecoder(v, path: path.appending(key))
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let v = value(key) else { return true }
        return v == .null
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).bool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).string() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).floatingPoint() }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try child(key).floatingPoint()) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).integer(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).integer(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key).integer(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key).integer(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key).integer(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).integer(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key).integer(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key).integer(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key).integer(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key).integer(type) }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let v = value(key), v != .null else { return nil }
        return try TreeDecoder(v, path: path.appending(key)).string()
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let v = value(key), v != .null else { return nil }
        return try TreeDecoder(v, path: path.appending(key)).bool()
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard let v = value(key), v != .null else { return nil }
        return try TreeDecoder(v, path: path.appending(key)).integer(type)
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let decoder = try child(key)
        if decoder.tree == .null, !(T.self is any OptionalMarker.Type) {
            throw DecodingError.valueNotFound(type, .init(codingPath: decoder.codingPath,
                                                          debugDescription: "Expected \(type) but found null instead."))
        }
        return try decoder.decode(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let v = value(key), v != .null else { return nil }
        return try TreeDecoder(v, path: path.appending(key)).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        TreeDecoder(.object(members), path: path)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try child(key)
    }
}

/// Lets `decode(_:forKey:)` tell an optional type, which accepts null.
private protocol OptionalMarker {}
extension Optional: OptionalMarker {}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [JSONTree]
    let path: CodingPath
    var currentIndex = 0

    init(elements: [JSONTree], path: CodingPath) {
        self.elements = elements
        self.path = path
    }

    var codingPath: [any CodingKey] { path.keys }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> TreeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: path.appending(IndexKey(currentIndex)).keys,
                                                              debugDescription: "Unkeyed container is at end."))
        }
        defer { currentIndex += 1 }
        return TreeDecoder(elements[currentIndex], path: path.appending(IndexKey(currentIndex)))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().bool() }
    mutating func decode(_ type: String.Type) throws -> String { try next().string() }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().floatingPoint() }
    mutating func decode(_ type: Float.Type) throws -> Float { Float(try next().floatingPoint()) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().integer(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().integer(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().integer(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().integer(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().integer(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next().integer(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().integer(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().integer(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().integer(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().integer(type) }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try next().decode(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try next() }
}

private struct SingleValue: SingleValueDecodingContainer {
    let decoder: TreeDecoder

    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.tree == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.bool() }
    func decode(_ type: String.Type) throws -> String { try decoder.string() }
    func decode(_ type: Double.Type) throws -> Double { try decoder.floatingPoint() }
    func decode(_ type: Float.Type) throws -> Float { Float(try decoder.floatingPoint()) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.integer(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(type) }
}
