import RedlineCore
import RedlineText

/// Codes PLOVER events from the verbs and nouns of the event lexicon.
///
/// For each trigger word it reads a shallow clause structure (`ClauseMap`): the actor is the
/// subject of the trigger's clause (or of the clause it depends on), the recipient the object or
/// the prepositional complement the lexicon entry names; passives take the `by` phrase as actor;
/// nouns take a possessive or nationality modifier ("Russia's invasion", "Western military aid")
/// or a `by`/`from`/`between` phrase. Compound actors stay one list ("the US and the UK").
/// Hostile acts told in a speaker's own quoted words become that speaker's accusation.
public struct EventCoder: Sendable {
    let lexicon: EventLexicon

    public init(lexicon: EventLexicon) {
        self.lexicon = lexicon
    }

    public func code(_ doc: AnnotatedDocument) -> [EventAnnotation] {
        let context = DocumentContext(doc, lexicon: lexicon)
        var out = [EventAnnotation]()
        for (s, sentence) in doc.text.sentences.enumerated() {
            let clause = ClauseMap(doc.text, sentence: sentence.tokens)
            var found = [(EventAnnotation, Bool)]()
            var k = sentence.tokens.lowerBound
            var lastVerbEnd = -10
            while k < sentence.tokens.upperBound {
                if let (event, end, isVerb) = trigger(at: k, sentence: s, clause: clause, context, lastVerbEnd: lastVerbEnd) {
                    found.append((event, clause.isSubordinate(k)))
                    if isVerb { lastVerbEnd = end }
                    k = end
                } else {
                    k += 1
                }
            }
            found = markContents(found, doc.text, sentence: sentence.tokens)
            // Main-clause events first, then in text order.
            found.sort { ($0.1 ? 1 : 0, $0.0.trigger.lowerBound) < ($1.1 ? 1 : 0, $1.0.trigger.lowerBound) }
            out += found.map(\.0)
        }
        return continueTargets(resolveReciprocity(out, context), context)
    }

    // MARK: - Triggers

    private func trigger(at k: Int, sentence s: Int, clause: ClauseMap, _ c: DocumentContext, lastVerbEnd: Int) -> (EventAnnotation, Int, Bool)? {
        let text = c.text
        guard lexicon.isHead(text.words[k]), text.tokens[k].kind == .word else { return nil }
        // A word of a person's name is no act: "Ban" in "Ban Ki-moon".
        if c.isPersonName(k) { return nil }
        let senses = lexicon.senses(of: text.words[k])
        for sense in senses {
            guard let range = matchRest(sense, at: k, clause.range, text) else { continue }
            guard constraintsHold(sense, range, clause.range, text) else { continue }
            if sense.isVerb {
                guard isVerbUse(sense, at: k, c) else { continue }
            } else {
                guard isNounUse(at: range.lowerBound, c),
                      !isObjectOfTrigger(range.lowerBound, lastVerbEnd: lastVerbEnd, text)
                        || lexicon.entry(sense).type == .request && hasOwnOwner(range.lowerBound, after: lastVerbEnd, c),
                      !modifiesNextNoun(range.upperBound, clause.range, text) else { continue }
            }
            guard let event = build(sense, trigger: range, head: k, sentence: s, clause: clause, c) else { continue }
            return (event, range.upperBound, sense.isVerb)
        }
        return nil
    }

    /// The tokens of a multi-word entry around its head, or nil when the rest is not there.
    private func matchRest(_ sense: EventLexicon.Sense, at k: Int, _ range: Range<Int>, _ text: SegmentedText) -> Range<Int>? {
        if sense.rest.isEmpty { return k..<(k + 1) }
        if sense.isVerb {
            // Particles follow the verb, perhaps after one word ("cut off", "pull its troops out" is rarer).
            var j = k + 1
            for word in sense.rest {
                if j < range.upperBound, text.words[j] == word { j += 1; continue }
                if j + 1 < range.upperBound, text.words[j + 1] == word, text.tokens[j].kind == .word { j += 2; continue }
                return nil
            }
            return k..<j
        }
        let start = k - sense.rest.count
        guard start >= range.lowerBound else { return nil }
        for (offset, word) in sense.rest.enumerated() where text.words[start + offset] != word { return nil }
        return start..<(k + 1)
    }

    func constraintsHold(_ sense: EventLexicon.Sense, _ trigger: Range<Int>, _ range: Range<Int>, _ text: SegmentedText) -> Bool {
        // Seven tokens: "fired more than a dozen ballistic missiles" still meets "missiles".
        let window = trigger.upperBound..<min(range.upperBound, trigger.upperBound + 7)
        let before = max(range.lowerBound, trigger.lowerBound - 3)..<trigger.lowerBound
        func near(_ words: WordSet) -> Bool {
            for j in window where words.contains(text.words[j]) { return true }
            if !sense.isVerb {
                for j in before where words.contains(text.words[j]) { return true }
            }
            return false
        }
        if let with = lexicon.with[sense.entry], !near(with) { return false }
        if let without = lexicon.without[sense.entry], near(without) { return false }
        return true
    }

