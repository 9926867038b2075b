import RedlineCore
import RedlineText

/// Reads one sentence that carries a red-line cue: is it a declaration, a claim that a line was
/// crossed, or commentary; and if a declaration, who drew which line with what threat.
struct SentenceReader {
    let c: DocumentContext
    let clause: ClauseMap
    let sentence: Int
    let cues: CompiledCues

    var text: SegmentedText { c.text }
    var range: Range<Int> { clause.range }
    var roles: RoleFinder { RoleFinder(c: c, clause: clause) }

    // MARK: - Claims and commentary

    /// "NATO has already crossed Putin's red line", "This line has been crossed every day":
    /// a crossing verb in the past or perfect, outside a condition or prohibition.
    func crossingClaim(cue: Int, explicit: Bool) -> CrossingClaim? {
        guard let verb = range.first(where: { cues.crossingVerbs.contains(text.words[$0]) && isPastForm(text.norms[$0]) }) else { return nil }
        // "If the reports are confirmed, the line has been crossed": a claim on a condition is none.
        if (range.lowerBound...verb).contains(where: { clause.isConditional($0) }) { return nil }
        // "to decide when the line has been crossed", "whether the line was crossed": a question, no claim.
        if let opener = (max(range.lowerBound, verb - 6)..<verb).last(where: { ["when", "whether", "once"].contains(text.norms[$0]) }),
           !(opener..<verb).contains(where: { text.norms[$0] == "," }) { return nil }
        let before = max(range.lowerBound, verb - 3)..<verb
        if before.contains(where: { ["not", "never", "n't", "to", "will", "would", "must", "could", "should", "may", "might", "if"].contains(text.norms[$0])
            || text.norms[$0].hasSuffix("n't") }) { return nil }
        // Only lines: "crossed the border" is not a claim about a red line.
        let lineNear = (max(range.lowerBound, verb - 8)..<min(range.upperBound, verb + 8)).contains { text.norms[$0] == "line" || text.norms[$0] == "lines" }
        guard lineNear || explicit else { return nil }
        guard explicit || (max(range.lowerBound, verb - 8)..<verb).contains(where: { ["this", "that", "the", "these", "those", "a", "his", "her", "its", "their"].contains(text.norms[$0]) }) else { return nil }
        // "made it clear that using chemical weapons crossed a red line": an act named by a
        // gerund, done by no one named, crosses nothing yet; the sentence says what the line is.
        let opening = clause.start(of: verb)
        if opening < verb, text.norms[opening].hasSuffix("ing"), !["according", "during", "including", "following"].contains(text.norms[opening]),
           c.actors.mentions(in: opening..<verb).isEmpty {
            return nil
        }
        let passive = roles.isPassive(verb)
        let crosser = passive ? roles.prepositionObject("by", after: verb + 1) : roles.subject(of: verb)
        let lineOf = owner(ofLineNear: verb)
        var claimant: String?
        if let speaker = c.speaker(of: verb) {
            claimant = c.actors.entities[speaker.entity].ref.name ?? c.actors.entities[speaker.entity].ref.code
        } else if let according = range.first(where: { text.norms[$0] == "according" }), according + 2 < range.upperBound {
            claimant = text.text(tokens: (according + 2)..<min(range.upperBound, according + 5)).trimmingCharacters(in: .punctuationCharacters)
        }
        let lineText = relativeClause(afterLineNear: verb)
        var (date, _, _) = c.date(for: verb, sentence: sentence, future: false)
        // "The line Moscow drew in 2022 has been crossed": a present perfect claims it as of the
        // telling; the year in the sentence is when the line was drawn.
        if verb >= 1, text.token(verb - 1, in: WordClasses.haveForms) || (verb >= 2 && text.norms[verb - 1] == "been" && text.token(verb - 2, in: WordClasses.haveForms)),
           let published = text.document.published, (date.map { published.ordinal - $0.ordinal > 31 } ?? true) {
            date = published
        }
        let evidence = text.evidence(sentence: sentence, around: verb..<(verb + 1))
        return CrossingClaim(crosser: crosser.map { c.ref($0) }, lineOf: lineOf, line: lineText, claimant: claimant,
                             date: date, sentence: sentence, span: evidence.span, evidence: evidence.text)
    }

