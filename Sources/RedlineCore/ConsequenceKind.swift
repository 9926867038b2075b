/// What sort of response a red line threatens.
public enum ConsequenceKind: String, Codable, Sendable, CaseIterable {
    case military, nuclear, economic, diplomatic, unspecified

    /// The order used when one statement threatens several kinds: the gravest wins.
    public var gravity: Int {
        switch self {
        case .unspecified: 0
        case .diplomatic: 1
        case .economic: 2
        case .military: 3
        case .nuclear: 4
        }
    }
}

/// Whether a red line forbids (`deterrent`: don't do X) or demands (`compellent`: do Y, or else).
public enum Stance: String, Codable, Sendable, CaseIterable {
    case deterrent, compellent
}
