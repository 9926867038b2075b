/// A temporal expression found in a text, resolved to the first day of the period it names where
/// that can be told. `relative` marks expressions read against the publication date
/// ("last week"), which stay unresolved (`value` nil) when the document has none.
public struct DateMention: Hashable, Sendable {
    public var text: String
    public var span: ScalarSpan
    public var value: Day?
    public var precision: DatePrecision?
    public var relative: Bool

    public init(text: String, span: ScalarSpan, value: Day?, precision: DatePrecision?, relative: Bool) {
        self.text = text
        self.span = span
        self.value = value
        self.precision = precision
        self.relative = relative
    }
}

extension DateMention: Codable {
    private enum CodingKeys: String, CodingKey { case text, span, value, precision, relative }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(span, forKey: .span)
        try c.encodeNullable(value, forKey: .value)
        try c.encodeNullable(precision, forKey: .precision)
        try c.encode(relative, forKey: .relative)
    }
}
