import RedlineCore
import RedlineText

extension SentenceReader {
    struct Found {
        var redLine: RedLine
        var threat: EventAnnotation
    }

    /// The red lines this sentence declares (one, or one per demand of the sentence it points back to).
    func redLines(explicit: [Range<Int>], consequences: [(Range<Int>, ConsequenceCue)]) -> [Found] {
        // The first consequence anchors the reading, unless a later one threatens war and it does
        // not: in "warned that sending troops would lead to a direct conflict", "warned … troops"
        // also matches a cue, but names what is warned against.
        let war = consequences.first { ($0.1.severity ?? 0) >= 5 }
        // "... an ultimatum: release the sailors or face the consequences": the threat after "or"
        // carries the ultimatum, whatever cue comes first.
        let afterOr = consequences.first { cue in
            (max(range.lowerBound, cue.0.lowerBound - 2)..<cue.0.lowerBound).contains { text.norms[$0] == "or" }
        }
        let cueRange = explicit.first ?? afterOr?.0 ?? ((consequences.first!.1.severity ?? 0) < 5 ? war?.0 : nil) ?? consequences.first!.0
        let cue = cueRange.lowerBound
        let deadline = ultimatum(before: cue)
        guard let (declarer, declarerMention) = deadline.map({ (c.actors.mentions[$0.giver].entity, $0.giver) }) ?? declarer(at: cue)
        else { return [] }
        let declarerRef = c.actors.entities[declarer].ref
        guard let declarerCode = declarerRef.code else { return [] }
        let speaker = c.actors.entities[declarer].isPerson ? c.actors.entities[declarer].ref.name : nil
        let addressee = deadline.map { [$0.receiver] } ?? addressees(excluding: declarerCode)
        let consequence = bestConsequence(consequences)
        let stance = deadline != nil || isCompellent ? Stance.compellent : .deterrent
        let statementToken = reportingVerb ?? cue
        let (date, precision) = statementDate(at: statementToken)
        let backReference = pointsBack(before: cue)
        let evidenceTokens: Range<Int>
        if backReference != nil, sentence > 0 {
            evidenceTokens = text.sentences[sentence - 1].tokens.lowerBound..<text.sentences[sentence].tokens.upperBound
        } else {
            evidenceTokens = text.sentences[sentence].tokens
        }
        let evidence = text.evidence(tokens: evidenceTokens, around: cueRange)
        var triggers = [TriggerParts]()
        if let word = backReference, ["these", "those", "both", "they"].contains(word), sentence > 0 {
            triggers = demands(inSentence: sentence - 1, excluding: declarerCode)
        }
        if let deadline {
            // What the receiver must do: the one acting is the receiver, whatever the clause names.
            var demand = parts(deadline.demand, excluding: declarerCode)
            demand.actors = [deadline.receiver]
            triggers = [demand]
        }
        if triggers.isEmpty { triggers = [trigger(cue: cue, excluding: declarerCode, addressee: addressee)] }
        let declarerOut = ActorRef(code: declarerCode, sector: declarerRef.sector, kind: declarerRef.kind)
        return triggers.map { parts in
            let triggerActors = parts.actors.isEmpty ? addressee.map { c.ref($0).identity } : parts.actors.map { c.ref($0).identity }
            var consequence = consequence
            let drawn = Trigger(actor: triggerActors, action: parts.action, text: parts.text)
            consequence.kind = impliedKind(explicit: !explicit.isEmpty, trigger: drawn, consequence: consequence)
            consequence.kind = answeredInKind(trigger: drawn, consequence: consequence)
            let line = RedLine(
                declarer: declarerOut, speaker: speaker,
                addressee: addressee.map { c.ref($0).identity },
                trigger: Trigger(actor: triggerActors, action: parts.action, text: parts.text),
                consequence: consequence, explicit: !explicit.isEmpty, stance: stance, date: date,
                datePrecision: date == nil ? nil : precision, sentence: sentence,
                span: evidence.span, evidence: evidence.text)
            return Found(redLine: line, threat: threatEvent(line, declarerMention: declarerMention, addressee: addressee,
                                                             triggerActors: triggerActors, cue: cueRange))
        }
    }

