/// Something a speaker said: a direct quote (`direct`, the words inside the quotation marks) or
/// reported speech (the reported clause).
public struct Quote: Hashable, Sendable {
    public var speaker: ActorRef?
    public var text: String
    public var span: ScalarSpan
    public var direct: Bool

    public init(speaker: ActorRef?, text: String, span: ScalarSpan, direct: Bool) {
        self.speaker = speaker
        self.text = text
        self.span = span
        self.direct = direct
    }
}

extension Quote: Codable {
    private enum CodingKeys: String, CodingKey { case speaker, text, span, direct }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeNullable(speaker, forKey: .speaker)
        try c.encode(text, forKey: .text)
        try c.encode(span, forKey: .span)
        try c.encode(direct, forKey: .direct)
    }
}
