/// A half-open range of Unicode scalar offsets into a document's decoded text, encoded as `[start, end]`.
public struct ScalarSpan: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func contains(_ other: ScalarSpan) -> Bool { start <= other.start && other.end <= end }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        start = try container.decode(Int.self)
        end = try container.decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }

    public static func < (lhs: ScalarSpan, rhs: ScalarSpan) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }
}