    /// When the line was stated: the time expression of its own sentence; without one, a day
    /// named in the two sentences before, in the week before publication ("Khan told parliament
    /// on Tuesday ... 'we will respond,' Khan said"); else the publication's week.
    ///
    /// A time expression of something else the sentence tells never dates the statement: one
    /// after publication ("by the middle of next year"), a deadline or span ("until", "by",
    /// "since"), or the time of another past act ("the pact it signed last year").
    func statementDate(at token: Int) -> (Day?, DatePrecision?) {
        let published = text.document.published
        let (date, precision, said) = c.date(for: token, sentence: sentence, future: false) { d in
            if let value = d.value, let published, value.ordinal > published.ordinal { return true }
            let start = d.tokens.lowerBound
            for j in stride(from: start - 1, through: max(range.lowerBound, start - 3), by: -1) {
                if text.tokens[j].kind == .punctuation { break }
                let norm = text.norms[j]
                if Self.spans.contains(norm) { return true }
                // "the pact it signed last year", "a pact on microchips signed last September": the
                // time of another act, told right after its verb.
                if j == start - 1, j != token, norm.hasSuffix("ed"), text.tokens[j].kind == .word,
                   !text.token(j, in: SpeechVerbs.reporting), !cues.warningVerbs.contains(text.words[j]) { return true }
            }
            return false
        }
        guard said == nil, let published = text.document.published else { return (date, precision) }
        for back in 1...2 where sentence - back >= 0 {
            let before = text.sentences[sentence - back].tokens
            // Only the day of a saying ("told parliament on Tuesday"), not of an event told there.
            let sayings = before.filter {
                text.token($0, in: SpeechVerbs.reporting) || cues.warningVerbs.contains(text.words[$0]) || Self.sayingNouns.contains(text.norms[$0])
            }
            for d in c.doc.dates where before.contains(d.tokens.lowerBound) && d.precision == .day {
                guard let day = d.value, day.ordinal <= published.ordinal, published.ordinal - day.ordinal <= 7,
                      sayings.contains(where: { abs($0 - d.tokens.lowerBound) <= 8 }) else { continue }
                return (day, .day)
            }
        }
        return (date, precision)
    }

    /// Words before a time expression that make it a deadline or a span, not a day of saying.
    static let spans: Set<String> = ["by", "until", "till", "before", "since", "from", "through", "within", "after"]

    static let sayingNouns: Set<String> = [
        "spoke", "speaks", "speaking", "addressed", "addressing", "interviewed",
        "comments", "remarks", "statement", "interview", "address", "speech", "briefing", "tweet", "testimony",
    ]

    // MARK: - Ultimatums

    /// "Washington gave Belgrade 48 hours to withdraw its forces or face air strikes", "handed Iran
    /// an ultimatum: release the sailors or face the consequences": who gave whom how long to do
    /// what, the threat after "or".
    struct Ultimatum {
        var giver: Int
        var receiver: Int
        var demand: Range<Int>
    }

    func ultimatum(before cue: Int) -> Ultimatum? {
        guard let or = (max(range.lowerBound, cue - 2)..<cue).last(where: { text.norms[$0] == "or" }) else { return nil }
        let giving: Set<String> = ["gave", "give", "gives", "giving", "given", "handed", "set", "sets", "issued", "granted", "allowed"]
        let time: Set<String> = ["hours", "hour", "days", "day", "weeks", "week", "months", "until", "till", "deadline", "ultimatum"]
        for verb in range.lowerBound..<or where giving.contains(text.norms[verb]) {
            guard let receiver = roles.object(after: verb + 1).first(where: coded),
                  let to = (c.actors.mentions[receiver].tokens.upperBound..<or).first(where: { text.norms[$0] == "to" || text.norms[$0] == ":" }),
                  (verb..<to).contains(where: { time.contains(text.norms[$0]) }),
                  let giver = roles.subject(of: verb).first(where: coded), giver != receiver
            else { continue }
            var end = or
            while end > to + 1, text.tokens[end - 1].kind == .punctuation { end -= 1 }
            guard end > to + 1 else { continue }
            return Ultimatum(giver: giver, receiver: receiver, demand: (to + 1)..<end)
        }
        return nil
    }

    // MARK: - Declarer