    private func isVerbUse(_ sense: EventLexicon.Sense, at k: Int, _ c: DocumentContext) -> Bool {
        let text = c.text
        guard k > 0 else { return sense.form == .base || sense.form == .past }
        let prev = text.norms[k - 1]
        if text.token(k - 1, in: WordClasses.determiners) || text.tokens[k - 1].kind == .possessive { return false }
        if let m = c.actors.mention(covering: k - 1), c.actors.mentions[m].form == .modifier { return false }
        switch sense.form {
        case .past, .participle:
            return true
        case .gerund:
            return true
        case .base:
            return text.token(k - 1, in: WordClasses.modals) || text.token(k - 1, in: WordClasses.doForms) || prev == "to"
                || prev == "not" || prev == "n't" || prev == "never" || text.token(k - 1, in: WordClasses.subjectPronouns)
                || prev.hasSuffix("ly") || (c.endsAgentMention(k - 1) && !isNounCompound(at: k, c)) || prev == "and" || prev == "or"
                || text.token(k - 1, in: WordClasses.negations)
        case .third:
            return c.endsAgentMention(k - 1) || prev == "he" || prev == "she" || prev == "it" || prev == "who"
                || prev == "which" || prev.hasSuffix("ly") || prev == "also"
        }
    }

    /// Whether the word at `k`, right after an actor's name, heads a noun phrase with the name as
    /// its modifier rather than being that actor's verb: "despite the U.S. military attack on a
    /// platform" (the name follows a preposition, or "on", "against", "of" follows the word).
    private func isNounCompound(at k: Int, _ c: DocumentContext) -> Bool {
        let text = c.text
        if k + 1 < text.tokens.count, ["on", "against", "of"].contains(text.norms[k + 1]) { return true }
        guard let m = c.actors.mention(covering: k - 1) else { return false }
        var b = c.actors.mentions[m].tokens.lowerBound - 1
        while b >= 0, ["the", "a", "an"].contains(text.norms[b]) { b -= 1 }
        guard b >= 0, text.tokens[b].kind == .word else { return false }
        if text.token(b, in: WordClasses.prepositions) { return !text.token(b, in: ClauseMap.subordinators) }
        // "pushing Iranian forces back", "drove the rebels back": the name is the object of the
        // verb before it, and the word after it a particle.
        let before = text.norms[b]
        return !text.tokens[b].isCapitalized && before.count > 4 && (before.hasSuffix("ing") || before.hasSuffix("ed"))
            && !Self.prepositionalParticiples.contains(before)
    }

    /// Participles that work as prepositions before a name ("including Russia", "following Iran").
    private static let prepositionalParticiples: Set<String> = [
        "including", "following", "according", "regarding", "concerning", "excluding", "involving", "considering",
    ]

    private func isNounUse(at k: Int, _ c: DocumentContext) -> Bool {
        guard k > 0 else { return true }
        let text = c.text
        let prev = text.norms[k - 1]
        if text.token(k - 1, in: WordClasses.modals) || prev == "to" || text.token(k - 1, in: WordClasses.doForms) { return false }
        if text.token(k - 1, in: WordClasses.subjectPronouns), prev != "which", prev != "who" { return false }
        // A predicate noun names no event: "becomes a threat", "consider this an attack".
        var j = k - 1
        var steps = 0
        while j >= 0, steps < 4 {
            if c.text.token(j, in: WordClasses.copulas) { return false }
            guard c.text.tokens[j].kind == .word, !c.text.token(j, in: WordClasses.prepositions) else { break }
            j -= 1
            steps += 1
        }
        return true
    }

    /// Prepositions after which an act noun is what a clause is about, not what its subject does:
    /// "room for an attack", "responded to the strikes", "killed in an attack", "talk of sanctions",
    /// "came under attack", "treated as an invasion".
    private static let aboutPrepositions: Set<String> = [
        "for", "about", "over", "after", "before", "since", "against", "to", "in", "from", "into", "despite", "amid",
        "during", "of", "toward", "towards", "under", "as",
    ]

    /// Whether the act noun ending at `trigger` is followed by its own verb: a modal, a form of
    /// "be" or "have", or an event verb ("the sanctions would", "the strikes killed").
    private func isSubjectNoun(_ trigger: Range<Int>, _ c: DocumentContext) -> Bool {
        let k = trigger.upperBound
        guard k < c.text.tokens.count, c.text.tokens[k].kind == .word else { return false }
        return c.text.token(k, in: WordClasses.modals) || c.text.token(k, in: WordClasses.beForms)
            || c.text.token(k, in: WordClasses.haveForms) || c.isTriggerVerb(k)
    }

