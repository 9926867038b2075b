import RedlineCore

extension LinkRun {
    /// Which actors a line's trigger points at: its trigger actors, else its addressees, else anyone
    /// but the declarer.
    enum TriggerActors {
        case trigger([String]), addressees([String]), anyone

        var codes: [String] {
            switch self {
            case let .trigger(codes), let .addressees(codes): codes
            case .anyone: []
            }
        }
    }

    func triggerActors(of line: LineContext) -> TriggerActors {
        if !line.triggerCodes.isEmpty { return .trigger(line.triggerCodes) }
        if !line.addresseeCodes.isEmpty { return .addressees(line.addresseeCodes) }
        return .anyone
    }

    /// The codes whose events may touch `codes`: themselves, their members, the alliances holding them.
    func widened(_ codes: [String], excluding declarer: String) -> [String] {
        var result = Set(codes)
        for code in codes {
            result.formUnion(configuration.alliances.members(of: code))
            result.formUnion(configuration.alliances.alliances(holding: code))
        }
        result.remove(declarer)
        return result.sorted()
    }

    /// Whether an event is something done rather than said: the material PLOVER types, and visits.
    /// Only these can meet a trigger that names no action by its words ("any use of chemical
    /// weapons" is not met by "Syria denied using chemical weapons").
    static func isAct(_ type: EventType, mode: String?) -> Bool {
        switch type {
        case .cooperate, .aid, .retreat, .protest, .sanction, .mobilize, .coerce, .assault: true
        case .consult: mode == "visit"
        default: false
        }
    }

    /// How much less surely a group's sponsor crosses a line than the group would: the text says
    /// the state stands behind the group, not that it ordered the act.
    static let backerWeight = 0.85

    /// How surely an act done to the party a trigger without actors names ("any aggression against
    /// Ukraine") is done by whom the line is about.
    static let victimWeight = 0.8

