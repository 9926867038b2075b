/// One actor of a document with every place the text names it.
public struct ActorSummary: Hashable, Sendable {
    /// Nil for a person whose polity is unknown.
    public var code: String?
    public var sector: String?
    public var kind: ActorKind?
    public var name: String?
    public var mentions: [ScalarSpan]

    public init(code: String?, sector: String?, kind: ActorKind?, name: String?, mentions: [ScalarSpan]) {
        self.code = code
        self.sector = sector
        self.kind = kind
        self.name = name
        self.mentions = mentions
    }
}

extension ActorSummary: Codable {
    private enum CodingKeys: String, CodingKey { case code, sector, kind, name, mentions }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeNullable(code, forKey: .code)
        try c.encodeNullable(sector, forKey: .sector)
        try c.encodeNullable(kind, forKey: .kind)
        try c.encodeNullable(name, forKey: .name)
        try c.encode(mentions, forKey: .mentions)
    }
}
