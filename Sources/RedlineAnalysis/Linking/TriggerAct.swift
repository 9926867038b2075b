import RedlineCore

/// The PLOVER types a trigger's act words imply, for a trigger the extractor gave no action:
/// "Western weapons sent to Ukraine" is an AID, "Finland joining NATO" an AGREE, "Western troops
/// stationed in Ukraine" a MOBILIZE, "a tax on vegetable oils" a SANCTION, "any interference in the
/// region" an ASSAULT. Acts with no one type ("secede", "use", "test") imply none.
enum TriggerAct {
    static func impliedActions(_ words: WordSet) -> Set<EventType> {
        var result: Set<EventType> = []
        for act in words.acts.hashes {
            if let type = types[act] { result.insert(type) }
        }
        return result
    }

    private static let types: [UInt64: EventType] = [
        Concepts.hash(of: "supply"): .aid,
        Concepts.hash(of: "join"): .agree,
        Concepts.hash(of: "deploy"): .mobilize,
        Concepts.hash(of: "strike"): .assault,
        Concepts.hash(of: "aggression"): .assault,
        Concepts.hash(of: "kill"): .assault,
        Concepts.hash(of: "damage"): .assault,
        Concepts.hash(of: "visit"): .consult,
        Concepts.hash(of: "release"): .retreat,
        Concepts.hash(of: "levy"): .sanction,
        Concepts.hash(of: "intervene"): .assault,
    ]
}
