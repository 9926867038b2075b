/// What sort of polity or group an actor code names.
public enum ActorKind: String, Codable, Sendable, CaseIterable {
    case state, igo, ngo, bloc, group
}