    /// A finding that another state's wrong goes on, told by a state: "The United States said
    /// that dumping has continued in third countries, and that the Japanese market remains
    /// closed", "officials said their monitoring showed no letup in the dumping". It claims that a
    /// line against that wrong, or against a failure to end it, is crossed; it names no line, so
    /// the tracker gives it only to a line of the speaker's about a failure that shares its words.
    /// Nil when the sentence has no such predicate, no state speaks it, or it names no other state.
    func nonComplianceClaim() -> CrossingClaim? {
        guard let predicate = range.first(where: { isPersistence($0) }) else { return nil }
        // "If dumping continues", "whether the market remains closed": no finding.
        if (range.lowerBound...predicate).contains(where: { clause.isConditional($0) }) { return nil }
        if (max(range.lowerBound, predicate - 4)..<predicate).contains(where: {
            ["if", "whether", "unless", "until", "would", "could", "may", "might", "will"].contains(text.norms[$0])
        }) { return nil }
        guard let reporting = (range.lowerBound..<predicate).first(where: { text.token($0, in: SpeechVerbs.reporting) }),
              let speaker = c.speaker(of: predicate) ?? c.speaker(of: reporting),
              let lineOf = c.actors.entities[speaker.entity].ref.code
        else { return nil }
        let crossers = c.actors.mentions(in: (reporting + 1)..<range.upperBound).filter { m in
            c.actors.entities[c.actors.mentions[m].entity].ref.code.map { $0 != lineOf } ?? false
        }
        guard let crosser = crossers.first else { return nil }
        let (date, _, _) = c.date(for: predicate, sentence: sentence, future: false)
        let evidence = text.evidence(sentence: sentence, around: predicate..<(predicate + 1))
        return CrossingClaim(crosser: [c.ref(crosser)], lineOf: c.actors.entities[speaker.entity].ref.identity, line: nil,
                             claimant: c.actors.entities[speaker.entity].ref.name ?? lineOf,
                             date: date ?? text.document.published, sentence: sentence, span: evidence.span, evidence: evidence.text)
    }

    /// "has continued", "continues" (not "continued to rise"), "remains closed", "no letup in".
    private func isPersistence(_ k: Int) -> Bool {
        let norm = text.norms[k]
        let next = k + 1 < range.upperBound ? text.norms[k + 1] : ""
        switch norm {
        case "continued", "continues", "persisted", "persists":
            // Intransitive, as a verb: what goes on is the subject ("dumping has continued in third
            // countries"); not "continued to rise", "continued their advance", "a continued rise".
            guard k > range.lowerBound, !text.token(k - 1, in: WordClasses.determiners) else { return false }
            if k + 1 >= range.upperBound || text.tokens[k + 1].kind == .punctuation { return true }
            return next != "to" && text.token(k + 1, in: WordClasses.prepositions) || ["unabated", "apace"].contains(next)
        case "remains", "remained":
            return ["closed", "shut", "barred"].contains(next)
        case "letup", "let-up":
            return k > range.lowerBound && text.norms[k - 1] == "no"
        default:
            return false
        }
    }

    /// Whether the sentence speaks of a line already known: "the line", "that red line", "his
    /// line", not "a line" or "red lines" in general.
    func refersToKnownLine() -> Bool {
        for k in range where text.norms[k] == "line" {
            var j = k - 1
            if j >= range.lowerBound, text.norms[j] == "red" || text.tokens[j].isQuote { j -= 1 }
            if j >= range.lowerBound, text.tokens[j].isQuote { j -= 1 }
            guard j >= range.lowerBound else { continue }
            if ["the", "that", "this", "his", "her", "its", "their"].contains(text.norms[j]) { return true }
        }
        return false
    }

    private func isPastForm(_ norm: String) -> Bool {
        norm.hasSuffix("ed") || ["crossed", "breached", "violated", "overstepped", "defied", "ignored", "broke", "broken"].contains(norm)
    }

    /// Whose line: "Putin's red line", "the line that Putin has said would ...".
    private func owner(ofLineNear verb: Int) -> ActorRef? {
        for k in range where text.norms[k] == "line" || text.norms[k] == "lines" {
            // A possessive just before: "Putin's 'Red Line'".
            for m in c.actors.mentions(in: max(range.lowerBound, k - 5)..<k) where c.actors.mentions[m].possessive {
                return c.actors.entities[c.actors.mentions[m].entity].ref.identity
            }
            // "the line that Putin has said ..."
            if k + 1 < range.upperBound, text.norms[k + 1] == "that",
               let m = c.actors.mentions(in: (k + 2)..<min(range.upperBound, k + 8)).first {
                return c.actors.entities[c.actors.mentions[m].entity].ref.identity
            }
        }
        return nil
    }