    private static let nounOpeners: Set<String> = [
        "a", "an", "the", "any", "its", "their", "his", "her", "this", "these", "those", "new", "further", "more",
    ]

    private static let holdingVerbs: Set<String> = [
        "hold", "holds", "held", "holding", "keep", "keeps", "kept", "keeping", "put", "puts", "putting", "place",
        "places", "placed", "placing",
    ]

    /// Whether the act noun at `k` is governed by one of `aboutPrepositions`, with at most two words
    /// between ("for a limited attack", "to the new sanctions"). "A wave of strikes" counts a
    /// measure, not a topic; "responsibility for the attack" names its doer.
    private static func isAbout(_ k: Int, _ text: SegmentedText, from start: Int) -> Bool {
        var j = k - 1
        var window = k - 3
        while j >= start, j >= window {
            // Quotation marks are no words: 'respond to a “minor incursion”'.
            if text.tokens[j].isQuote {
                j -= 1
                window -= 1
                continue
            }
            guard text.tokens[j].kind == .word else { return false }
            let word = text.norms[j]
            if aboutPrepositions.contains(word) {
                // "to" before a verb marks an infinitive ("acted to tighten restrictions"), not a topic.
                if word == "to", j + 1 < k, !Self.nounOpeners.contains(text.norms[j + 1]) { return false }
                guard j > start else { return true }
                let before = text.norms[j - 1]
                if word == "of", text.token(j - 1, in: WordClasses.quantities) { return false }
                if word == "for", ["responsibility", "responsible", "credit"].contains(before) { return false }
                // "held suspects under house arrest", "put China under an embargo": the subject's act.
                if word == "under", (max(start, j - 4)..<j).contains(where: { Self.holdingVerbs.contains(text.norms[$0]) }) {
                    return false
                }
                return true
            }
            // A clause boundary, not a modifier: "as they allowed detentions".
            if text.token(j, in: WordClasses.prepositions) || text.tokens[j].isCapitalized
                || text.token(j, in: WordClasses.subjectPronouns) { return false }
            j -= 1
        }
        return false
    }

    /// A noun right after an event verb is its object ("cutting off gas supplies", "conduct a strike").
    private func isObjectOfTrigger(_ k: Int, lastVerbEnd: Int, _ text: SegmentedText) -> Bool {
        guard lastVerbEnd >= 0, k >= lastVerbEnd, k - lastVerbEnd <= 3 else { return false }
        // "hit by a barrage of drones", "attacked with a wave of missiles": the agent or instrument.
        let measure = text.token(k, in: WordClasses.quantities) && k + 1 < text.tokens.count && text.norms[k + 1] == "of"
        return !(lastVerbEnd..<k).contains {
            text.tokens[$0].kind == .punctuation
                || text.token($0, in: WordClasses.prepositions) && !(measure && (text.norms[$0] == "by" || text.norms[$0] == "with"))
        }
    }

    /// Whether the request noun at `k`, the object of the trigger verb ending at `lastVerbEnd`, names
    /// who made it right before it: "rejected an IMF demand", "turned down a U.S. request". The
    /// demand was made, by its owner, whatever the verb did with it.
    private func hasOwnOwner(_ k: Int, after lastVerbEnd: Int, _ c: DocumentContext) -> Bool {
        guard k > 0, let m = c.actors.mention(covering: k - 1) else { return false }
        let mention = c.actors.mentions[m]
        return mention.tokens.upperBound == k && mention.tokens.lowerBound >= lastVerbEnd && !mention.opposed
            && mention.form != .pronoun && c.actors.entities[mention.entity].ref.code != nil
    }

    /// An event noun used as a modifier: "missile strike systems", "aid package".
    private func modifiesNextNoun(_ k: Int, _ range: Range<Int>, _ text: SegmentedText) -> Bool {
        k < range.upperBound && text.token(k, in: WordClasses.headNouns)
    }

    // MARK: - Building an event

