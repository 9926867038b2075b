import RedlineCore
import RedlineText

/// What a speech act's words make of the acts they name, and how a stance becomes its PLOVER type.
///
/// - A question is no request: "was asked why", "asked whether".
/// - An act named after a word of speech, failure or blame is what is said, not a second fact,
///   even when the speech act itself could not be coded: "urged Congress to reject", "failure to
///   honour the accord", "accused Tokyo of reneging on it".
/// - A sanction named as what is lifted, ended or threatened is no new sanction: "to lift the ban",
///   "threatened Tokyo with sanctions".
/// - A warning of a risk, aimed at no one and naming no answer, is a forecast, not a threat:
///   "economists warned taxpayers may have to pay", "warned of the potential for mistakes".
/// - A hostile act offered on a condition is a threat: "would boycott parliament unless ...".
/// - A boycott by a government is a sanction, not a protest.
/// - Money and goods are aid only toward a named state or organisation (`needsRecipient`).
extension EventCoder {
    // MARK: - Questions

    /// Whether a request verb asks a question: "was asked why", "asked him whether", "asked about".
    func isQuestion(_ type: EventType, isVerb: Bool, trigger: Range<Int>, sentence: Range<Int>, _ text: SegmentedText) -> Bool {
        guard type == .request, isVerb else { return false }
        // "asked the Canadian premier whether": past an addressee, up to an infinitive ("asked X to").
        for k in trigger.upperBound..<min(sentence.upperBound, trigger.upperBound + 6) {
            if Self.questionWords.contains(text.norms[k]) { return true }
            if text.tokens[k].kind == .punctuation || text.norms[k] == "to" || text.norms[k] == "for" { return false }
        }
        return false
    }

    static let questionWords: Set<String> = ["why", "whether", "what", "how", "if", "about"]

    // MARK: - Acts that words of speech, failure or blame govern

    /// Whether the infinitive marker at `to` follows, within six words of one clause, a verb the
    /// lexicon codes as a speech act or concession ("urge", "ask", "agree", "refuse"), or a word of
    /// failure ("failed to", "failure to"): the act after it is content whether or not the speech
    /// act itself was coded.
    func followsSpeechWord(_ to: Int, _ text: SegmentedText, _ sentence: Range<Int>) -> Bool {
        var j = to - 1
        while j >= max(sentence.lowerBound, to - 6) {
            if text.tokens[j].kind == .punctuation || text.token(j, in: ClauseMap.complementisers) { return false }
            if Self.failureWords.contains(text.norms[j]) { return true }
            // "were ordered to seize": told to, and so done by the subject.
            if isSpeechVerb(j, text, sentence) {
                return !(max(sentence.lowerBound, j - 2)..<j).contains { text.token($0, in: WordClasses.beForms) }
            }
            j -= 1
        }
        return false
    }

    /// Whether the act at `t` is what someone is accused or blamed of: "accused Japan of reneging",
    /// and the way the charge says it was done: "charged the United States with breaking trade
    /// rules by excluding Dutch fibres".
    func isAllegedAct(_ t: Int, _ text: SegmentedText, _ sentence: Range<Int>) -> Bool {
        // Up to three words after "of" or "for" (or "with": "charged X with"); past "by" or
        // "through", up to eight.
        let manner = t - 1 > sentence.lowerBound && ["by", "through"].contains(text.norms[t - 1])
        var p = t - 1
        while p >= max(sentence.lowerBound, t - (manner ? 8 : 3)) {
            // "accused Moscow of meddling and expelled ...": the second verb is the accuser's own act.
            if text.tokens[p].kind == .punctuation || ["and", "or", "but"].contains(text.norms[p]) { return false }
            if ["of", "for", "with"].contains(text.norms[p]),
               (max(sentence.lowerBound, p - 5)..<p).contains(where: { j in
                   lexicon.senses(of: text.words[j]).contains { $0.isVerb && lexicon.entry($0).type == .accuse }
                       && !(j + 1..<p).contains { text.tokens[$0].kind == .punctuation }
               }) {
                return true
            }
            p -= 1
        }
        return false
    }

