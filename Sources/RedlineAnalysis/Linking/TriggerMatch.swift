import RedlineCore

/// How well actors and actions of two records agree, the pieces the linker's confidences are made of.
enum TriggerMatch {
    /// How far two sets of actor codes cover each other on `day`: each code counts when the other
    /// side names it, or an alliance it belonged to, or a member of it. `(covered A + covered B) /
    /// (|A| + |B|)`; nil when either side is empty.
    static func actorCoverage(_ a: [String], _ b: [String], alliances: Alliances, on day: Day?) -> Double? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        func covered(_ x: [String], by y: [String]) -> Int {
            x.filter { code in y.contains { alliances.relation(code, $0, on: day) != .none } }.count
        }
        return Double(covered(a, by: b) + covered(b, by: a)) / Double(a.count + b.count)
    }

    /// How well an event's actors meet a line's trigger actors on `day`: 1 the same code, 0.85 a
    /// member of an alliance the trigger names, 0.6 an alliance holding a named member; 0 otherwise.
    static func actorScore(_ actors: [String], against trigger: [String], alliances: Alliances, on day: Day?) -> Double {
        var best = 0.0
        for a in actors {
            for t in trigger {
                switch alliances.relation(a, t, on: day) {
                case .same: return 1
                case .memberOf: best = max(best, 0.85)
                case .contains: best = max(best, 0.6)
                case .none: break
                }
            }
        }
        return best
    }

    /// Whether an event's recipients fit a trigger that names more than its doer. The trigger's
    /// actors mix who acts and what is acted on ("Pelosi visits Taiwan": `USA`, `TWN`); when the
    /// event's actors do not meet them all, a recipient it names must meet one of them, so a U.S.
    /// visit to Kyiv is not a visit to Taiwan. Either side of a trigger may be the one the
    /// recipient meets ("Finland or Sweden join NATO" met by `FIN` → `NATO`), and so may the
    /// declarer, whom trigger actors leave out ("Ukraine firing Western missiles into Russia").
    /// True when every trigger actor is met by the event's actors or the event names no recipient.
    static func recipientsFit(actors: [String], recipients: [String], trigger: [String], declarer: String,
                              alliances: Alliances, on day: Day?) -> Bool {
        guard !recipients.isEmpty else { return true }
        func meets(_ codes: [String], _ t: String) -> Bool {
            codes.contains { alliances.relation($0, t, on: day) != .none }
        }
        if trigger.allSatisfy({ meets(actors, $0) }) { return true }
        return (trigger + [declarer]).contains { meets(recipients, $0) }
    }

    /// Whether an event is between a trigger's actors: its actors meet one of them and its
    /// recipients (it must name some) meet one of them too. `FIN` → `NATO` is between `FIN` and
    /// `NATO`; a U.S. visit with no one visited, or North Korea firing a missile over Japan, is not
    /// between anyone a trigger names.
    static func isBetween(_ actors: [String], _ recipients: [String], of trigger: [String], alliances: Alliances,
                          on day: Day?) -> Bool {
        func meets(_ codes: [String]) -> Bool {
            codes.contains { code in trigger.contains { alliances.relation(code, $0, on: day) != .none } }
        }
        return meets(actors) && meets(recipients)
    }

    /// 1 the same action; 0.5 when either is unknown; 0.6 the same family (material cooperation, verbal
    /// cooperation, force, coercion, retreat, verbal conflict); 0 otherwise.
    static func actionScore(_ a: EventType?, _ b: EventType?) -> Double {
        guard let a, let b else { return 0.5 }
        if a == b { return 1 }
        return family(a) == family(b) ? 0.6 : 0
    }

    private static func family(_ type: EventType) -> Int {
        switch type {
        case .aid, .cooperate: 1
        case .agree, .consult, .support: 2
        case .assault, .mobilize: 3
        case .coerce, .sanction: 4
        case .retreat, .concede: 5
        case .accuse, .reject, .threaten, .protest: 6
        case .request: 7
        }
    }
}