    private func build(_ sense: EventLexicon.Sense, trigger: Range<Int>, head: Int, sentence s: Int,
                       clause: ClauseMap, _ c: DocumentContext) -> EventAnnotation? {
        let entry = lexicon.entry(sense)
        let sentenceRange = c.text.sentences[s].tokens
        if isFigurative(entry.type, trigger: trigger, sentence: sentenceRange, c.text) { return nil }
        if isQuestion(entry.type, isVerb: sense.isVerb, trigger: trigger, sentence: sentenceRange, c.text) { return nil }
        if !sense.isVerb || entry.type == .aid, isNamedMeasure(entry.type, trigger: trigger, clause: clause.range, c.text) { return nil }
        if !sense.isVerb, entry.type == .consult, isSetting(trigger, sentence: sentenceRange, c.text) { return nil }
        // A word of a name is no act: "the General Agreement on Tariffs and Trade" imposes no tariff.
        if c.text.tokens[trigger.lowerBound].isCapitalized, let m = c.actors.mention(covering: trigger.lowerBound),
           c.actors.mentions[m].tokens.count >= 2 { return nil }
        let roles = RoleFinder(c: c, clause: clause)
        var actor = [Int]()
        // "The men were freed", "Galloway was expelled from the party": a passive with no agent.
        var agentless = false
        // "Any Iranian attack on Soviet ships will bring ...": a condition, kept only as content.
        var anyAct = false
        var recipient = [Int]()
        let recipientSlots = entry.recipient ?? (sense.isVerb ? ["object"] : ["of", "on", "against", "to"])
        if sense.isVerb {
            // "was hit by ...", and the reduced relative "the militia hit by U.S. airstrikes".
            let reduced = trigger.upperBound < clause.range.upperBound && c.text.norms[trigger.upperBound] == "by"
                && head > clause.range.lowerBound && !c.text.token(head - 1, in: WordClasses.haveForms)
                && !c.text.token(head - 1, in: WordClasses.subjectPronouns)
            // "hit", "cut", "set": a base form that is also the participle reads as one here.
            let participle = sense.form == .participle || sense.form == .past
                || lexicon.senses(of: c.text.words[head]).contains { $0.entry == sense.entry && ($0.form == .past || $0.form == .participle) }
            if participle, roles.isPassive(head) || reduced {
                actor = roles.prepositionObject("by", after: trigger.upperBound)
                recipient = firstFilled(recipientSlots.filter { $0 != "object" }, roles, after: trigger.upperBound)
                if recipient.isEmpty { recipient = roles.subject(of: trigger.lowerBound) }
                agentless = actor.isEmpty && roles.isPassive(head)
            } else {
                actor = roles.hasNounSubject(before: trigger.lowerBound) ? [] : roles.subject(of: trigger.lowerBound)
                recipient = firstFilled(recipientSlots, roles, after: trigger.upperBound)
            }
        } else {
            anyAct = isAnyAct(trigger, c.text, c.text.sentences[s].tokens)
            actor = roles.nominalActor(of: trigger)
            recipient = firstFilled(recipientSlots, roles, after: trigger.upperBound)
            // "anti-French demonstrations": the state a stance is against is the one acted on.
            if recipient.isEmpty, let m = c.actors.mentions(in: max(clause.range.lowerBound, trigger.lowerBound - 3)..<trigger.lowerBound)
                .last(where: { c.actors.mentions[$0].opposed }) {
                recipient = [m]
            }
            if actor.isEmpty {
                // "a threat", "an accusation" with no one's name on it is not an act of the clause's subject
                // unless a light verb makes it one ("issued a warning", "made a demand").
                if entry.type.isSpeechAct, !roles.hasLightVerb(before: trigger.lowerBound) { return nil }
                // Nor is a hostile act the sentence names only as what something is about: "remarks
                // that left room for a limited attack", "Moscow responded to the sanctions".
                if entry.type.isHostileAct, Self.isAbout(trigger.lowerBound, c.text, from: clause.range.lowerBound) { return nil }
                // Nor one that is itself the subject of what is said of it: "the Kremlin said the
                // sanctions would not change its course", "officials said the strikes killed 12".
                if entry.type.isHostileAct, isSubjectNoun(trigger, c) { return nil }
                actor = roles.subject(of: trigger.lowerBound)
            }
        }
        recipient.removeAll { actor.contains($0) }
        let actorCodes = Set(actor.compactMap { c.actors.entities[c.actors.mentions[$0].entity].ref.code })
        recipient.removeAll { m in
            guard let code = c.actors.entities[c.actors.mentions[m].entity].ref.code else { return false }
            return actorCodes.contains(code) && c.actors.mentions[m].form == .pronoun
        }
        let flags = Flags(c.text, trigger: trigger, clause: clause, isName: c.isPersonName)
        var type = entry.type
        var mode = entry.mode
        var context = entry.context ?? []
        var actorRefs = actor.map { c.ref($0) }
        var recipientRefs = recipient.map { c.ref($0) }
        var actorMentions = actor
        var recipientMentions = recipient
        let speaker = c.speaker(of: head)
        // "Kirby said Putin should refrain from ...": a request put in a deontic modal is the
        // speaker's request of the subject, not the subject's own.
        if type == .request, let speaker, head > 0,
           ["should", "must", "ought", "shall"].contains(c.text.norms[head - 1]) || (head > 1 && c.text.norms[head - 1] == "to" && c.text.norms[head - 2] == "ought"),
           let code = c.actors.entities[speaker.entity].ref.code, !actorRefs.isEmpty, !actorRefs.contains(where: { $0.code == code }) {
            recipientRefs = actorRefs
            recipientMentions = actorMentions
            actorRefs = [c.actors.entities[speaker.entity].ref]
            actorMentions = speaker.mention.map { [$0] } ?? []
        }
        // A hostile act told in a speaker's own words is the speaker's accusation.
        if let speaker, c.isDirectQuote(head), type.isAccusable, !flags.negated, !flags.hypothetical, !flags.future,
           let code = c.actors.entities[speaker.entity].ref.code,
           !actorRefs.isEmpty, !actorRefs.contains(where: { $0.code == code }) {
            recipientRefs = actorRefs
            recipientMentions = actorMentions
            actorRefs = [c.actors.entities[speaker.entity].ref]
            actorMentions = speaker.mention.map { [$0] } ?? []
            type = .accuse
            mode = "allege"
            context = context.isEmpty ? [] : context
        }
        if type == .threaten, isForecast(trigger: trigger, actor: actorMentions, recipient: recipientRefs, sentence: s, c)
            || isRiskWarning(trigger: trigger, recipient: recipientRefs, sentence: sentenceRange, c.text) { return nil }
        if entry.needsRecipient == true, !hasPoliticalRecipient(recipientRefs) { return nil }
        if isConditionalAct(type, trigger: trigger, sentence: sentenceRange, future: flags.future || flags.hypothetical, c.text) {
            mode = type == .assault ? "violence" : nil
            type = .threaten
            context = []
        }
        var negated = flags.negated
        var hypothetical = flags.hypothetical, future = flags.future
        // "decided not to accept the offer", "the decision not to join": a refusal, not an agreement undone.
        if type == .agree, negated, isDecidedAgainst(trigger, sentence: sentenceRange, c.text) {
            type = .reject
            negated = false
        }
        // "said it would not withdraw", "will never apologise": a refusal stated now, not a
        // yielding that may come.
        if negated, Self.refusable.contains(type), !clause.isConditional(head), isRefusal(trigger, sentence: sentenceRange, c.text) {
            type = .reject
            mode = nil
            context = []
            negated = false
            hypothetical = false
            future = false
        }
        // "will lend 27 billion yen to Indonesia": aid promised is an agreement to give it.
        if type == .aid, future, !negated, !hypothetical {
            type = .agree
            mode = nil
        }
        if isStateBoycott(type, mode: mode, actor: actorRefs) {
            type = .sanction
            mode = "discontinue"
        }
        if type == .assault { fillLaunchOrigin(actor: &actorRefs, mentions: actorMentions, c) }
        // Workers who strike stop work: "miners struck over pay", "a strike by dockers".
        if type == .assault, isLabourStrike(trigger: trigger, actor: actorRefs, sentence: c.text.sentences[s].tokens, c.text) {
            type = .protest
            mode = "strike"
            context = []
        }
        fillImplicitActor(type: type, actor: &actorRefs, mentions: actorMentions, recipient: recipientRefs, sentence: s, c)
        fillSentenceState(type: type, actor: &actorRefs, mentions: actorMentions, recipient: recipientRefs, sentence: s, c)
        if isBusinessDealing(type, actor: actorRefs, recipient: recipientRefs, sentence: sentenceRange, c.text) { return nil }
        // A person or a part of a polity of no state the text tells ("MPs urged ministers",
        // "Mobutu accused the IMF") still acts: its event is kept with the state left unknown.
        // A bare name with no office is trusted only with words of politics (accuse, urge, praise);
        // force by no one the text places is left out, as before.
        // A passive with no agent tells what was done to someone named, by someone unnamed: kept
        // with no actor, save force (an unnamed attacker is left to the sentences that name one).
        // "Rockets carrying sarin struck Ghouta. ... the assessment concluded that Syrian
        // government forces had fired the rockets": weapons with no owner take the one a later
        // sentence says fired them.
        if type == .assault, !actorRefs.contains(where: { $0.code != nil }), let firer = firer(ofWeaponBefore: trigger, sentence: s, c) {
            actorRefs = [firer]
            actorMentions = []
        }
        let unnamedDoer = agentless && actorRefs.isEmpty && type != .assault && recipientRefs.contains { $0.code != nil }
        guard actorRefs.contains(where: { $0.code != nil }) || unnamedDoer
                || zip(actorRefs, actorMentions).contains(where: { ref, m in
                    type != .assault && isAgentOfNoState(m, c) && (ref.sector != nil || (type.isSpeechAct && type != .agree)) })
        else { return nil }
        fillImplicitRecipient(type: type, recipient: &recipientRefs, sentence: s, c)
        var (date, precision, dateText) = c.date(for: head, sentence: s, future: future || hypothetical)
        // "revenge for the killing of Soleimani", "since the invasion": an act named as the reason
        // or the start of what the sentence tells happened before it, on a day the sentence does
        // not give unless a date follows the noun ("after the invasion on Feb. 24").
        if !sense.isVerb, let preposition = Self.backReference(trigger, c, clause.range) {
            // Its own date: "for the Jan. 3 drone strike", "the invasion on Feb. 24".
            let own = c.doc.dates.contains { $0.sentence == s && $0.tokens.lowerBound > preposition && $0.tokens.lowerBound <= trigger.upperBound + 5 }
            if !own { (date, precision, dateText) = (nil, nil, nil) }
        }
        // "after the Community imposed a levy", "since Iran started to attack": a clause told as what
        // came before the sentence's news happened on a day the sentence does not give.
        if sense.isVerb, dateText != nil || precision == .week, clause.isTemporal(trigger.lowerBound) {
            let start = clause.start(of: trigger.lowerBound)
            let opener = [start, start - 1].first { $0 >= 0 && (c.text.norms[$0] == "after" || c.text.norms[$0] == "since") }
            if let opener, !c.doc.dates.contains(where: { $0.sentence == s && $0.tokens.lowerBound > opener }) {
                (date, precision, dateText) = (nil, nil, nil)
            }
        }
        let evidence = c.text.evidence(sentence: s, around: trigger)
        let event = Event(
            type: type, mode: mode, context: context, actor: actorRefs, recipient: recipientRefs,
            date: date, datePrecision: precision, dateText: dateText, negated: negated,
            hypothetical: hypothetical, future: future,
            speaker: speaker.flatMap { c.actors.entities[$0.entity].isPerson ? c.actors.entities[$0.entity].ref.name : nil }
                ?? (entry.speech == true ? actorRefs.first?.name : nil),
            trigger: c.text.text(tokens: trigger), sentence: s,
            span: evidence.span, evidence: evidence.text)
        return EventAnnotation(event: event, trigger: trigger, sentence: s, actorMentions: actorMentions,
                               recipientMentions: recipientMentions, isContent: anyAct)
    }