    private func relativeClause(afterLineNear verb: Int) -> String? {
        guard let k = range.first(where: { text.norms[$0] == "line" || text.norms[$0] == "lines" }),
              k + 1 < range.upperBound, text.norms[k + 1] == "that" else { return nil }
        var end = k + 2
        while end < range.upperBound, text.norms[end] != ",", text.tokens[end].kind != .closeQuote || end == k + 2 { end += 1 }
        return text.text(tokens: (k + 2)..<end)
    }

    /// Talk about lines rather than a line drawn: "Putin's supposed red lines", "called the bluff".
    func isCommentary(_ cue: Int) -> Bool {
        let window = max(range.lowerBound, cue - 6)..<min(range.upperBound, cue + 4)
        if cues.commentary.contains(text.words, in: window) { return true }
        // "the consequences of crossing X's red lines", "fears about crossing"
        if (max(range.lowerBound, cue - 5)..<cue).contains(where: { ["crossing", "breaching", "testing"].contains(text.norms[$0]) }) { return true }
        return false
    }

    // MARK: - Threat frames

    /// A consequence threatens when a condition, a warning or a prohibition frames it, or, for
    /// strong cues ("legitimate military targets"), when it is stated as what will happen.
    func isThreatFrame(cue: Range<Int>, strong: Bool, warLevel: Bool = false) -> Bool {
        if clause.isTemporal(cue.lowerBound) { return false }
        if range.contains(where: { clause.isConditional($0) }) { return true }
        if anyCondition(before: cue.lowerBound) != nil { return true }
        if cues.conditionals.contains(text.words, in: range) { return true }
        if range.contains(where: { cues.warningVerbs.contains(text.words[$0]) }) { return true }
        if cues.prohibitions.contains(text.words, in: range) { return true }
        let start = clause.start(of: cue.lowerBound)
        let modal = (max(start, cue.lowerBound - 8)..<cue.lowerBound).contains { ["will", "would", "'ll", "shall"].contains(text.norms[$0]) }
        if strong && modal { return true }
        // A cue that opens with its modal ("would lead to a direct conflict") frames itself only
        // at the level of war: "will occupy", "would be targeted" are told of plans as often.
        if warLevel, ["will", "would", "'ll", "shall"].contains(text.norms[cue.lowerBound]) { return true }
        // "X would risk the end of its regime", "the tax would result in retaliation": what an act
        // would bring on, told with a modal, is a warning whatever its weight.
        if let causal = (max(start, cue.lowerBound - 3)..<cue.upperBound).first(where: { Self.causalVerbs.contains(text.norms[$0]) }),
           (max(start, causal - 3)..<causal).contains(where: { text.token($0, in: WordClasses.modals) }) {
            return true
        }
        // "was ready to impose retaliatory trade action against Japan for breaking its pact": a
        // readiness to punish a named wrong.
        if (max(start, cue.lowerBound - 6)..<cue.upperBound).contains(where: { Self.readiness.contains(text.norms[$0]) }),
           grievance(cue: cue.lowerBound, excluding: "") != nil {
            return true
        }
        // An ultimatum or a demand to surrender frames itself.
        if cue.contains(where: { ["ultimatum", "ultimatums", "deadline", "surrender"].contains(text.norms[$0]) }) { return true }
        // "Russia will consider X as legitimate targets" with a cue that is strong on its own.
        if strong, (range.lowerBound..<cue.lowerBound).contains(where: { ["consider", "considers", "considered", "treat", "treated", "regard", "regarded", "deem", "deemed", "view", "viewed"].contains(text.norms[$0]) }) {
            return true
        }
        return false
    }

    static let readiness: Set<String> = ["ready", "prepared", "poised", "determined", "willing"]

    static let causalVerbs: Set<String> = [
        "risk", "risks", "result", "results", "bring", "brings", "mean", "means", "trigger", "triggers", "provoke", "provokes",
        "invite", "invites", "spark", "sparks", "lead", "leads", "cause", "causes", "draw", "draws", "incur", "incurs",
    ]

    /// "any countries that ...", "any military escalation": a universal subject that works as a
    /// condition. Returns the token of "any".
    func anyCondition(before k: Int) -> Int? {
        for j in range.lowerBound..<k where ["any", "whoever", "anyone", "anybody", "whatever"].contains(text.norms[j]) {
            // It must come before a modal: "any X will / would / can expect".
            if (j..<min(range.upperBound, k + 1)).contains(where: { text.token($0, in: WordClasses.modals) || ["can", "means", "is", "are"].contains(text.norms[$0]) }) {
                return j
            }
        }
        return nil
    }
}
