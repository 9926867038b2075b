import RedlineCore
import RedlineText

/// What the words around a trigger say about whether it is an event at all, and whose.
///
/// - A verb of force in an accident, an illness, a market, a sport or a figure of speech is no
///   assault: "a crash that killed 520", "killing their appetite for U.S. stocks", "injured by unfair
///   trade practices".
/// - An act named as the content of a speech act is that speech act's, not a second fact: "agreed
///   to provide a grant", "refused to cooperate", "urged Congress to reject", "threatened to impose".
///   Nor is an act named as what is to be prevented ("to deter attacks", "averting industrial
///   action") or as the aim of an effort ("in a bid to quell the fighting").
/// - An actor with a sector or a name but no known state ("the government", "police", "MPs",
///   "Mr Clarke") acts for the state the sentence is about.
extension EventCoder {
    // MARK: - Force out of place

    /// Whether a force event is told of an accident, a disease, a market, sport or a metaphor.
    func isFigurative(_ type: EventType, trigger: Range<Int>, sentence: Range<Int>, _ text: SegmentedText) -> Bool {
        guard type == .assault || type == .coerce else { return false }
        // Sport: the whole sentence is about a game.
        for k in sentence where Self.sportWords.contains(text.norms[k]) { return true }
        // An accident or a disease as the subject: "the crash ... which killed 520".
        for k in max(sentence.lowerBound, trigger.lowerBound - 12)..<trigger.lowerBound
            where Self.accidentWords.contains(text.norms[k]) { return true }
        // What is struck is a feeling, a price or a market: "killing their appetite for stocks";
        // what strikes is a practice or a price: "injured by unfair trade practices".
        var k = trigger.upperBound
        var seen = 0
        while k < sentence.upperBound, seen < 6 {
            if text.tokens[k].kind == .punctuation { break }
            // Forces seize shares and exports; only a blow lands on them as a figure of speech.
            if Self.abstractObjects.contains(text.norms[k]), type == .assault || !Self.assetObjects.contains(text.norms[k]) { return true }
            k += 1
            seen += 1
        }
        return false
    }

    static let sportWords: Set<String> = [
        "match", "matches", "goal", "goals", "striker", "midfielder", "defender", "goalkeeper", "league", "cup",
        "championship", "championships", "tournament", "olympic", "olympics", "semi-final", "quarter-final",
        "final", "coach", "rugby", "football", "soccer", "cricket", "tennis", "innings", "wicket", "fixture",
        "fixtures", "try", "penalty", "referee", "scored", "champions",
    ]

    static let accidentWords: Set<String> = [
        "crash", "crashes", "accident", "accidents", "collision", "derailment", "earthquake", "quake", "storm",
        "storms", "hurricane", "typhoon", "cyclone", "tornado", "flood", "floods", "flooding", "landslide",
        "avalanche", "drought", "famine", "disease", "diseases", "epidemic", "pandemic", "virus", "outbreak",
        "syndrome", "illness", "illnesses", "cancer", "heatwave", "blaze", "wildfire", "wildfires",
    ]

    static let abstractObjects: Set<String> = [
        "appetite", "appetites", "hope", "hopes", "chance", "chances", "confidence", "morale", "prices", "price",
        "stocks", "shares", "market", "markets", "demand", "sales", "profits", "profit", "earnings", "growth",
        "economy", "exports", "imports", "dollar", "yen", "currency", "rates", "rate", "practices", "practice",
        "policies", "competition", "recession", "slump", "inflation", "deficit", "deficits", "investors",
        "enthusiasm", "interest", "momentum", "career", "reputation", "image", "ratings", "votes", "rally",
    ]

    /// Things of value that can be seized, not only hit: "seized the shares".
    static let assetObjects: Set<String> = ["shares", "stocks", "exports", "imports", "currency", "profits", "earnings"]

    /// Whether a "strike" is a labour strike: its actor is labour, or the sentence tells of work and pay.
    func isLabourStrike(trigger: Range<Int>, actor: [ActorRef], sentence: Range<Int>, _ text: SegmentedText) -> Bool {
        guard trigger.contains(where: { Self.strikeWords.contains(text.norms[$0]) }) else { return false }
        if actor.contains(where: { $0.sector == "LAB" }) { return true }
        return sentence.contains { Self.labourWords.contains(text.norms[$0]) }
    }

    static let strikeWords: Set<String> = ["strike", "strikes", "struck", "striking"]

    static let labourWords: Set<String> = [
        "workers", "worker", "union", "unions", "employees", "miners", "seamen", "dockers", "strikers", "wages",
        "wage", "pay", "picket", "pickets", "labour", "labor", "walkout", "colliery", "shipyard", "staff",
    ]

    /// Companies agreeing, meeting, cooperating or lending among themselves ("Tonka Corp agreed to
    /// distribute the toys") make no political event; with workers, unions or pay in the sentence
    /// it is labour relations, which PLOVER codes.
    func isBusinessDealing(_ type: EventType, actor: [ActorRef], recipient: [ActorRef], sentence: Range<Int>,
                           _ text: SegmentedText) -> Bool {
        guard type == .agree || type == .consult || type == .cooperate || type == .aid, !actor.isEmpty,
              actor.allSatisfy({ $0.sector == "BUS" }), recipient.allSatisfy({ $0.sector == "BUS" }) else { return false }
        return !sentence.contains { Self.labourWords.contains(text.norms[$0]) }
    }

