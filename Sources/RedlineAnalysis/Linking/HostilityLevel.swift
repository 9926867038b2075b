import RedlineCore

/// The MID hostility level an event shows: `EventType.hostility` (1 none, 2 threat, 3 display,
/// 4 use of force), and 5 (war) for an ASSAULT whose evidence says war or invasion. (Escalation also
/// raises sustained ASSAULT to 5; see `Escalation`.)
enum HostilityLevel {
    static func of(_ event: Event) -> Int {
        if event.type == .assault, Cues.saysWar(event.evidence) { return 5 }
        return event.type.hostility
    }
}