    /// The speaker who draws the line: the innermost coded speaker of the words, else the
    /// subject of the warning, else the first state or official named before the cue.
    func declarer(at cue: Int) -> (Int, Int?)? {
        let covering = c.doc.quotes.indices
            .filter { c.doc.quotes[$0].tokens.contains(cue) }
            .sorted { c.doc.quotes[$0].tokens.count < c.doc.quotes[$1].tokens.count }
        for q in covering {
            if let e = c.doc.quotes[q].speaker, c.actors.entities[e].ref.code != nil {
                // "Turkey, which occupies northern Cyprus, had insisted it would ...": the speaker is
                // the name before the relative clause.
                if let m = c.doc.quotes[q].speakerMention, range.contains(c.actors.mentions[m].tokens.lowerBound),
                   let head = antecedent(ofRelative: m, verb: cue) {
                    return (c.actors.mentions[head].entity, head)
                }
                return (e, c.doc.quotes[q].speakerMention)
            }
        }
        // A speaker known only by a name that carries no state ("Commodore Malekzadegan") is
        // the one the article introduced beside it: "Iran's navy commander, Commodore ...".
        for q in covering {
            guard let e = c.doc.quotes[q].speaker, c.actors.entities[e].ref.code == nil,
                  let introduced = apposed(to: e) ?? introducedByTitle(e) else { continue }
            return (c.actors.mentions[introduced].entity, nil)
        }
        // "Beijing has been threatened with sanctions": the subject of a passive warning is the
        // one warned; the one warning is the agent after "by", else someone named elsewhere.
        var warned = Set<String>()
        if let verb = passiveWarning {
            if let agent = roles.prepositionObject("by", after: verb + 1).first(where: { c.actors.entities[c.actors.mentions[$0].entity].ref.code != nil }) {
                return (c.actors.mentions[agent].entity, agent)
            }
            warned = Set(roles.subject(of: verb).compactMap { c.actors.entities[c.actors.mentions[$0].entity].ref.code })
        } else if let verb = range.first(where: { cues.warningVerbs.contains(text.words[$0]) && text.tokens[$0].kind == .word }) {
            // "The Commission has warned the U.S. Senate that ...": the one warned never warns.
            warned = Set(roles.object(after: verb + 1).compactMap { c.actors.entities[c.actors.mentions[$0].entity].ref.code })
        }
        func eligible(_ m: Int) -> Bool {
            guard let code = c.actors.entities[c.actors.mentions[m].entity].ref.code else { return false }
            // "Any U.S. military aggression against Iran will ...": who "any" names is the
            // condition's actor, the one warned.
            return !warned.contains(code) && !inAnyPhrase(m)
        }
        if let verb = reportingVerb {
            // "Moscow sent Washington a note warning ...": a warning that modifies a noun is the
            // clause subject's, not the nearest name's (the one who got the note).
            if text.norms[verb].hasSuffix("ing"), verb > range.lowerBound, !text.token(verb - 1, in: WordClasses.beForms),
               let m = c.actors.mentions(in: clause.start(of: verb)..<verb).first(where: { eligible($0) && c.actors.mentions[$0].isAgent }) {
                return (c.actors.mentions[m].entity, m)
            }
            // "..., the text says": a subject that names no actor is no one named earlier.
            let unnamed = QuoteRecognizer().hasUnnamedSubject(before: verb, from: range.lowerBound, text, c.actors)
            for m in roles.subject(of: verb) where !unnamed && eligible(m) && !clause.isConditional(c.actors.mentions[m].tokens.lowerBound) {
                let head = antecedent(ofRelative: m, verb: verb) ?? m
                return (c.actors.mentions[head].entity, head)
            }
        }
        for m in roles.subject(of: cue) where eligible(m) && !clause.isConditional(c.actors.mentions[m].tokens.lowerBound) {
            return (c.actors.mentions[m].entity, m)
        }
        // Whoever is named in the condition is the one warned, not the one warning.
        // ("the southern part of Cyprus is ..., but Turkey ... insisted": a name after a
        // preposition is not the one speaking.)
        let named = c.actors.mentions(in: range.lowerBound..<cue).filter {
            eligible($0) && c.actors.mentions[$0].isAgent && !clause.isConditional(c.actors.mentions[$0].tokens.lowerBound)
        }
        for m in named.filter({ !afterPreposition($0) }) + named {
            return (c.actors.mentions[m].entity, m)
        }
        // "... the state shall employ non-peaceful means, the text says": the state the sentences
        // before were about (two at most: "Article 8 sets out three conditions" may come between).
        // A quote that runs over several sentences, or a passive warning whose warner the
        // article named earlier, may reach further back.
        let reach = passiveWarning != nil ? 6 : c.isDirectQuote(cue) ? 3 : 2
        for back in 1...reach where sentence - back >= 0 {
            let tokens = text.sentences[sentence - back].tokens
            let before = ClauseMap(text, sentence: tokens)
            for m in c.actors.mentions(in: tokens)
            where eligible(m) && c.actors.mentions[m].isAgent && !before.isConditional(c.actors.mentions[m].tokens.lowerBound)
                && c.actors.entities[c.actors.mentions[m].entity].ref.kind != nil {
                return (c.actors.mentions[m].entity, nil)
            }
        }
        return nil
    }

    private func coded(_ m: Int) -> Bool { c.actors.entities[c.actors.mentions[m].entity].ref.code != nil }

    /// Whether a mention sits in a noun phrase opened by "any" ("any U.S. military aggression").
    private func inAnyPhrase(_ m: Int) -> Bool {
        let at = c.actors.mentions[m].tokens.lowerBound
        for j in stride(from: at - 1, through: max(0, at - 3), by: -1) {
            if text.tokens[j].kind == .punctuation { return false }
            if text.norms[j] == "any" { return true }
        }
        return false
    }

