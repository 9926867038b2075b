import RedlineCore

extension EventType {
    /// How many types there are, and each one's place among them: array slots for the index.
    static let slots = 16

    var slot: Int {
        switch self {
        case .agree: 0
        case .consult: 1
        case .support: 2
        case .concede: 3
        case .cooperate: 4
        case .aid: 5
        case .retreat: 6
        case .request: 7
        case .accuse: 8
        case .reject: 9
        case .threaten: 10
        case .protest: 11
        case .sanction: 12
        case .mobilize: 13
        case .coerce: 14
        case .assault: 15
        }
    }
}
