/// A reference to an actor as the contract writes it: who (`code`), which part of it (`sector`),
/// what sort (`kind`), a proper name where one is known, and the words of the text that named it.
///
/// ```swift
/// ActorRef(code: "RUS", sector: "GOV", kind: .state, name: "Sergei Ryabkov",
///          text: "Russian Deputy Foreign Minister Sergei Ryabkov")
/// ```
public struct ActorRef: Hashable, Sendable {
    /// The polity's code; nil for a named person whose polity is unknown (an outside expert).
    public var code: String?
    public var sector: String?
    public var kind: ActorKind?
    public var name: String?
    public var text: String?
    /// The state the text says stands behind a group ("an Iran-backed militia", "Russian-funded
    /// separatists"): not the group's own polity, but one that may answer for what it does.
    public var backer: String?

    public init(code: String?, sector: String? = nil, kind: ActorKind? = nil, name: String? = nil, text: String? = nil,
                backer: String? = nil) {
        self.code = code
        self.sector = sector
        self.kind = kind
        self.name = name
        self.text = text
        self.backer = backer
    }

    /// The polity and sector alone, which is what comparisons across documents use.
    public var identity: ActorRef { ActorRef(code: code, sector: sector) }

    /// The polity and sector with the backer the text named: who did an act, and who stands behind them.
    public var party: ActorRef { ActorRef(code: code, sector: sector, backer: backer) }

    /// "IRQ", or "IRQ (backed by IRN)": the code for reports, `name` standing in when there is none.
    public var label: String {
        let own = code ?? name ?? "?"
        return backer.map { "\(own) (backed by \($0))" } ?? own
    }
}

extension ActorRef: Codable {
    private enum CodingKeys: String, CodingKey { case code, sector, kind, name, text, backer }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let code = try? single.decode(String.self) {
            self.init(code: code)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            code: try c.decodeIfPresent(String.self, forKey: .code),
            sector: try c.decodeIfPresent(String.self, forKey: .sector),
            kind: try c.decodeIfPresent(ActorKind.self, forKey: .kind),
            name: try c.decodeIfPresent(String.self, forKey: .name),
            text: try c.decodeIfPresent(String.self, forKey: .text),
            backer: try c.decodeIfPresent(String.self, forKey: .backer))
    }

    /// Every key of the contract is written, null when unknown, so consumers need no guessing;
    /// `backer`, an addition to it, only when the text names one.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeNullable(code, forKey: .code)
        try c.encode(sector, forKey: .sector)
        try c.encode(kind, forKey: .kind)
        try c.encode(name, forKey: .name)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(backer, forKey: .backer)
    }
}