    /// A coded mention set beside the first mention of entity `e`, with a comma between ("Iran's
    /// navy commander, Commodore Malekzadegan," or "Commodore Malekzadegan, Iran's navy
    /// commander,"): who the article says the person is.
    /// "Iran's navy commander warned ... Commodore Malekzadegan told a news conference ...": a
    /// person named with a title of one sector and no state is the one the article introduced
    /// before by that sector and a state, when only one state of that sector was.
    private func introducedByTitle(_ e: Int) -> Int? {
        guard let sector = c.actors.entities[e].ref.sector,
              let first = c.actors.mentions.indices.first(where: { c.actors.mentions[$0].entity == e }) else { return nil }
        var found: Int?
        var states = Set<String>()
        for m in 0..<first {
            let ref = c.actors.entities[c.actors.mentions[m].entity].ref
            guard ref.sector == sector, let code = ref.code else { continue }
            states.insert(code)
            found = m
        }
        return states.count == 1 ? found : nil
    }

    private func apposed(to e: Int) -> Int? {
        guard let first = c.actors.mentions.indices.first(where: { c.actors.mentions[$0].entity == e }) else { return nil }
        let span = c.actors.mentions[first].tokens
        for other in [first - 1, first + 1] where c.actors.mentions.indices.contains(other) {
            let m = c.actors.mentions[other]
            guard m.sentence == c.actors.mentions[first].sentence, c.actors.entities[m.entity].ref.code != nil else { continue }
            let between = m.tokens.upperBound <= span.lowerBound ? m.tokens.upperBound..<span.lowerBound : span.upperBound..<m.tokens.lowerBound
            if between.count == 1, text.norms[between.lowerBound] == "," { return other }
        }
        return nil
    }

    /// "Turkey, which occupies northern Cyprus, had insisted ...": a mention inside a relative
    /// clause set off by commas is not the subject of the verb after it; the name before the
    /// clause is.
    func antecedent(ofRelative m: Int, verb: Int) -> Int? {
        let at = c.actors.mentions[m].tokens.lowerBound
        guard let pronoun = (max(range.lowerBound, at - 6)..<at).last(where: { ["which", "who", "whose"].contains(text.norms[$0]) }),
              pronoun > range.lowerBound, text.norms[pronoun - 1] == ",",
              let close = (c.actors.mentions[m].tokens.upperBound..<verb).first(where: { text.norms[$0] == "," })
        else { return nil }
        _ = close
        return c.actors.mentions(in: range.lowerBound..<(pronoun - 1)).last {
            c.actors.mentions[$0].tokens.upperBound == pronoun - 1 && c.actors.entities[c.actors.mentions[$0].entity].ref.code != nil
        }
    }

    private func afterPreposition(_ m: Int) -> Bool {
        var b = c.actors.mentions[m].tokens.lowerBound - 1
        while b >= range.lowerBound, text.token(b, in: WordClasses.determiners) { b -= 1 }
        return b >= range.lowerBound && text.token(b, in: SpeechVerbs.prepositions)
    }

    /// The warning verb of the sentence when it is passive ("has been threatened with", "were warned").
    var passiveWarning: Int? {
        guard let verb = range.first(where: { cues.warningVerbs.contains(text.words[$0]) && text.tokens[$0].kind == .word }),
              verb > range.lowerBound, text.norms[verb].hasSuffix("ed"), roles.isPassive(verb) else { return nil }
        return verb
    }

    /// The warning or saying verb of the sentence, if any.
    var reportingVerb: Int? {
        range.first { cues.warningVerbs.contains(text.words[$0]) && text.tokens[$0].kind == .word }
            ?? range.first { text.token($0, in: SpeechVerbs.reporting) && c.actors.mention(covering: $0) == nil }
    }

    /// Those warned: the object of the warning verb ("warned NATO", "warned the West not to").
    func addressees(excluding code: String) -> [Int] {
        if let verb = passiveWarning {
            return roles.subject(of: verb).filter { c.actors.entities[c.actors.mentions[$0].entity].ref.code.map { $0 != code } ?? false }
        }
        guard let verb = range.first(where: { cues.warningVerbs.contains(text.words[$0]) }) else { return [] }
        return roles.object(after: verb + 1).filter { c.actors.entities[c.actors.mentions[$0].entity].ref.code.map { $0 != code } ?? false }
    }

    // MARK: - Trigger

    struct TriggerParts {
        var text: String
        var actors: [Int]
        var action: EventType?
    }

    /// Verbs whose subject is what brings the consequence on: "an invasion would bring massive
    /// consequences", "such a step would mean war".
    static let bringingVerbs: Set<String> = [
        "bring", "brings", "mean", "means", "trigger", "triggers", "provoke", "provokes", "invite", "invites",
        "entail", "entails", "draw", "draws", "incur", "incurs", "carry", "carries", "cost", "costs", "lead", "leads",
        // "joining NATO would have serious consequences"
        "have", "has", "result", "results", "risk", "risks",
    ]