    /// "Any Iranian attack on Soviet ships will bring ...": an act named with "any" is a condition, not an act.
    func isAnyAct(_ trigger: Range<Int>, _ text: SegmentedText, _ sentence: Range<Int>) -> Bool {
        (max(sentence.lowerBound, trigger.lowerBound - 3)..<trigger.lowerBound).contains { text.norms[$0] == "any" }
    }

    /// "Volcker warned a further dollar fall might force rates up", "economists have warned":
    /// a warning aimed at no one that names no other party is a forecast, not a threat.
    func isForecast(trigger: Range<Int>, actor: [Int], recipient: [ActorRef], sentence s: Int, _ c: DocumentContext) -> Bool {
        guard trigger.count == 1, Self.warnForms.contains(c.text.norms[trigger.lowerBound]),
              recipient.allSatisfy({ $0.code == nil }) else { return false }
        let speakers = Set(actor.map { c.actors.mentions[$0].entity })
        return !c.actors.mentions(in: c.text.sentences[s].tokens).contains { m in
            let mention = c.actors.mentions[m]
            return !speakers.contains(mention.entity) && c.actors.entities[mention.entity].ref.code != nil && !mention.locative
        }
    }

    static let warnForms: Set<String> = ["warn", "warns", "warned", "warning", "cautioned", "cautions", "caution"]

    // MARK: - Acts that are the content of another

    /// Marks, among the events of one sentence, those whose trigger is the infinitive complement
    /// of a speech act's trigger ("agreed to provide", "urged Congress to reject"), what is to be
    /// prevented ("to deter attacks") or the aim of an effort ("in a bid to quell"), as content.
    func markContents(_ found: [(EventAnnotation, Bool)], _ text: SegmentedText, sentence: Range<Int>) -> [(EventAnnotation, Bool)] {
        found.map { candidate in
            var marked = candidate
            if !marked.0.isContent, isContent(candidate, found, text, sentence) { marked.0.isContent = true }
            return marked
        }
    }

    private func isContent(_ candidate: (EventAnnotation, Bool), _ found: [(EventAnnotation, Bool)], _ text: SegmentedText,
                           _ sentence: Range<Int>) -> Bool {
        !{ () -> Bool in
            let t = candidate.0.trigger.lowerBound
            if isPrevented(t, text, sentence) { return false }
            if isSoughtFor(candidate.0, among: found, text, sentence) { return false }
            if isAllegedAct(t, text, sentence) { return false }
            // "to provide", "not to accept", "to open up": the infinitive marker before the trigger.
            var to = t - 1
            if to > sentence.lowerBound, text.norms[to] == "not" { to -= 1 }
            guard to >= sentence.lowerBound, text.norms[to] == "to" else { return true }
            if to - 3 >= sentence.lowerBound, Self.aimNouns.contains(text.norms[to - 1]) { return false }
            if followsSpeechWord(to, text, sentence) { return false }
            return !found.contains { other in
                let e = other.0
                guard e.event.type.isSpeechAct || e.event.type == .concede, e.trigger.upperBound <= to,
                      to - e.trigger.upperBound <= 6 else { return false }
                // No clause boundary between the speech act and the complement.
                return !(e.trigger.upperBound..<to).contains {
                    text.tokens[$0].kind == .punctuation || text.token($0, in: ClauseMap.complementisers)
                }
            }
        }()
    }

    /// "appealed to 24 countries for emergency aid", "called for a meeting of the committee": an
    /// act named after the "for" of a request is what is asked for, not yet done.
    private func isSoughtFor(_ e: EventAnnotation, among found: [(EventAnnotation, Bool)], _ text: SegmentedText,
                             _ sentence: Range<Int>) -> Bool {
        let t = e.trigger.lowerBound
        guard e.event.type != .request,
              let p = (max(sentence.lowerBound, t - 4)..<t).last(where: { text.norms[$0] == "for" }),
              !(p + 1..<t).contains(where: { text.tokens[$0].kind == .punctuation }) else { return false }
        return found.contains { other in
            let r = other.0
            // "called for" ends with the "for" itself.
            guard r.event.type == .request, r.trigger.upperBound <= p + 1, p - r.trigger.upperBound <= 6 else { return false }
            return r.trigger.upperBound > p || !(r.trigger.upperBound..<p).contains { text.tokens[$0].kind == .punctuation }
        }
    }

    /// "to deter Iranian attacks", "averting increased industrial action", "to forestall any occupation".
    private func isPrevented(_ t: Int, _ text: SegmentedText, _ sentence: Range<Int>) -> Bool {
        for k in max(sentence.lowerBound, t - 4)..<t {
            if Self.preventionVerbs.contains(text.norms[k]) {
                return !(k + 1..<t).contains { text.tokens[$0].kind == .punctuation }
            }
        }
        return false
    }

