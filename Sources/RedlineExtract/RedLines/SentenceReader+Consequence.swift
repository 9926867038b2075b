import RedlineCore
import RedlineText

/// What kind of act a threatened consequence is, read from the words around its cue: a
/// consequence ruled out threatens nothing, and a retaliation threatened in a trade dispute, or
/// aimed at an economy, is economic.
extension SentenceReader {
    /// "although he ruled out military options": a consequence the speaker excludes.
    func isRuledOut(_ cue: Range<Int>) -> Bool {
        // "it will not provoke a retaliation": a consequence denied to follow.
        for k in max(range.lowerBound + 1, cue.lowerBound - 3)..<min(range.upperBound, cue.lowerBound + 3)
        where Self.causalVerbs.contains(text.norms[k]) && (text.norms[k - 1] == "not" || text.norms[k - 1] == "never" || text.norms[k - 1].hasSuffix("n't")) {
            return true
        }
        // "would not respond to tittle-tattle": a response refused.
        for k in max(range.lowerBound + 1, cue.lowerBound - 2)..<cue.upperBound
        where Self.responseVerbs.contains(text.norms[k]) && (text.norms[k - 1] == "not" || text.norms[k - 1] == "never" || text.norms[k - 1].hasSuffix("n't")) {
            return true
        }
        // "it would act as a recruiting sergeant": acting as something is no act against anyone.
        if cue.upperBound < range.upperBound, text.norms[cue.upperBound] == "as", ["act", "acts", "acted"].contains(text.norms[cue.upperBound - 1]) {
            return true
        }
        let window = max(range.lowerBound, cue.lowerBound - 4)..<cue.lowerBound
        for k in window {
            switch text.norms[k] {
            case "excluded", "exclude", "excludes", "excluding", "denied", "denies", "deny", "denying", "dismissed", "dismisses",
                 "rejected", "rejects": return true
            case "out" where k > range.lowerBound && ["rule", "rules", "ruled", "ruling"].contains(text.norms[k - 1]): return true
            default: continue
            }
        }
        return false
    }

    /// The kind of a consequence in its setting. A cue aimed at an economy ("would wipe out its
    /// economy") is economic whatever its words; a generic response ("retaliation", "would
    /// respond", "countermeasures") is economic where the sentence, or the two before it, speak of
    /// trade and nothing military.
    func kind(of cue: Range<Int>, _ kind: ConsequenceKind) -> ConsequenceKind {
        if kind == .economic || kind == .diplomatic { return kind }
        let after = cue.upperBound..<min(range.upperBound, cue.upperBound + 4)
        if !after.isEmpty, cues.economicContext.contains(text.words, in: after),
           after.contains(where: { Self.economicObjects.contains(text.norms[$0]) }) {
            return .economic
        }
        guard kind == .unspecified || kind == .military, cue.contains(where: { isGenericResponse(text.norms[$0]) }) else { return kind }
        // ("a trade war", "a price war" are no arms.)
        if range.contains(where: { Self.militaryWords.contains(text.norms[$0]) && !($0 > range.lowerBound && ["trade", "price", "currency", "tariff"].contains(text.norms[$0 - 1])) }) {
            return kind
        }
        for s in max(0, sentence - 2)...sentence where cues.economicContext.contains(text.words, in: text.sentences[s].tokens) {
            return .economic
        }
        return kind
    }

    private static let responseVerbs: Set<String> = ["respond", "retaliate", "react", "reply", "answer", "hit", "strike"]

    private func isGenericResponse(_ norm: String) -> Bool {
        norm.hasPrefix("retaliat") || norm.hasPrefix("respon") || norm.hasPrefix("react") || norm.hasPrefix("countermeasure")
            || norm.hasPrefix("counter-measure") || norm.hasPrefix("reprisal") || norm == "measures" || norm == "consequences"
            || norm == "act"
    }

    private static let economicObjects: Set<String> = [
        "economy", "economies", "trade", "exports", "imports", "industry", "industries", "goods", "markets", "banks", "currency", "grain", "farm",
    ]

    /// Words that put a response among arms, whatever else the sentence says of trade.
    private static let militaryWords: Set<String> = [
        "military", "militarily", "warship", "warships", "navy", "naval", "missile", "missiles", "troops", "army",
        "attack", "attacks", "attacked", "strike", "strikes", "bomb", "bombs", "force", "forces", "weapons", "war",
    ]

    /// A response that names no kind ("we will respond", "stronger countermeasures") to an armed
    /// act ("if India attacks us", "any escalation of military action", "any aggression") answers
    /// force with force. A response to anything else (deliveries of arms, a bill) stays as it is.
    func answeredInKind(trigger: Trigger, consequence: Consequence) -> ConsequenceKind {
        guard consequence.kind == .unspecified, let said = consequence.text?.lowercased() else { return consequence.kind }
        let generic = said.split(whereSeparator: { !$0.isLetter && $0 != "-" }).contains { w in
            ["retaliat", "respon", "react", "act", "countermeasure", "counter-measure", "reprisal", "measures"].contains { w.hasPrefix($0) }
        }
        guard generic else { return consequence.kind }
        if trigger.action == .assault { return .military }
        let words = trigger.text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains(where: { Self.armedActs.contains(String($0)) }) ? .military : consequence.kind
    }

    private static let armedActs: Set<String> = [
        "attack", "attacks", "attacked", "aggression", "provocation", "provocations", "escalation", "invasion", "invade",
        "invades", "incursion", "shelling", "military",
    ]

    /// An explicit line that names no consequence but is drawn at an armed act or a weapon (the use
    /// of chemical weapons, a bomb, an invasion): what it implies is force.
    func impliedKind(explicit: Bool, trigger: Trigger, consequence: Consequence) -> ConsequenceKind {
        guard explicit, consequence.kind == .unspecified, consequence.text == nil else { return consequence.kind }
        // A deployment (MOBILIZE) is no attack: a line against troops or bases on its soil implies no kind.
        if trigger.action == .assault { return .military }
        let words = trigger.text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains(where: { Self.armedWords.contains(String($0)) }) ? .military : consequence.kind
    }

    private static let armedWords: Set<String> = [
        "chemical", "nuclear", "bomb", "bombs", "weapon", "weapons", "missile", "missiles", "troops", "invasion", "invade",
        "attack", "attacks", "warheads", "warhead", "enrichment", "uranium",
    ]
}