    /// What must not happen: the condition ("if NATO crossed ..."), the universal subject ("any
    /// countries that ..."), the prohibited act ("not to cross ..."), the thing to be treated as a
    /// target ("consider X as legitimate targets"), or what "would be a red line".
    func trigger(cue: Int, excluding code: String, addressee: [Int]) -> TriggerParts {
        if let start = range.first(where: { clause.isConditional($0) && text.token($0, in: ClauseMap.conditionalMarkers) }) {
            var end = start + 1
            while end < range.upperBound, clause.isConditional(end), text.norms[end] != "," { end += 1 }
            return parts((start + 1)..<end, excluding: code)
        }
        // "... would impose sanctions should it continue to push migrants": an inverted condition.
        if let should = range.first(where: { k in
            text.norms[k] == "should" && k > range.lowerBound && k + 1 < range.upperBound && k > cue
                && (text.token(k + 1, in: WordClasses.subjectPronouns) || c.actors.mention(covering: k + 1) != nil)
                && !text.token(k - 1, in: WordClasses.subjectPronouns) && !c.endsAgentMention(k - 1)
        }) {
            var end = should + 1
            while end < range.upperBound, text.norms[end] != ",", text.norms[end] != ";" { end += 1 }
            return parts((should + 1)..<end, excluding: code)
        }
        if let any = anyCondition(before: cue) {
            var end = any + 1
            while end < range.upperBound, !text.token(end, in: WordClasses.modals), !["can", "means", "is", "are"].contains(text.norms[end]) { end += 1 }
            return parts(any..<end, excluding: code)
        }
        // "will bomb any convoy that enters the zone", "would target any ship linked to Israel": the
        // universal object of the threatened act is what must not happen.
        if let any = ((cue + 1)..<min(range.upperBound, cue + 6)).first(where: { ["any", "anyone", "anybody", "whoever"].contains(text.norms[$0]) }),
           !((cue + 1)..<any).contains(where: { text.tokens[$0].kind == .punctuation }) {
            var end = any + 1
            while end < range.upperBound, text.norms[end] != ",", text.norms[end] != ";" { end += 1 }
            return parts(any..<end, excluding: code)
        }
        if let not = range.first(where: { text.norms[$0] == "not" && $0 + 1 < range.upperBound && text.norms[$0 + 1] == "to" }) {
            var end = not + 2
            while end < range.upperBound, text.norms[end] != ",", text.norms[end] != ";" { end += 1 }
            return parts((not + 2)..<end, excluding: code)
        }
        if let verb = range.first(where: { ["consider", "considers", "considered", "treat", "treats", "regard", "regards", "deem", "view"].contains(text.norms[$0]) }),
           verb + 1 < cue, let asToken = ((verb + 1)..<cue).first(where: { text.norms[$0] == "as" }) {
            return parts((verb + 1)..<asToken, excluding: code)
        }
        if let grievance = grievance(cue: cue, excluding: code) { return grievance }
        // "X would cross a red line", "X would mean war": X, the subject of the verb, without a relative
        // clause set off by commas and without the reporting verb before it.
        // (A cue may open with the modal: "would lead to a direct conflict".)
        let modalCue = text.token(cue, in: WordClasses.modals)
        if let verb = (max(range.lowerBound, cue - 3)...(modalCue ? min(range.upperBound - 1, cue + 2) : cue)).last(where: {
            cues.crossingVerbs.contains(text.words[$0]) || Self.bringingVerbs.contains(text.norms[$0])
        }) {
            var end = verb
            while end > range.lowerBound, text.token(end - 1, in: WordClasses.modals) || text.token(end - 1, in: WordClasses.haveForms) { end -= 1 }
            if end > range.lowerBound, text.norms[end - 1] == ",",
               let open = (range.lowerBound..<(end - 1)).last(where: { text.norms[$0] == "," }),
               open + 1 < end - 1, text.token(open + 1, in: ClauseMap.complementisers) {
                end = open
            }
            if end > range.lowerBound {
                var start = clause.start(of: end - 1)
                if let reporting = (start..<end).last(where: { text.token($0, in: SpeechVerbs.reporting) }) {
                    start = reporting + 1
                    if start < end, text.norms[start] == "that" { start += 1 }
                }
                // "legislation that would provoke retaliation": the relative pronoun stands for the
                // noun before it.
                if end == start + 1, ["that", "which"].contains(text.norms[start]), let head = nounPhrase(before: start) {
                    return parts(head..<start, excluding: code)
                }
                if end > start { return parts(start..<end, excluding: code) }
            }
        }
        // "X would be a red line", "X is a red line for Russia"
        // ("Moscow's firmest line": the possessive 's is no verb.)
        // (The cue may begin with the modal: "would be seen as a threat".)
        let beWindow = max(range.lowerBound, cue - 4)..<min(range.upperBound, cue + 2)
        if let be = beWindow.last(where: { k in
            let placed = k < cue || (k > range.lowerBound && text.token(k - 1, in: WordClasses.modals))
            return placed && text.token(k, in: WordClasses.beForms) && text.tokens[k].kind != .possessive
        }) {
            var start = clause.start(of: be)
            if let reporting = (start..<be).last(where: { text.token($0, in: SpeechVerbs.reporting) }) {
                start = reporting + 1
                if start < be, text.norms[start] == "that" { start += 1 }
            }
            while start < be, text.token(be - 1, in: WordClasses.modals) == false, text.tokens[start].kind != .word { start += 1 }
            var end = be
            // "would be", "has been", "will have been", "has long been", "would surely be"
            while end > start, text.token(end - 1, in: WordClasses.modals) || text.token(end - 1, in: WordClasses.haveForms)
                || ["long", "always", "also", "still", "now", "already", "ever", "just"].contains(text.norms[end - 1])
                || (text.norms[end - 1].hasSuffix("ly") && text.norms[end - 1].utf8.count > 4) { end -= 1 }
            if end > start { return parts(start..<end, excluding: code) }
        }
        let start = clause.start(of: cue)
        var end = range.upperBound
        while end > start, text.tokens[end - 1].kind == .punctuation || text.tokens[end - 1].isQuote { end -= 1 }
        var p = parts(start..<end, excluding: code)
        if p.actors.isEmpty { p.actors = addressee }
        return p
    }