    /// The "for", "over", "after", "since"... whose noun phrase an event noun heads, if any.
    static func backReference(_ trigger: Range<Int>, _ c: DocumentContext, _ range: Range<Int>) -> Int? {
        let text = c.text
        var k = trigger.lowerBound - 1
        var steps = 0
        while k >= range.lowerBound, steps < 6 {
            switch text.norms[k] {
            case "for", "over", "after", "following", "since", "despite", "avenge", "avenging", "avenged": return k
            case ",", ";", ":", "and", "but": return nil
            default:
                // A date inside the phrase ("the Jan. 3 drone strike") is read past.
                let inDate = c.doc.dates.contains { $0.tokens.contains(k) }
                if text.tokens[k].kind == .punctuation, !inDate { return nil }
            }
            k -= 1
            steps += 1
        }
        return nil
    }

    private func firstFilled(_ slots: [String], _ roles: RoleFinder, after k: Int) -> [Int] {
        for slot in slots {
            let found = slot == "object" ? roles.object(after: k) : roles.prepositionObject(slot, after: k)
            if !found.isEmpty { return found }
        }
        return []
    }

    /// Strikes, arrests and aid often name only the place they happen ("killed 12 people in Gaza",
    /// "arrested 15 journalists in Abuja", "sent supplies to earthquake victims in Turkey"): the
    /// people there are the recipient, coded by the state of the place.
    private func fillImplicitRecipient(type: EventType, recipient: inout [ActorRef], sentence: Int, _ c: DocumentContext) {
        guard recipient.allSatisfy({ $0.code == nil }), type == .assault || type == .coerce || type == .aid,
              let place = c.locativeState(in: sentence) else { return }
        recipient = [ActorRef(code: place, sector: nil, kind: .state)]
    }