    /// Events that meet the line's trigger, on or after its first declaration (for a vow of
    /// revenge, the act it answers: up to `vowLookbackDays` before it, and nothing after it).
    ///
    /// Confidence = actor × action × date certainty, where actor is 1 for a trigger actor, 0.85 for a
    /// member of a trigger alliance, 0.6 for an alliance holding a trigger actor, each ×0.85 when it
    /// is the doers' backer rather than a doer ("an Iran-backed militia" for Iran) (×0.9 when matched
    /// through the addressees; when the line names no one, 0.8 for anyone doing it to the party
    /// its trigger names as acted on, `namedVictims`, or, when it names none, for an act of its kind
    /// told in an article that states it, and 0.5 for anyone else); and, when the trigger
    /// names an action, the event must be of it and share a content word with a statement's trigger
    /// other than its act words (so "any U.S. CONSULT" does not cross "Pelosi must not visit Taiwan",
    /// nor "Sweden joined NATO" "NATO admits Ukraine"), action = 0.3 + 0.7 ×
    /// word overlap with the best-matching statement (words naming the actors left out). A trigger
    /// that names the declarer as what is acted on ("Ukraine struck Russia") has that object met by
    /// an event done to the declarer, and by no mention of it in an event done to someone else
    /// (`LineContext.namedTargets`). A trigger
    /// without an action is met by a hostile act against the declarer (0.7, unless its act words
    /// imply an act that is no hostility: an assault is not "Western weapons sent to Ukraine"), by an act (a
    /// material type or a visit, of the kind the trigger's act words imply if they imply one) sharing
    /// at least two words and half of a statement's trigger words,
    /// or by an event of a type its act words imply (`TriggerAct`) sharing a word, at 0.9 of what
    /// the action would score. A line whose statements all only point at their condition
    /// (`TriggerQuality`) is crossed by claims alone.
    /// Events from the sentence of a red-line statement never cross (unless they report an act
    /// beside it, `RecordIndex.describes`), nor do events naming a kind of act (`isGeneric`). When
    /// the trigger names more actors than the event's actors meet, a recipient the event names must
    /// meet one of them or the declarer (`TriggerMatch.recipientsFit`): a visit to Kyiv is not a
    /// visit to Taiwan.
    mutating func findCrossings(_ line: inout LineContext) {
        guard var declared = line.firstDeclared else { return }
        // A vow answers an act already done: that act, up to `vowLookbackDays` before it, is what
        // crosses it, not what comes after ("harsh revenge" is not crossed by later sanctions).
        var through = today
        if line.isVow {
            through = min(today, declared)
            declared -= configuration.vowLookbackDays
        }
        let actors = triggerActors(of: line)
        // A line no statement of which says what must not be done can be crossed only by a claim:
        // its actors and action are guesses, and any act would do.
        if line.pointsOnly { return }
        // A failure to act is not an act: what the trigger names being done would meet the demand.
        if line.isFailure { return }
        let codes = widened(actors.codes, excluding: line.declarerCode)
        let victims: [String]
        if case .anyone = actors { victims = line.namedVictims(index.names) } else { victims = [] }
        var lists: [[Int32]] = []
        switch (actors, line.actions.isEmpty) {
        case (.anyone, false):
            lists = line.actions.sorted { $0.rawValue < $1.rawValue }.map { index.events(type: $0) }
        case (.anyone, true):
            lists = ([line.declarerCode] + victims).map { index.events(recipient: $0) }
        case (_, false):
            for code in codes {
                for action in line.actions.sorted(by: { $0.rawValue < $1.rawValue }) {
                    lists.append(index.events(actor: code, type: action))
                }
            }
        case (_, true):
            lists = codes.map { index.events(actor: $0) }
        }

        // Whom an act that meets a trigger without an action may be done to: the declarer, the
        // line's own parties, or a party its words name. The Community's anti-dumping duties on
        // Japanese photocopiers do not cross a U.S. line against a Community tax on vegetable oils.
        // A line that names no actor has its own rules for whom the act is done to (`victims`).
        var parties: [String] = []
        if line.actions.isEmpty, actors.codes.count > 0 {
            parties = [line.declarerCode] + line.triggerCodes + line.addresseeCodes + line.namedVictims(index.names)
        }
        let namedObjects = line.namedObjects(index.names)
        let namedTargets = line.namedTargets(index.names)
        var seen: Set<RecordIndex.RecordKey> = []
        for i in index.events(in: lists, from: declared, through: through).map(Int.init) {
            let record = index.events[i]
            // An act with no date of its own is told as background ("set last August when the two
            // sides settled a dispute over EC restrictions"): nothing says it came after the line.
            // One act told in several articles is dated where one of them dates it.
            guard record.isFactual, !record.time.estimated, !record.actorCodes.contains(line.declarerCode),
                  !record.backerCodes.contains(line.declarerCode),
                  let certainty = record.time.certainty(notBefore: declared) else { continue }
            let day = record.time.day
            func score(_ codes: [String]) -> Double {
                let doers = TriggerMatch.actorScore(record.actorCodes, against: codes, alliances: configuration.alliances, on: day)
                let sponsors = TriggerMatch.actorScore(record.backerCodes, against: codes, alliances: configuration.alliances, on: day)
                return max(doers, LinkRun.backerWeight * sponsors)
            }
            let actorScore: Double
            switch actors {
            case let .trigger(codes): actorScore = score(codes)
            case let .addressees(codes): actorScore = 0.9 * score(codes)
            case .anyone:
                // Done to the party the trigger names ("aggression against Ukraine"), by anyone; or,
                // when it names none ("an invasion"), an act of the trigger's kind told in an article
                // that states the line: what the article means by it.
                let toVictim = !victims.isEmpty && TriggerMatch.actorScore(record.recipientCodes, against: victims,
                                                                           alliances: configuration.alliances, on: day) == 1
                let toldBeside = victims.isEmpty && line.documents.contains(record.document)
                    && (line.actions.contains(record.type) || line.impliedActions.contains(record.type))
                actorScore = record.actorCodes.isEmpty ? 0 : toVictim || toldBeside ? LinkRun.victimWeight : 0.5
            }
            guard actorScore > 0 else { continue }
            if case let .trigger(codes) = actors,
               !TriggerMatch.recipientsFit(actors: record.actorCodes, recipients: record.recipientCodes, trigger: codes,
                                           declarer: line.declarerCode, alliances: configuration.alliances, on: day) { continue }

            // A target that is the doer itself is a coding slip ("the U.S. bombing of Libya" coded
            // on the United States): the act's target is unknown.
            let targets = record.recipientCodes.filter { !record.actorCodes.contains($0) }
            if !parties.isEmpty, !targets.isEmpty,
               !targets.contains(where: { code in
                   parties.contains { configuration.alliances.relation(code, $0, on: day) != .none } }) { continue }
            // An act whose target the coder did not find is done to whom its sentence names: when
            // that is a state the line does not name, and the sentence names none of the line's
            // other parties, the act is aimed elsewhere (the Community's duties "on Japanese
            // photocopiers" against a U.S. line on a Community oils tax).
            if !parties.isEmpty, targets.isEmpty, aimedElsewhere(i, record, parties: parties, on: day) { continue }
            // Force is always used on someone: force whose target the coder did not find crosses a
            // line of parties only when its sentence names one of them besides its doers ("U.S.
            // moves to increase its warships in the Gulf", "the U.S. bombing of Libya" do not meet
            // Iran's line against U.S. interference).
            if !parties.isEmpty, record.recipientCodes.isEmpty, record.type == .assault || record.type == .mobilize {
                let others = parties.filter { !record.actorCodes.contains($0) && !record.backerCodes.contains($0) }
                if !names(others, in: i) { continue }
            }
            var eventWords = words(ofEvent: i)
            func bears(_ parties: [String], _ code: String) -> Bool {
                parties.contains { [.same, .memberOf].contains(configuration.alliances.relation($0, code, on: day)) }
            }
            var met: [UInt64] = []
            if !namedObjects.isEmpty, case let .trigger(codes) = actors,
               TriggerMatch.isBetween(record.actorCodes, record.recipientCodes, of: codes, alliances: configuration.alliances, on: day) {
                // Between the trigger's actors, a name the event's parties bear (the actor or a
                // member of it) counts as written.
                let parties = record.actorCodes + record.recipientCodes
                met += namedObjects.filter { bears(parties, $0.code) }.map(\.word)
            }
            if !namedTargets.isEmpty {
                if bears(record.recipientCodes, line.declarerCode) {
                    // Done to the declarer, by a trigger actor: the declarer's names, and the names
                    // its actors bear, count as written in a trigger that names the declarer.
                    met += namedTargets.filter { $0.code == line.declarerCode || bears(record.actorCodes, $0.code) }.map(\.word)
                } else {
                    // Done to someone else: a mention of the declarer is not it ("a depot supplying
                    // Russian troops in occupied Luhansk" is no strike on Russia).
                    let declarer = namedTargets.filter { $0.code == line.declarerCode }.map(\.word)
                    eventWords = eventWords.subtracting(WordSet(hashes: declarer))
                }
            }
            if !met.isEmpty { eventWords = WordSet(merging: [eventWords, WordSet(hashes: met)]) }
            // What the act is done to, not who else the sentence names: "the European Community" in
            // a Spanish act shares no word with "if the Community adopts a tax on vegetable oils"
            // that counts. Names of whom the act is done to, and those the trigger's objects are
            // (`namedObjects`, `namedTargets`), stay.
            // (A line whose trigger names its act is matched on that act first; its words keep names.)
            let unnamed = !line.actions.isEmpty ? eventWords : WordSet(hashes: eventWords.hashes.filter { word in
                guard let code = index.names.code(named: word) else { return true }
                return met.contains(word) || record.recipientCodes.contains(code)
            })
            let (shared, wordScore) = line.match(unnamed)
            let objects = line.sharedObjects(unnamed) ?? shared
            let actionScore: Double
            var how = ""
            if line.actions.isEmpty {
                // When the trigger's words name an act, an act of another kind is not it ("no
                // Americans had been harmed, Iran appears to be standing down" does not harm them).
                let kindFits = line.impliedActions.isEmpty
                    || line.impliedActions.contains { TriggerMatch.actionScore($0, record.type) > 0 }
                // Nor is a hostile act against the declarer a trigger whose act is no hostility: a
                // Ukrainian strike on Russia is not "Western weapons sent to Ukraine". One naming
                // hostility of some kind ("the West's aggressive course") may be met by another.
                let hostileFits = kindFits || line.impliedActions.contains(where: \.isHostileAct)
                let hostile = hostileFits && record.type.isHostileAct && record.recipientCodes.contains(line.declarerCode) ? 0.7 : 0
                // Sharing words is not enough for an act of any kind: a trigger whose words imply no
                // kind of act ("if the Community adopts the proposed oils tax") is met only by an
                // unwelcome one, never by the party's aid, talks or protests on the same subject.
                let kindNamed = !line.impliedActions.isEmpty || record.type.isHostileAct
                // Shared words tie an act to the line only when a trigger actor does it, or it is
                // done to a party of the line: a member state suspending its own lemon exports "in
                // view of new Community tariffs" is not the Community adopting its tax.
                let ownAct = actorScore >= 1 || !record.recipientCodes.isEmpty
                let worded = shared >= 2 && wordScore >= 0.5 && kindFits && kindNamed && ownAct
                    && LinkRun.isAct(record.type, mode: index.event(record).mode) ? wordScore : 0
                // An event of the implied type must name the trigger's act too: "denounced EC oilseed
                // policies" is no tax on vegetable oils, though both are the Community's economics.
                let namesAct = eventWords.acts.sharedCount(with: line.words.acts) > 0
                let implied = line.impliedActions.contains(record.type) && objects > 0 && namesAct && ownAct
                    ? 0.9 * (1 - 0.7 * (1 - wordScore)) : 0
                actionScore = max(hostile, worded, implied)
                how = actionScore == hostile ? "a hostile act against \(line.declarerCode)"
                    : actionScore == implied ? "of the kind the trigger's words name (\(record.type.rawValue)), sharing \(shared) of its words"
                    : "an act sharing \(shared) of the trigger's words"
            } else {
                // One shared word is chance when the line's statements hold many: two are needed then.
                guard line.actions.contains(record.type), objects > 0 || line.words.isEmpty,
                      shared >= 2 || line.words.count < 4 else { continue }
                actionScore = 1 - 0.7 * (1 - wordScore)
                how = "of the trigger's act (\(record.type.rawValue)), sharing \(shared) of its words"
            }
            guard actionScore > 0, !seen.contains(record.key) else { continue }
            let event = index.event(record)
            guard !LinkRun.isGeneric(event) else { continue }
            seen.insert(record.key)
            let linkID = record.linkID(in: index.documents)
            let confidence = actorScore * actionScore * certainty
            guard let decided = review(line: line.id, link: linkID, kind: .crossing, document: record.document,
                                       evidence: event.evidence, confidence: confidence),
                  decided.review != nil || decided.confidence >= configuration.minimumLinkConfidence else { continue }
            let document = index.documents[record.document]
            line.crossings.append(LineContext.CrossingLink(
                crossing: TrackedLine.Crossing(
                    id: linkID, date: day, actor: event.actor.map(\.party), kind: .event,
                    type: event.type, confidence: decided.confidence, document: document.id,
                    source: document.source, evidence: event.evidence, review: decided.review,
                    reason: "\(record.type.rawValue) by \(Self.who(record.actorCodes, record.backerCodes, actors, actorScore)), \(how)",
                    datePrecision: event.datePrecision),
                time: record.time.first, crosserCodes: record.actorCodes + record.backerCodes,
                targetsDeclarer: record.recipientCodes.contains(line.declarerCode), partyCodes: record.recipientCodes,
                sentence: event.sentence,
                opensWithDoer: event.actor.contains { $0.text.map { !$0.isEmpty && event.evidence.hasPrefix($0) } ?? false },
                actAt: event.trigger.flatMap { event.evidence.range(of: $0) }
                    .map { event.evidence.utf8.distance(from: event.evidence.startIndex, to: $0.lowerBound) } ?? Int.max))
        }
    }
}