    /// Nouns after which "for" names what an act answers: "in retaliation for Japan's failure".
    static let answerNouns: Set<String> = [
        "retaliation", "reprisal", "reprisals", "revenge", "retaliate", "punishment", "penalty", "penalties", "punish",
    ]

    /// What a threat that states no condition says it answers, which is what its declarer holds
    /// against the other side: "threatened to impose tariffs in retaliation for Japan's alleged
    /// failure to keep the pact", "ready to impose trade action against Japan for breaking its
    /// pact", "has accused Tokyo of reneging on the deal and has threatened retaliatory action".
    /// Nil when the sentence says neither.
    func grievance(cue: Int, excluding code: String) -> TriggerParts? {
        func clauseEnd(from k: Int) -> Int {
            var end = k
            while end < range.upperBound, ![",", ";", ":"].contains(text.norms[end]), !text.tokens[end].isQuote { end += 1 }
            return end
        }
        // After the threatened act: "in retaliation for NP", "to retaliate for NP", "in response to
        // NP", "because of NP".
        for k in (cue + 1)..<range.upperBound where k + 1 < range.upperBound {
            let norm = text.norms[k], before = text.norms[k - 1]
            let opens = norm == "for" && Self.answerNouns.contains(before)
                || norm == "to" && before == "response" && k >= 2 && text.norms[k - 2] == "in"
                || norm == "of" && before == "because"
            if opens {
                let end = clauseEnd(from: k + 1)
                guard end > k + 1 else { continue }
                var found = parts((k + 1)..<end, excluding: code)
                // "Korea's failure to honour the pact": the possessor is who did the wrong.
                if found.actors.isEmpty, let m = c.actors.mentions(in: (k + 1)..<end).first(where: {
                    c.actors.entities[c.actors.mentions[$0].entity].ref.code.map { $0 != code } ?? false
                }) {
                    found.actors = [m]
                }
                return found
            }
            // "against Japan for breaking its semiconductor pact": the one acted against, and
            // what it did.
            if norm == "for", text.norms[k + 1].hasSuffix("ing"),
               let against = ((cue + 1)..<k).last(where: { text.norms[$0] == "against" }), against + 1 < k {
                let end = clauseEnd(from: k + 1)
                return parts((k + 1)..<end, excluding: code, doneBy: (against + 1)..<k)
            }
        }
        // Before it, in the same sentence: "has accused Tokyo of failing to live up to the accord and
        // has threatened", "charged Japan with dumping chips, and warned".
        for j in range.lowerBound..<cue where c.lexicon.isHead(text.words[j]) {
            guard c.lexicon.senses(of: text.words[j]).contains(where: { $0.isVerb && c.lexicon.entry($0).type == .accuse }),
                  let of = ((j + 1)..<min(cue, j + 7)).first(where: { ["of", "with"].contains(text.norms[$0]) }),
                  of > j + 1, let and = ((of + 1)..<cue).last(where: { text.norms[$0] == "and" }), and > of + 1
            else { continue }
            var end = and
            if text.norms[end - 1] == "," { end -= 1 }
            var found = parts((of + 1)..<end, excluding: code, doneBy: (j + 1)..<of)
            if found.action.map({ $0.isSpeechAct }) ?? false { found.action = nil }
            return found
        }
        return nil
    }