    /// "Missiles launched from Iranian territory struck ...", "rockets fired from Gaza hit ...": a
    /// weapon with no owner acts for the state it was launched from.
    private func fillLaunchOrigin(actor: inout [ActorRef], mentions: [Int], _ c: DocumentContext) {
        for (i, m) in zip(actor.indices, mentions) where actor[i].code == nil && actor[i].sector == "MIL" {
            let end = c.actors.mentions[m].tokens.upperBound
            let sentenceEnd = c.text.sentences[c.actors.mentions[m].sentence].tokens.upperBound
            var k = end
            if k < sentenceEnd, ["launched", "fired", "flown", "sent", "shot"].contains(c.text.norms[k]) { k += 1 }
            guard k + 1 < sentenceEnd, c.text.norms[k] == "from",
                  let origin = c.actors.mention(covering: k + 1) ?? c.actors.mention(covering: min(k + 2, sentenceEnd - 1)),
                  let code = c.actors.entities[c.actors.mentions[origin].entity].ref.code,
                  c.actors.entities[c.actors.mentions[origin].entity].ref.kind == .state else { continue }
            actor[i].code = code
            actor[i].kind = .state
        }
    }

    /// Police arrests and street protests often leave their actor implicit: the state of the
    /// people acted on, else the state the document is mostly about.
    private func fillImplicitActor(type: EventType, actor: inout [ActorRef], mentions: [Int], recipient: [ActorRef],
                                   sentence: Int, _ c: DocumentContext) {
        let place = c.locativeState(in: sentence)
        let isGroup = { (ref: ActorRef) in ref.code == nil && NameWords.groupSectors.contains(ref.sector ?? "") }
        // A crowd or band the sentence does not place is the one told of just before, when the
        // sentence points back to it: "… The protesters set fire to a gate", "the building was set
        // on fire again by protesters". A bare "voters" or "residents" starts afresh.
        let pointsBack = Self.pointsBack(mentions: mentions, sentence: sentence, c)
        let antecedent = place == nil && pointsBack && actor.contains(where: isGroup) ? c.groupAntecedent(before: sentence) : nil
        let groupPlace = place ?? antecedent?.code
        // "Protesters set fire to the U.S. embassy in Baghdad", "gunmen in Kabul attacked a
        // checkpoint": an unnamed group that uses force acts for the state it acts in, if the
        // sentence names one; never the recipient's or the article's state.
        if type == .assault {
            guard let groupPlace else { return }
            // Crowds and armed groups only: a weapon ("rockets struck ...") is fired from elsewhere.
            for i in actor.indices where isGroup(actor[i]) {
                actor[i].code = groupPlace
                actor[i].kind = .state
                if actor[i].backer == nil, let backer = antecedent?.backer, backer != groupPlace { actor[i].backer = backer }
            }
            return
        }
        guard type == .coerce || type == .protest || type == .retreat || type == .mobilize else { return }
        // The people acted on are the actor's own when what is acted on is a part of their state
        // ("protesters rallied against the government"); protesters "chanting against the United
        // States" are not Americans, nor is the article's state theirs when it is the one protested.
        let foreign = type == .protest && recipient.contains { $0.code != nil && $0.kind == .state && $0.sector == nil }
        let home = foreign ? nil : recipient.first?.code
        let dominant = foreign ? nil : c.dominantState
        if actor.isEmpty {
            guard type == .protest || type == .coerce, let code = place ?? home ?? dominant else { return }
            actor = [ActorRef(code: code, sector: type == .protest ? "CVL" : nil, kind: .state)]
            return
        }
        for (i, m) in zip(actor.indices, mentions) where actor[i].code == nil && !(actor[i].name != nil && actor[i].sector == nil) {
            // A weapon is fired from elsewhere: "missiles fired from the sea disabled stations in
            // the Donbas" were not Ukraine's.
            if Self.weaponHeads.contains(c.text.norms[c.actors.mentions[m].tokens.upperBound - 1]) { continue }
            actor[i].code = (isGroup(actor[i]) ? groupPlace : place) ?? home ?? dominant
            actor[i].kind = .state
        }
    }

