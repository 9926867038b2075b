import RedlineCore
import RedlineText

/// Finds red lines, explicit ("a red line for Russia", "a line in the sand") and implicit
/// (a threatened consequence inside a warning, a condition or a prohibition: "will be considered
/// legitimate targets", "any escalation will have severe consequences"), and tells them apart
/// from commentary about lines, which becomes a crossing claim when it says a line was crossed.
///
/// The declarer is the state whose official states the line: the innermost speaker around the
/// words (so an expert quoting "Putin indicated that ..." yields Putin's line), else the subject
/// of the warning. A sentence that points back ("these are red lines") takes the sentence before
/// as evidence, and yields one line per coordinated demand there.
public struct RedLineExtractor: Sendable {
    let lexicon: EventLexicon

    public init(lexicon: EventLexicon) {
        self.lexicon = lexicon
    }

    public struct Result: Sendable {
        public var redLines: [RedLine] = []
        public var claims: [CrossingClaim] = []
        /// A THREATEN event for each line whose sentence had none.
        public var threats: [EventAnnotation] = []
        /// Tokens of threatened consequences: events coded there are only threatened.
        public var threatened: [Range<Int>] = []
    }

    public func extract(_ doc: AnnotatedDocument) -> Result {
        let c = DocumentContext(doc, lexicon: lexicon)
        var result = Result()
        let threatenedActs = Self.threatenedActs(doc)
        // Looked up per line; a scan of every event per line would cost lines × events.
        let sentencesWithThreats = Set(doc.events.lazy.filter { $0.event.type == .threaten }.map(\.sentence))
        for (s, sentence) in doc.text.sentences.enumerated() {
            let range = sentence.tokens
            let words = doc.text.words
            let named = lexicon.cues.explicit.matches(words, in: range)
            var cued = lexicon.cues.consequences.matches(words, in: range)
            if cued.isEmpty, let act = threatenedActs[s] { cued = [act] }
            // "warned it would take stronger countermeasures against ...": a warning cue that runs
            // over a named consequence gives way to it.
            for i in cued.indices.reversed() where lexicon.cues.warningVerbs.contains(words[cued[i].0.lowerBound]) && cued[i].0.count > 2 {
                let inner = lexicon.cues.consequences.matches(words, in: (cued[i].0.lowerBound + 1)..<cued[i].0.upperBound)
                if !inner.isEmpty { cued.replaceSubrange(i...i, with: inner) }
            }
            let bareLine = range.first { doc.text.token($0, in: WordClasses.line) }
            guard !named.isEmpty || !cued.isEmpty || bareLine != nil else {
                if Self.mayTellPersistence(range, doc.text) {
                    let reader = SentenceReader(c: c, clause: ClauseMap(doc.text, sentence: range), sentence: s, cues: lexicon.cues)
                    if let claim = reader.nonComplianceClaim() { result.claims.append(claim) }
                }
                continue
            }
            let clause = ClauseMap(doc.text, sentence: range)
            let reader = SentenceReader(c: c, clause: clause, sentence: s, cues: lexicon.cues)
            // Headlines, section headings and captions state no one's line.
            if reader.isHeading { continue }
            // "declined to say whether the moves crossed a red line", "I don't draw red lines",
            // "Russia's 'red lines' Russia has denied ...": asked, denied, or only named.
            let explicit = named.filter {
                !Self.isQuestion(before: $0.0.lowerBound, range, doc.text) && !reader.isDeniedLine(cue: $0.0.lowerBound)
                    && !reader.isOwnedLineWithoutContent($0.0)
            }
            // "When he announced the special military operation": a past act in a time clause threatens nothing.
            // "would refrain from stationing troops": a commitment to abstain threatens nothing.
            let consequences = cued.filter {
                !clause.isTemporal($0.0.lowerBound) && !Self.isAbstention(in: $0.0, range, doc.text)
                    && !Self.isQuestion(before: $0.0.lowerBound, range, doc.text) && !reader.isRuledOut($0.0)
                    // "warned against choosing a military path": a warning that names neither its
                    // consequence nor whom it warns is advice.
                    && !(lexicon.cues.warningVerbs.contains(words[$0.0.lowerBound]) && $0.1.phrase.hasPrefix("warn|")
                         && doc.actors.mentions(in: $0.0).isEmpty)
            }
            guard !explicit.isEmpty || !consequences.isEmpty || bareLine != nil else { continue }
            let cueToken = explicit.first?.0.lowerBound ?? consequences.first?.0.lowerBound ?? bareLine!
            if var claim = reader.crossingClaim(cue: cueToken, explicit: !explicit.isEmpty) {
                // "Assad had crossed the line": a definite line the sentence does not own is the
                // line this article last told of, when someone other than its declarer crossed it.
                if claim.lineOf == nil, reader.refersToKnownLine(), let owner = result.redLines.last?.declarer,
                   !claim.crosser.contains(where: { $0.code != nil && $0.code == owner.code }) {
                    claim.lineOf = owner.identity
                }
                // "his line had been crossed": with no crosser named, the one the line was drawn for
                // (its addressee, else its trigger's actors) crossed it.
                if claim.crosser.isEmpty, reader.refersToKnownLine(),
                   let line = result.redLines.last(where: {
                       $0.declarer?.code != nil && $0.declarer?.code == claim.lineOf?.code && !($0.trigger.actor.isEmpty && $0.addressee.isEmpty)
                   }) {
                    claim.crosser = line.addressee.isEmpty ? line.trigger.actor : line.addressee
                }
                result.claims.append(claim)
                continue
            }
            if reader.isCommentary(cueToken) { continue }
            // A guess or a forecast ("I think", "he predicted"), or the writer's own hedged
            // expectation with no one quoted ("Iran could also retaliate if ..."), warns no one.
            if reader.isSpeculation(cue: cueToken) || (explicit.isEmpty && reader.isWritersGuess(cue: cueToken)) { continue }
            if explicit.isEmpty, reader.isWarningDeniedOrAdvised(cue: cueToken) { continue }
            if reader.isAskedAbout(cue: cueToken) { continue }
            if explicit.isEmpty, reader.isCommentatorsView(cue: cueToken) { continue }
            if explicit.isEmpty {
                guard let (cue, _) = consequences.first(where: { reader.isThreatFrame(cue: $0.0, strong: ($0.1.severity ?? 0) >= 4 && $0.0.count >= 2,
                                                                                                 warLevel: ($0.1.severity ?? 0) >= 5 && Self.namesWar($0.0, doc.text)) })
                else { continue }
                _ = cue
            }
            let lines = reader.redLines(explicit: explicit.map(\.0), consequences: consequences)
            if !lines.isEmpty { result.threatened += consequences.map(\.0) }
            for line in lines where !Self.isImpersonal(line.redLine) && !Self.isDomestic(line.redLine) {
                var redLine = line.redLine
                // "enormous consequences if Syria crossed that threshold": a trigger that only points
                // back to a line is the line the article first told of by the same declarer (the
                // lede's line, which later sentences restate).
                if Self.pointsBackToALine(redLine.trigger.text),
                   let earlier = result.redLines.first(where: { $0.declarer?.code != nil && $0.declarer?.code == redLine.declarer?.code }) {
                    redLine.trigger.text = earlier.trigger.text
                    redLine.trigger.action = redLine.trigger.action ?? earlier.trigger.action
                    for actor in earlier.trigger.actor where !redLine.trigger.actor.contains(where: { $0.code == actor.code }) {
                        redLine.trigger.actor.append(actor)
                    }
                }
                result.redLines.append(redLine)
                if !sentencesWithThreats.contains(s), result.threats.last?.sentence != s {
                    result.threats.append(line.threat)
                }
            }
        }
        return result
    }