    private func isSpeechVerb(_ j: Int, _ text: SegmentedText, _ sentence: Range<Int>) -> Bool {
        guard lexicon.isHead(text.words[j]) else { return false }
        return lexicon.senses(of: text.words[j]).contains { sense in
            let type = lexicon.entry(sense).type
            // Only where the sense's words are there: "give" concedes only with "ground", not "gives X a basis".
            return sense.isVerb && sense.rest.isEmpty && (type.isSpeechAct || type == .concede)
                && constraintsHold(sense, j..<(j + 1), sentence, text)
        }
    }

    static let failureWords: Set<String> = [
        "fail", "fails", "failed", "failing", "failure", "unable", "inability", "reluctance", "reluctant",
    ]

    // MARK: - Sanctions that are only named

    /// Whether a sanction or restriction noun is the object of a verb that lifts, ends or eases it
    /// ("moves to lift the European Union's ban"), or the instrument of a threat ("threatened Tokyo
    /// with sanctions"): the act is that verb's, not a new sanction.
    func isNamedMeasure(_ type: EventType, trigger: Range<Int>, clause: Range<Int>, _ text: SegmentedText) -> Bool {
        // "voted to block 40 mln dlrs in aid to the rebels", "cut off aid": aid withheld is not given.
        if type == .aid {
            return (max(clause.lowerBound, trigger.lowerBound - 6)..<trigger.lowerBound).contains { j in
                Self.withholdingVerbs.contains(text.norms[j])
                    && !((j + 1)..<trigger.lowerBound).contains { text.tokens[$0].kind == .punctuation }
            }
        }
        guard type == .sanction || type == .coerce else { return false }
        var j = trigger.lowerBound - 1
        while j >= max(clause.lowerBound, trigger.lowerBound - 6) {
            if text.tokens[j].kind == .punctuation { return false }
            if text.norms[j] == "with", (max(clause.lowerBound, j - 3)..<j).contains(where: { isVerbOf(.threaten, at: $0, text, clause) }) {
                return true
            }
            if isVerbOf(.concede, at: j, text, clause) || isVerbOf(.retreat, at: j, text, clause) { return true }
            j -= 1
        }
        return false
    }

    static let withholdingVerbs: Set<String> = [
        "block", "blocks", "blocked", "blocking", "cut", "cuts", "cutting", "halt", "halts", "halted", "halting", "suspend",
        "suspends", "suspended", "suspending", "freeze", "freezes", "froze", "frozen", "freezing", "withhold", "withholds",
        "withheld", "withholding", "deny", "denies", "denied", "denying", "end", "ends", "ended", "ending", "stop",
        "stops", "stopped", "stopping", "refuse", "refuses", "refused", "refusing",
    ]

    private func isVerbOf(_ type: EventType, at j: Int, _ text: SegmentedText, _ clause: Range<Int>) -> Bool {
        lexicon.isHead(text.words[j]) && lexicon.senses(of: text.words[j]).contains {
            $0.isVerb && $0.rest.isEmpty && lexicon.entry($0).type == type && constraintsHold($0, j..<(j + 1), clause, text)
        }
    }

    // MARK: - Warnings that are forecasts

    /// "Leading economists have warned taxpayers may have to pay", "warned of the potential for
    /// miscarriages of justice": a warning aimed at no one, on no condition, that names no answer
    /// to anything, and is about a risk ("of", "about") or a possibility ("may", "could").
    func isRiskWarning(trigger: Range<Int>, recipient: [ActorRef], sentence: Range<Int>, _ text: SegmentedText) -> Bool {
        guard trigger.count == 1, Self.warnForms.contains(text.norms[trigger.lowerBound]),
              recipient.allSatisfy({ $0.code == nil }) else { return false }
        var possibility = trigger.upperBound < sentence.upperBound && ["of", "about"].contains(text.norms[trigger.upperBound])
        for k in sentence {
            let word = text.norms[k]
            if Self.answerWords.contains(word) || word == "if" || word == "unless" || word == "or" { return false }
            if ["may", "might", "could"].contains(word) { possibility = true }
        }
        return possibility
    }

    /// Words that name the answer a threat holds out.
    static let answerWords: Set<String> = [
        "consequence", "consequences", "retaliate", "retaliation", "retaliatory", "respond", "response", "responses",
        "reprisal", "reprisals", "action", "measures", "countermeasures", "sanction", "sanctions", "war", "force",
        "military", "attack", "attacks", "strike", "strikes", "punish", "punishment", "tariff", "tariffs", "target",
        "targets", "nuclear", "retribution", "revenge",
    ]