extension LinkRun {
    /// Whether an act with no coded target is, by the names its sentence gives, done to someone
    /// other than the line's parties: the sentence names a state that is neither a party nor the
    /// act's doer, and names no party but the doer.
    mutating func aimedElsewhere(_ i: Int, _ record: RecordIndex.EventRecord, parties: [String], on day: Day) -> Bool {
        let doers = record.actorCodes + record.backerCodes
        func related(_ code: String, _ codes: [String]) -> Bool {
            codes.contains { configuration.alliances.relation(code, $0, on: day) != .none }
        }
        var outsider = false
        for word in words(ofEvent: i).hashes {
            guard let code = index.names.code(named: word), !related(code, doers) else { continue }
            if related(code, parties) { return false }
            outsider = true
        }
        return outsider
    }

    /// Who did a crossing act, as its reason tells it: "RUS, a trigger actor", "ESP, through an
    /// alliance with a trigger actor".
    static func who(_ actors: [String], _ backers: [String], _ trigger: TriggerActors, _ score: Double) -> String {
        let names = actors.isEmpty ? "?" : actors.joined(separator: "+")
        switch trigger {
        case .trigger:
            if score >= 1 { return "\(names), a trigger actor" }
            if !backers.isEmpty, score < 0.9 { return "\(names), backed by \(backers.joined(separator: "+"))" }
            return "\(names), through an alliance with a trigger actor"
        case .addressees: return "\(names), an addressee of the line"
        case .anyone: return score >= LinkRun.victimWeight ? "\(names), doing it to whom the trigger names" : "\(names) (the line names no actor)"
        }
    }