    static let preventionVerbs: Set<String> = [
        "deter", "deters", "deterred", "deterring", "prevent", "prevents", "prevented", "preventing", "forestall",
        "forestalls", "forestalled", "forestalling", "avert", "averts", "averted", "averting", "avoid", "avoids",
        "avoided", "avoiding", "thwart", "thwarted", "foil", "foiled",
    ]

    /// Nouns of aim before an infinitive: "in a bid to", "in an effort to", "in order to".
    static let aimNouns: Set<String> = ["bid", "effort", "efforts", "attempt", "attempts", "order", "drive", "move", "aim"]

    // MARK: - Actors of no known state

    /// An actor that acts but names no state ("the government", "police", "MPs", "Opposition
    /// leader X") acts for the state its sentence names ("Brazilian ports", "the British
    /// government"); an office holder alone ("Vice Foreign Minister X summoned ...") for the state
    /// the document is mostly about. Else its state stays unknown. "Its sentence" is a few words
    /// either side of it: a long sentence names other states for other acts.
    ///
    /// Not from a place: officials who "met in Germany" came from elsewhere. Not a state acted on:
    /// "protesters chanted against the United States" are no Americans. Force is left to
    /// ``fillImplicitActor``, which places crowds and bands only where the text does.
    func fillSentenceState(type: EventType, actor: inout [ActorRef], mentions: [Int], recipient: [ActorRef],
                           sentence s: Int, _ c: DocumentContext) {
        guard type != .assault, !actor.contains(where: { $0.code != nil }) else { return }
        let acted = Set(recipient.compactMap(\.code))
        let dominant = c.dominantState.flatMap { acted.contains($0) ? nil : $0 }
        for (i, m) in zip(actor.indices, mentions) where actor[i].code == nil && isAgentOfNoState(m, c) {
            let mention = c.actors.mentions[m]
            let named = c.namedState(near: mention.tokens, in: s, excluding: acted)
            let officeHolder = c.actors.entities[mention.entity].isPerson && actor[i].sector != nil
            var code = named
            // A part of a polity or an office holder with no nationality beside it: the same
            // institution told of before, the one state its sentence names, the place of a union or
            // crowd, the state the document is about (for a bare institution only where there is
            // more than the sentence to tell it). Words for several states ("allies", "donors") have
            // no one state.
            if code == nil, let sector = actor[i].sector, !namesSeveralStates(mention, sentence: s, c) {
                // Only a definite one points back: "the government", not "defence officials".
                code = (c.pointsBack(mention) ? c.antecedentState(sector: sector, before: mention.tokens.lowerBound, sentence: s, excluding: acted) : nil)
                    ?? c.soleState(in: s, excluding: acted)
                    // Unions, farmers, police, courts act where they are: "a union spokesman in Rio".
                    ?? (Self.domesticSectors.contains(sector) ? c.locativeState(in: s).flatMap { acted.contains($0) ? nil : $0 } : nil)
                    ?? (officeHolder ? dominant : c.text.sentences.count > 1 ? c.documentState(excluding: acted) : nil)
                    // "the opposition would boycott parliament unless the LDP backed down": a union,
                    // party or crowd acts against a party or institution of its own state.
                    ?? (Self.domesticSectors.contains(sector)
                        ? recipient.first(where: { $0.code != nil && ($0.kind == .group || $0.sector != nil) })?.code : nil)
            }
            guard let code else { continue }
            actor[i].code = code
            actor[i].kind = .state
        }
    }

    /// Sectors that act at home, so that the place a sentence names is theirs; officials and
    /// armed forces travel ("officials met in Germany").
    /// Whether an actor is of several states: "allies", "donors", "defence officials from about 40 countries".
    func namesSeveralStates(_ mention: ActorMention, sentence s: Int, _ c: DocumentContext) -> Bool {
        let end = mention.tokens.upperBound
        if Self.severalStates.contains(c.text.norms[end - 1]) { return true }
        let bound = min(c.text.sentences[s].tokens.upperBound, end + 5)
        guard end < bound, c.text.norms[end] == "from" || c.text.norms[end] == "of" else { return false }
        return (end + 1..<bound).contains { Self.severalStates.contains(c.text.norms[$0]) }
    }

    static let severalStates: Set<String> = [
        "allies", "partners", "members", "neighbours", "neighbors", "donors", "creditors", "powers", "nations",
        "countries", "states",
    ]

    static let domesticSectors: Set<String> = ["LAB", "AGR", "BUS", "COP", "CVL", "EDU", "REL", "JUD", "OPP"]

    /// A person or a part of a polity ("police", "the government", "unions"), not a weapon.
    func isAgentOfNoState(_ m: Int, _ c: DocumentContext) -> Bool {
        let mention = c.actors.mentions[m]
        let entity = c.actors.entities[mention.entity]
        guard entity.ref.code == nil, entity.isPerson || entity.ref.sector != nil else { return false }
        return !Self.weaponHeads.contains(c.text.norms[mention.tokens.upperBound - 1])
    }
}