    static let firingVerbs: Set<String> = ["fired", "launched", "fire", "launch", "firing", "launching", "dropped", "shot"]

    /// The coded actor the next two sentences say fired the weapons that are the subject of the
    /// trigger's clause: "the rockets" after a verb of firing, whose agent is named before it.
    private func firer(ofWeaponBefore trigger: Range<Int>, sentence s: Int, _ c: DocumentContext) -> ActorRef? {
        let start = c.text.sentences[s].tokens.lowerBound
        guard let weapon = (start..<trigger.lowerBound).lazy.map({ c.text.norms[$0] }).first(where: Self.weaponHeads.contains)
        else { return nil }
        for next in (s + 1)..<min(c.text.sentences.count, s + 3) {
            let tokens = c.text.sentences[next].tokens
            for k in tokens where k >= tokens.lowerBound + 2 && c.text.norms[k] == weapon && c.text.norms[k - 1] == "the" {
                guard let verb = ((k - 3)..<(k - 1)).last(where: { $0 >= tokens.lowerBound && Self.firingVerbs.contains(c.text.norms[$0]) }),
                      let m = c.actors.mentions(in: tokens.lowerBound..<verb).last(where: {
                          c.actors.entities[c.actors.mentions[$0].entity].ref.code != nil && c.actors.mentions[$0].isAgent })
                else { continue }
                return c.actors.entities[c.actors.mentions[m].entity].ref
            }
        }
        return nil
    }

    static let weaponHeads: Set<String> = [
        "missile", "missiles", "rocket", "rockets", "drone", "drones", "shell", "shells", "bomb", "bombs", "munitions",
        "projectile", "projectiles", "mortar", "mortars", "warplanes", "jets", "aircraft", "warships",
    ]