    /// The parts of a wrong told apart from who did it ("against Japan | for breaking its pact"):
    /// the doer's words first, then the wrong's.
    private func parts(_ tokens: Range<Int>, excluding code: String, doneBy doer: Range<Int>) -> TriggerParts {
        var found = parts(tokens, excluding: code)
        let who = parts(doer, excluding: code)
        found.actors = who.actors + found.actors.filter { !who.actors.contains($0) }
        found.text = who.text + " " + found.text
        return found
    }

    private func parts(_ tokens: Range<Int>, excluding code: String) -> TriggerParts {
        var t = tokens
        while t.lowerBound < t.upperBound, text.tokens[t.lowerBound].kind != .word, text.tokens[t.lowerBound].kind != .number { t = (t.lowerBound + 1)..<t.upperBound }
        while t.upperBound > t.lowerBound, text.tokens[t.upperBound - 1].kind == .punctuation || text.tokens[t.upperBound - 1].isQuote { t = t.lowerBound..<(t.upperBound - 1) }
        var actors = [Int]()
        var seen = Set<String>()
        let event = c.doc.events.first { t.contains($0.trigger.lowerBound) }
        for m in c.actors.mentions(in: t) {
            let mention = c.actors.mentions[m]
            // Where an act is aimed is not who must not do it: "any incursion into Kosovo", "an
            // attack on the Philippines". (A party named as the object stays: "Pelosi visited
            // Taiwan", "Finland joined NATO" name both sides, and the tracker reads them so.)
            guard !isTarget(m, within: t) else { continue }
            guard mention.isAgent || mention.form == .modifier, let mc = c.actors.entities[mention.entity].ref.code, mc != code,
                  seen.insert(mc).inserted else { continue }
            actors.append(m)
        }
        let action = event?.event.type ?? namedAct(in: t)
        return TriggerParts(text: text.text(tokens: t), actors: actors, action: action)
    }

    /// The act a trigger names by a noun of the event lexicon when no event was coded from it
    /// (it names no doer: "an invasion would bring massive consequences"): the type of the first
    /// unconstrained noun sense in its tokens.
    private func namedAct(in tokens: Range<Int>) -> EventType? {
        for k in tokens where text.tokens[k].kind == .word && c.lexicon.isHead(text.words[k]) {
            let senses = c.lexicon.senses(of: text.words[k])
            if let sense = senses.first(where: { !$0.isVerb && $0.rest.isEmpty && c.lexicon.with[$0.entry] == nil }) {
                return c.lexicon.entry(sense).type
            }
        }
        return nil
    }

    /// The start of the noun phrase ending just before token `k`: back over words that are no
    /// verb, modal or reporting verb, through a determiner, at most five.
    private func nounPhrase(before k: Int) -> Int? {
        var j = k
        while j > range.lowerBound, k - j < 5 {
            let b = j - 1
            guard text.tokens[b].kind == .word, !text.token(b, in: WordClasses.modals), !text.token(b, in: WordClasses.beForms),
                  !text.token(b, in: SpeechVerbs.reporting), !c.isTriggerVerb(b),
                  !text.norms[b].hasSuffix("ing"),
                  !["not", "cannot", "accept", "oppose", "support", "reject", "against", "of", "to", "for", "on", "with", "by",
                    "from", "in", "into", "at"].contains(text.norms[b])
            else { break }
            j = b
            if ["the", "a", "an", "any", "this", "such"].contains(text.norms[b]) { break }
        }
        return j < k ? j : nil
    }

    /// Whether mention `m` is the object of a preposition of aim inside a trigger ("into Kosovo",
    /// "against Russian territory", "on its nuclear sites").
    private func isTarget(_ m: Int, within t: Range<Int>) -> Bool {
        var b = c.actors.mentions[m].tokens.lowerBound - 1
        while b >= t.lowerBound, ["the", "a", "an", "its", "their", "his", "her"].contains(text.norms[b]) { b -= 1 }
        return b >= t.lowerBound && ["into", "against", "onto", "on", "upon", "at"].contains(text.norms[b])
    }