    /// A cheap first look for `SentenceReader.nonComplianceClaim`: a reporting verb and a word of
    /// going on ("continued", "remains", "letup") in the sentence, compared by bytes.
    static func mayTellPersistence(_ range: Range<Int>, _ text: SegmentedText) -> Bool {
        guard range.contains(where: { text.token($0, in: SpeechVerbs.reporting) }) else { return false }
        return range.contains { k in
            let token = text.tokens[k]
            let length = token.end - token.start
            guard length >= 5, length <= 9, token.kind == .word else { return false }
            let n = text.norms[k].utf8
            return persistenceForms.contains { $0.count == length && n.elementsEqual($0) }
        }
    }

    private static let persistenceForms: [[UInt8]] = [
        "continued", "continues", "persisted", "persists", "remains", "remained", "letup", "let-up",
    ].map { Array($0.utf8) }

    /// Strikes told in the conditional or the future by a modal right before the verb ("it would
    /// strike Beirut", "Russia will bomb any convoy"), by sentence: a consequence no cue phrase
    /// names, which the event coder has already told apart from "strike a deal". The consequence
    /// runs from the modal to the end of the struck party's name.
    static func threatenedActs(_ doc: AnnotatedDocument) -> [Int: (Range<Int>, ConsequenceCue)] {
        var found: [Int: (Range<Int>, ConsequenceCue)] = [:]
        let norms = doc.text.norms
        for e in doc.events where e.event.type == .assault && (e.event.hypothetical || e.event.future) && !e.event.negated {
            // Force by its plain verbs only: "would fight against the tax" is a political fight.
            guard found[e.sentence] == nil, forceVerbs.contains(norms[e.trigger.lowerBound]) else { continue }
            let start = doc.text.sentences[e.sentence].tokens.lowerBound
            var k = e.trigger.lowerBound - 1
            // "would immediately strike"
            if k > start, norms[k].hasSuffix("ly") { k -= 1 }
            guard k >= start, ["will", "would", "'ll", "shall"].contains(norms[k]) else { continue }
            var end = e.trigger.upperBound
            if let last = e.recipientMentions.map({ doc.actors.mentions[$0].tokens.upperBound }).max(), last - end <= 4 { end = last }
            found[e.sentence] = (k..<end, ConsequenceCue(phrase: "would strike", kind: .military, severity: 4))
        }
        return found
    }