    /// How surely an answer the declarer calls retaliation tells that its target crossed the line.
    static let answeredWeight = 0.7

    /// Crossings told by their answer: a declarer's hostile act (`responseTypes`) against a trigger
    /// actor, after the line, that its sentence calls retaliation ("Reagan imposed tariffs in
    /// retaliation for Japan's failure to honour the pact") says the actor did what the line
    /// forbids, even where no sentence tells that act. It becomes a crossing of kind `claim`, dated
    /// by the answer (the act came by then), for lines that name their trigger actors; a line whose
    /// condition is a failure to act (`LineContext.isFailure`) has no other crossings but claims.
    ///
    /// Confidence = `answeredWeight` × actor (how the act's target meets the trigger actors) × date
    /// certainty. The act then answers the crossing it tells, as any response (`findResponses`).
    mutating func findAnsweredCrossings(_ line: inout LineContext) {
        guard let declared = line.firstDeclared, !line.pointsOnly, !line.triggerCodes.isEmpty else { return }
        var lists: [[Int32]] = []
        for type in LinkRun.responseTypes { lists.append(index.events(actor: line.declarerCode, type: type)) }
        var known = Set(line.crossings.map(\.crossing.id))
        for i in index.events(in: lists, from: declared, through: today).map(Int.init) {
            let record = index.events[i]
            guard record.isFactual, !record.time.estimated, record.actorCodes.contains(line.declarerCode),
                  let certainty = record.time.certainty(notBefore: declared),
                  cues(ofEvent: i).contains(.retaliation), !isAnswered(i) else { continue }
            let day = record.time.day
            var actor = TriggerMatch.actorScore(record.recipientCodes, against: line.triggerCodes,
                                                alliances: configuration.alliances, on: day)
            // "tariffs on a range of Japanese goods in retaliation for Japan's violation": no coded
            // target, but the sentence names whom it answers.
            // The sentence must say what was answered, and that must be the trigger actor's doing
            // or the line's subject: "in retaliation" alone tells no crossing.
            guard let answered = Cues.answeredWords(in: index.event(record).evidence).map(WordSet.init) else { continue }
            let namesCrosser = answered.hashes.contains { index.names.code(named: $0).map(line.triggerCodes.contains) ?? false }
            if actor == 0, record.recipientCodes.isEmpty, namesCrosser { actor = 0.8 }
            guard actor > 0, namesCrosser || line.words.sharedCount(with: answered) > 0 else { continue }
            let linkID = record.linkID(in: index.documents) + "~answered"
            guard known.insert(linkID).inserted else { continue }
            let event = index.event(record)
            guard let decided = review(line: line.id, link: linkID, kind: .crossing, document: record.document,
                                       evidence: event.evidence, confidence: LinkRun.answeredWeight * actor * certainty),
                  decided.review != nil || decided.confidence >= configuration.minimumLinkConfidence else { continue }
            let document = index.documents[record.document]
            let crossers = event.recipient.filter { ref in ref.code.map { line.triggerCodes.contains($0) } ?? false }
            line.crossings.append(LineContext.CrossingLink(
                crossing: TrackedLine.Crossing(
                    id: linkID, date: day, actor: (crossers.isEmpty ? line.trigger.actor : crossers).map(\.party), kind: .claim,
                    type: nil, confidence: decided.confidence, document: document.id,
                    source: document.source, evidence: event.evidence, review: decided.review,
                    reason: "told by \(line.declarerCode)'s \(event.type.rawValue) that its sentence calls retaliation for it",
                    datePrecision: event.datePrecision),
                time: record.time.first, crosserCodes: crossers.isEmpty ? line.triggerCodes : crossers.compactMap(\.code)))
        }
        line.crossings.sort { ($0.time, $0.crossing.id) < ($1.time, $1.crossing.id) }
    }
}