    // MARK: - Stances to types

    /// "The opposition would boycott parliament unless the party changed its mind": a hostile act
    /// held out on a condition is a threat of it.
    func isConditionalAct(_ type: EventType, trigger: Range<Int>, sentence: Range<Int>, future: Bool, _ text: SegmentedText) -> Bool {
        guard future, [.protest, .sanction, .assault, .coerce].contains(type) else { return false }
        return (trigger.upperBound..<min(sentence.upperBound, trigger.upperBound + 8)).contains { text.norms[$0] == "unless" }
    }

    /// A boycott by a state or its government is a sanction: "a boycott proposed by Norway's
    /// government". Crowds, parties and unions who boycott protest.
    func isStateBoycott(_ type: EventType, mode: String?, actor: [ActorRef]) -> Bool {
        guard type == .protest, mode == "boycott" else { return false }
        return actor.contains { $0.code != nil && $0.kind == .state && ($0.sector == nil || $0.sector == "GOV") }
    }

    /// Whether an act of money or goods that needs a named recipient has one: a state or an
    /// organisation, not a business.
    func hasPoliticalRecipient(_ recipient: [ActorRef]) -> Bool {
        recipient.contains { $0.code != nil && $0.sector != "BUS" }
    }

    // MARK: - Decisions against

    /// Whether an agreement word is what a decision says will not be done: "decided not to
    /// accept", "the decision not to join", "voted not to ratify", "chose not to sign".
    func isDecidedAgainst(_ trigger: Range<Int>, sentence: Range<Int>, _ text: SegmentedText) -> Bool {
        let t = trigger.lowerBound
        guard t - 3 >= sentence.lowerBound, text.norms[t - 1] == "to", text.norms[t - 2] == "not" else { return false }
        // A few words may stand between: "decided for the time being not to accept".
        for k in max(sentence.lowerBound, t - 12)..<(t - 2) where Self.decisionWords.contains(text.norms[k]) {
            return !(k + 1..<(t - 2)).contains { text.tokens[$0].kind == .punctuation && text.norms[$0] != "," }
        }
        return false
    }

    /// Acts whose refusal is a rejection: to agree, yield, withdraw, cooperate or talk.
    static let refusable: Set<EventType> = [.agree, .concede, .retreat, .cooperate, .consult]

    /// Whether the trigger is refused with a modal: "would not withdraw", "will never apologise",
    /// "won't accept".
    func isRefusal(_ trigger: Range<Int>, sentence: Range<Int>, _ text: SegmentedText) -> Bool {
        let t = trigger.lowerBound
        guard t - 1 >= sentence.lowerBound else { return false }
        if ["won't", "wouldn't", "shan't", "won\u{2019}t", "wouldn\u{2019}t"].contains(text.norms[t - 1]) { return true }
        guard t - 2 >= sentence.lowerBound else { return false }
        let negation = text.norms[t - 1]
        guard negation == "not" || negation == "never" || negation == "n't" else { return false }
        return ["will", "would", "wo", "shall", "'ll"].contains(text.norms[t - 2])
    }

    static let decisionWords: Set<String> = [
        "decide", "decides", "decided", "deciding", "decision", "chose", "chooses", "choose", "opted", "opts", "voted",
        "votes", "resolved", "elected",
    ]

    // MARK: - Settings

    /// Whether a meeting noun only says where something else was said or done: "at an October
    /// meeting of the party, he accused ...", "during the annual session". A meeting "with" or
    /// "between" named parties is still one ("aid pledged at a meeting with donors").
    func isSetting(_ trigger: Range<Int>, sentence: Range<Int>, _ text: SegmentedText) -> Bool {
        let after = trigger.upperBound
        if after < sentence.upperBound, ["with", "between", "among"].contains(text.norms[after]) { return false }
        var k = trigger.lowerBound - 1
        var steps = 0
        while k >= sentence.lowerBound, steps < 5 {
            let norm = text.norms[k]
            if norm == "at" || norm == "during" { return true }
            guard text.tokens[k].kind == .word || text.tokens[k].kind == .number || text.tokens[k].kind == .possessive else { return false }
            k -= 1
            steps += 1
        }
        return false
    }
}