    /// Whether an implicit line's condition is something no one does: "would stop rice exports if
    /// prices kept climbing", "would cut output if oil prices fell". A policy tied to a market or a
    /// figure threatens no one; a line needs someone who could cross it.
    static func isImpersonal(_ line: RedLine) -> Bool {
        guard !line.explicit, line.trigger.actor.isEmpty, line.addressee.isEmpty else { return false }
        let words = line.trigger.text.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(4)
        return words.contains { indicators.contains(String($0)) }
    }

    /// Whether an implicit line warns only its own state ("allowing huge US budget deficits to
    /// continue could have severe consequences", said by an American): a policy warning, no line.
    static func isDomestic(_ line: RedLine) -> Bool {
        guard !line.explicit, line.addressee.isEmpty, !line.trigger.actor.isEmpty, let own = line.declarer?.code else { return false }
        return line.trigger.actor.allSatisfy { $0.code == own }
    }

    private static let indicators: Set<String> = [
        "price", "prices", "inflation", "rate", "rates", "demand", "supply", "supplies", "output", "production",
        "cost", "costs", "unemployment", "growth", "economy", "market", "markets", "currency", "yields", "stocks",
        "shares", "sales", "temperature", "temperatures", "cases", "infections", "deficit", "debt", "reserves",
        "harvest", "harvests", "weather", "deficits", "budget", "rainfall", "level", "levels", "index", "wages", "revenue", "revenues",
    ]

    /// After a modal the verb is in its base form.
    private static let forceVerbs: Set<String> = [
        "strike", "bomb", "attack", "shell", "hit", "target", "invade", "storm", "raid", "pound", "shoot", "sink",
        "destroy", "blow", "nuke", "torpedo", "obliterate", "flatten", "raze",
    ]

    /// Whether a trigger names its act only by pointing at a line: "Syria crossed that threshold",
    /// "they cross this line", "it crossed the red line".
    static func pointsBackToALine(_ trigger: String) -> Bool {
        let words = trigger.lowercased().split(whereSeparator: { !$0.isLetter })
        guard words.count <= 6 else { return false }
        for (i, w) in words.enumerated() where w == "threshold" || w == "line" || w == "lines" {
            let before = i > 0 ? words[i - 1] : ""
            let determiner = before == "red" && i > 1 ? words[i - 2] : before
            if ["that", "this", "the", "these", "those"].contains(determiner) { return true }
        }
        return false
    }

    /// Whether a cue's words name a war or an armed conflict ("would lead to a direct conflict").
    static func namesWar(_ cue: Range<Int>, _ text: SegmentedText) -> Bool {
        cue.contains { ["war", "conflict", "confrontation", "hostilities"].contains(text.norms[$0]) }
    }

    /// Whether a cue sits in an indirect question: "the question was whether Washington would
    /// respond with force" asks; it threatens nothing.
    static func isQuestion(before cue: Int, _ range: Range<Int>, _ text: SegmentedText) -> Bool {
        var k = cue - 1
        while k >= max(range.lowerBound, cue - 8) {
            if text.norms[k] == "whether" { return true }
            // "declined to say ... how the U.S. might respond"
            if text.norms[k] == "how", k > range.lowerBound, ["or", "say", "know", "asked", "explain", "knows", "unclear"].contains(text.norms[k - 1]) {
                return true
            }
            // "asked if the attack would prompt Iran to ...", "wondered if"
            if text.norms[k] == "if", k > range.lowerBound,
               ["asked", "ask", "asks", "asking", "wondered", "wonder", "wonders", "unclear", "unknown", "know", "knows"].contains(text.norms[k - 1]) {
                return true
            }
            if text.norms[k] == "," || text.norms[k] == ";" { break }
            k -= 1
        }
        // "declined to say whether ...", "would not say how ...": what is left unsaid is asked.
        for j in range.lowerBound..<cue where text.norms[j] == "say" && j >= range.lowerBound + 2 {
            if ["declined", "refused", "not", "n't", "wouldn't", "didn't", "won't"].contains(text.norms[j - 2])
                || text.norms[j - 1].hasSuffix("n't") || text.norms[j - 1] == "not" {
                return true
            }
        }
        return false
    }

    /// Whether the words just before a cue, or in its gaps, abstain from it: "refrain from",
    /// "abstain from" ("would refrain from stationing troops").
    static func isAbstention(in cue: Range<Int>, _ range: Range<Int>, _ text: SegmentedText) -> Bool {
        for k in max(range.lowerBound, cue.lowerBound - 3)..<cue.upperBound {
            switch text.norms[k] {
            // ("stop", "halt" are not here: "threatened to halt gas exports" threatens a cut-off.)
            case "refrain", "refrains", "refrained", "refraining", "abstain", "abstains", "abstained", "renounce",
                 "renounces", "renounced":
                return true
            default: continue
            }
        }
        return false
    }
}
