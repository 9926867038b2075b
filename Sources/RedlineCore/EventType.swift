/// The sixteen PLOVER event types, from most cooperative to most conflictual.
public enum EventType: String, Codable, Sendable, CaseIterable {
    case agree = "AGREE"
    case consult = "CONSULT"
    case support = "SUPPORT"
    case concede = "CONCEDE"
    case cooperate = "COOPERATE"
    case aid = "AID"
    case retreat = "RETREAT"
    case request = "REQUEST"
    case accuse = "ACCUSE"
    case reject = "REJECT"
    case threaten = "THREATEN"
    case protest = "PROTEST"
    case sanction = "SANCTION"
    case mobilize = "MOBILIZE"
    case coerce = "COERCE"
    case assault = "ASSAULT"

    /// The PLOVER conflict–cooperation score of the type.
    public var score: Double {
        switch self {
        case .agree: 2.5
        case .consult: 2.5
        case .support: 5
        case .concede: 4.5
        case .cooperate: 9.5
        case .aid: 10
        case .retreat: 6.5
        case .request: 0
        case .accuse: -3
        case .reject: -2
        case .threaten: -3.5
        case .protest: -5
        case .sanction: -6
        case .mobilize: -5.5
        case .coerce: -7
        case .assault: -9
        }
    }

    /// The score refined by mode where PLOVER's table does so.
    public func score(mode: String?) -> Double {
        switch (self, mode) {
        case (.accuse, "disapprove"): -2
        case (.accuse, "allege"): -3.5
        default: score
        }
    }

    /// The Militarized Interstate Dispute hostility level an event of this type shows
    /// (1 none, 2 threat to use force, 3 display of force, 4 use of force).
    public var hostility: Int {
        switch self {
        case .threaten: 2
        case .mobilize: 3
        case .assault: 4
        case .coerce: 3
        default: 1
        }
    }

    /// Whether an event of this type is a hostile act that can answer a crossed line.
    public var isHostileAct: Bool {
        switch self {
        case .assault, .coerce, .sanction, .mobilize: true
        default: false
        }
    }

    /// Parses a type name case-insensitively.
    public init?(name: String) {
        self.init(rawValue: name.uppercased())
    }
}