    /// The coordinated demands of a sentence a later one calls "these red lines": each
    /// "that"-clause ("guarantees that Ukraine will not be admitted ... and that NATO
    /// infrastructure will not be deployed ...") is a line of its own.
    func demands(inSentence s: Int, excluding code: String) -> [TriggerParts] {
        let r = text.sentences[s].tokens
        let thats = r.filter { text.norms[$0] == "that" && $0 > r.lowerBound }
        guard thats.count >= 2 else { return [] }
        var out = [TriggerParts]()
        for (i, t) in thats.enumerated() {
            var end = i + 1 < thats.count ? thats[i + 1] : r.upperBound
            while end > t + 1, ["and", "or", ","].contains(text.norms[end - 1]) { end -= 1 }
            out.append(parts((t + 1)..<end, excluding: code))
        }
        return out
    }

    /// "these are red lines", "They have warned": the sentence's subject points back. Returns the word.
    func pointsBack(before cue: Int) -> String? {
        let start = range.lowerBound
        for k in start..<min(cue, start + 8) {
            let norm = text.norms[k]
            if ["these", "those", "this", "such", "they", "both"].contains(norm) {
                // "this line" inside a noun phrase of the sentence itself does not point back.
                if norm == "this" || norm == "such", k + 1 < range.upperBound, !text.token(k + 1, in: WordClasses.beForms) { continue }
                return norm
            }
        }
        return nil
    }

    // MARK: - Consequence and stance

    func bestConsequence(_ cued: [(Range<Int>, ConsequenceCue)]) -> Consequence {
        // "warned X against ...", "warned X not to ...": a warning that names no consequence
        // gives way to any that does.
        let naming = cued.filter { !cues.warningVerbs.contains(text.words[$0.0.lowerBound]) }
        let found = (naming.isEmpty ? cued : naming).filter { !isRuledOut($0.0) }.map { cue -> (Range<Int>, ConsequenceCue) in
            var payload = cue.1
            payload.kind = kind(of: cue.0, cue.1.kind)
            return (cue.0, payload)
        }
        guard let best = found.max(by: { a, b in
            (a.1.kind.gravity, a.1.severity ?? 0) < (b.1.kind.gravity, b.1.severity ?? 0)
        }) else {
            return Consequence(kind: .unspecified, severity: nil, text: responsePhrase())
        }
        return Consequence(kind: best.1.kind, severity: best.1.severity, text: phrase(around: best.0))
    }

    /// The consequence's words with what qualifies them in quotes ("an 'asymmetrical, rapid and harsh' response").
    private func phrase(around cue: Range<Int>) -> String {
        var start = cue.lowerBound
        while start > range.lowerBound, cue.lowerBound - start < 6,
              text.tokens[start - 1].kind == .closeQuote || text.tokens[start - 1].isQuote || (start < cue.lowerBound && text.tokens[start].isQuote) {
            start -= 1
        }
        return text.text(tokens: cue)
    }

    private func responsePhrase() -> String? {
        guard let k = range.first(where: { ["respond", "retaliate", "react", "act", "answer"].contains(Inflection.stem(text.norms[$0]).replacingOccurrences(of: "ed", with: "")) || ["respond", "responded", "retaliate", "react", "reacted"].contains(text.norms[$0]) }) else { return nil }
        return text.text(tokens: k..<(k + 1))
    }

    var isCompellent: Bool {
        range.contains { ["unless", "until", "deadline", "ultimatum", "demand", "demanded", "demands"].contains(text.norms[$0]) }
            || (range.lowerBound..<max(range.lowerBound, range.upperBound - 1)).contains { text.norms[$0] == "or" && text.norms[$0 + 1] == "else" }
    }

    // MARK: - The threat as an event

    private func threatEvent(_ line: RedLine, declarerMention: Int?, addressee: [Int], triggerActors: [ActorRef], cue: Range<Int>) -> EventAnnotation {
        var actor = line.declarer!
        if let m = declarerMention { actor = c.ref(m) }
        let mode: String? = switch line.consequence.kind {
        case .military, .nuclear: "violence"
        case .economic: "restrict"
        case .diplomatic: "relations"
        case .unspecified: nil
        }
        let context: [String] = switch line.consequence.kind {
        case .military: ["military"]
        case .nuclear: ["military", "cbrn"]
        case .economic: ["economic"]
        case .diplomatic: ["diplomatic"]
        case .unspecified: []
        }
        let evidence = text.evidence(sentence: sentence, around: cue)
        let event = Event(
            type: .threaten, mode: mode, context: context, actor: [actor],
            recipient: addressee.isEmpty ? triggerActors : addressee.map { c.ref($0) },
            date: line.date, datePrecision: line.datePrecision, dateText: nil, negated: false,
            hypothetical: false, future: false, speaker: line.speaker, trigger: text.text(tokens: cue),
            sentence: sentence, span: evidence.span, evidence: evidence.text)
        return EventAnnotation(event: event, trigger: cue, sentence: sentence,
                               actorMentions: declarerMention.map { [$0] } ?? [], recipientMentions: addressee)
    }
}