    // MARK: - Continued acts

    /// "Supporters of a militia stormed the U.S. Embassy … The protesters set fire to a reception
    /// area": a crowd or band that points back to one told of before and uses force again without
    /// naming whom it is aimed at goes on with what it was doing, against the same target — the
    /// recipient of a hostile act by that group in the sentence that told of it.
    private func continueTargets(_ events: [EventAnnotation], _ c: DocumentContext) -> [EventAnnotation] {
        var out = events
        for i in out.indices {
            let event = out[i].event
            guard event.type == .assault || event.type == .coerce, !event.negated, !event.hypothetical,
                  event.recipient.allSatisfy({ $0.code == nil }),
                  let group = event.actor.first(where: { $0.code != nil && NameWords.groupSectors.contains($0.sector ?? "") }),
                  Self.pointsBack(mentions: out[i].actorMentions, sentence: out[i].sentence, c) else { continue }
            guard let antecedent = c.groupAntecedent(before: out[i].sentence), antecedent.code == group.code,
                  let before = out[..<i].last(where: { earlier in
                      earlier.sentence == antecedent.sentence && earlier.event.type.isHostileAct
                          && !earlier.event.negated && !earlier.event.hypothetical
                          && earlier.event.actor.contains(where: { $0.code == group.code })
                          && earlier.event.recipient.contains(where: { $0.code != nil && $0.code != group.code })
                  }) else { continue }
            out[i].event.recipient = before.event.recipient.filter { $0.code != nil }.map(\.identity)
        }
        return out
    }

    /// Whether an actor is a group told of before: "the protesters", "their supporters", or any
    /// group in a sentence that says the act happened "again".
    private static func pointsBack(mentions: [Int], sentence: Int, _ c: DocumentContext) -> Bool {
        mentions.contains { c.pointsBack(c.actors.mentions[$0]) }
            || c.text.sentences[sentence].tokens.contains { c.text.norms[$0] == "again" }
    }

    // MARK: - Responses in kind

    /// "Russia responded tit-for-tat": the act it answers, with the roles reversed.
    private func resolveReciprocity(_ events: [EventAnnotation], _ c: DocumentContext) -> [EventAnnotation] {
        var out = events
        for (s, sentence) in c.text.sentences.enumerated() {
            let range = sentence.tokens
            guard range.contains(where: { c.text.token($0, in: WordClasses.reciprocity) }),
                  range.contains(where: { ["responded", "responds", "respond", "retaliated", "retaliate", "reciprocated",
                                           "replied", "answered", "hit"].contains(c.text.norms[$0]) }),
                  !out.contains(where: { $0.sentence == s }) else { continue }
            let roles = RoleFinder(c: c, clause: ClauseMap(c.text, sentence: range))
            guard let verb = range.first(where: { ["responded", "responds", "respond", "retaliated", "retaliate", "reciprocated",
                                                  "replied", "answered", "hit"].contains(c.text.norms[$0]) }) else { continue }
            let actor = roles.subject(of: verb)
            guard let first = actor.first, let code = c.actors.entities[c.actors.mentions[first].entity].ref.code,
                  let answered = out.last(where: { $0.sentence < s && $0.sentence >= s - 3 && $0.event.type.isHostileAct
                      && $0.event.recipient.contains(where: { $0.code == code }) }) else { continue }
            var event = answered.event
            event.actor = actor.map { c.ref($0) }
            event.recipient = answered.event.actor.map { $0.identity }
            event.trigger = c.text.text(tokens: verb..<(verb + 1))
            event.sentence = s
            (event.span, event.evidence) = c.text.evidence(sentence: s, around: verb..<(verb + 1))
            event.speaker = nil
            let (date, precision, dateText) = c.date(for: verb, sentence: s, future: false)
            event.date = date ?? answered.event.date
            event.datePrecision = date == nil ? answered.event.datePrecision : precision
            event.dateText = dateText
            out.append(EventAnnotation(event: event, trigger: verb..<(verb + 1), sentence: s, actorMentions: actor,
                                       recipientMentions: answered.actorMentions))
        }
        return out.enumerated().sorted { ($0.element.sentence, $0.offset) < ($1.element.sentence, $1.offset) }.map(\.element)
    }
}

extension EventType {
    /// Types whose nouns are things said ("threat", "accusation", "demand").
    var isSpeechAct: Bool {
        switch self {
        case .threaten, .accuse, .request, .reject, .support, .agree: true
        default: false
        }
    }

    /// Acts that, told by someone of someone else in the present, accuse them.
    var isAccusable: Bool {
        switch self {
        case .assault, .coerce, .threaten, .mobilize, .sanction: true
        default: false
        }
    }
}
