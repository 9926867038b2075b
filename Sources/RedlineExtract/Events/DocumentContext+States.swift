import RedlineCore
import RedlineText

/// Where an actor of a known sector but no named state ("the government", "police", "the
/// opposition", "officials") finds its state when no nationality stands next to it: in what the
/// document said before it, or in the one state its sentence names.
extension DocumentContext {
    /// The state of the last earlier mention, within `window` sentences, of the same sector with a
    /// state: "The Philippine government seized the shares ... alleged by the government", "Polish
    /// police detained ... Police said" — the institution told of before.
    func antecedentState(sector: String, before k: Int, sentence s: Int, window: Int = 4,
                         excluding: Set<String>) -> String? {
        let floor = text.sentences[max(0, s - window)].tokens.lowerBound
        for m in actors.mentions(in: floor..<k).reversed() {
            let mention = actors.mentions[m]
            guard mention.isAgent || mention.possessive else { continue }
            let ref = actors.entities[mention.entity].ref
            guard ref.sector == sector, let code = ref.code, ref.kind == .state, !excluding.contains(code) else { continue }
            return code
        }
        return nil
    }

    /// The one state the sentence names, by name, adjective or as a party or group of it, leaving
    /// out `excluding` (what is acted on): "the opposition would boycott parliament unless the LDP
    /// changed its mind" is Japan's. Nil when it names none or several.
    func soleState(in s: Int, excluding: Set<String>) -> String? {
        var found: String?
        let range = text.sentences[s].tokens
        for m in actors.mentions(in: range) {
            let mention = actors.mentions[m]
            let ref = actors.entities[mention.entity].ref
            // An organisation in the sentence may be whose the actor is ("Community ministers").
            if ref.kind == .igo || ref.kind == .bloc { return nil }
            guard let code = ref.code, ref.kind == .state || ref.kind == .group, !mention.locative,
                  code.utf8.count == 3, !excluding.contains(code), !isObjectOfVerb(mention, from: range.lowerBound) else { continue }
            if let found, found != code { return nil }
            found = code
        }
        return found
    }

    /// The state the document's acting mentions name most, leaving out what verbs act on ("accused
    /// Tokyo") and `excluding`; nil when two states tie, since the document then tells no one state.
    func documentState(excluding: Set<String>) -> String? {
        var counts = [String: Int]()
        for mention in actors.mentions {
            let ref = actors.entities[mention.entity].ref
            guard mention.isAgent, let code = ref.code, ref.kind == .state, !excluding.contains(code),
                  !isObjectOfVerb(mention, from: text.sentences[mention.sentence].tokens.lowerBound) else { continue }
            counts[code, default: 0] += 1
        }
        var best: (code: String, count: Int)?
        var tied = false
        for (code, count) in counts {
            if let top = best, count == top.count { tied = true; continue }
            if best == nil || count > best!.count { best = (code, count); tied = false }
        }
        return tied ? nil : best?.code
    }

    /// Whether a mention is what a verb right before it acts on ("accused Tokyo", "told Tass").
    private func isObjectOfVerb(_ mention: ActorMention, from floor: Int) -> Bool {
        var b = mention.tokens.lowerBound - 1
        while b >= floor, ["the", "a", "an"].contains(text.norms[b]) { b -= 1 }
        guard b >= floor else { return false }
        return WordClasses.objectTakingSpeechVerbs.contains(text.norms[b]) || isTriggerVerb(b)
    }
}
