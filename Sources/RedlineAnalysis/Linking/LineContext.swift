import RedlineCore

/// A line while it is being linked: its statements and what the matching needs of them.
struct LineContext {
    struct CrossingLink {
        var crossing: TrackedLine.Crossing
        var time: Int
        var crosserCodes: [String]
        /// The act was done to the declarer itself.
        var targetsDeclarer = false
        /// Whom the crossing act was done to ("Ukraine", for arms sent to it).
        var partyCodes: [String] = []
        /// The sentence of its article the act is told in (0: the lead).
        var sentence = Int.max
        /// The sentence opens with the act's doer ("U.S. warships attacked ..."): it tells the act
        /// itself, not a reaction to it ("Britain backed the U.S. attack").
        var opensWithDoer = false
        /// Where in its sentence the act's word comes (characters): the nearer the start, the more
        /// the sentence is the news of the act.
        var actAt = Int.max
    }

    struct ResponseLink {
        var response: TrackedLine.Response
        var time: Int
        var event: Event
    }

    var id: String
    var declarerCode: String
    var declarer: ActorRef
    var statements: [TrackedLine.Statement]
    var trigger: Trigger
    var consequence: Consequence
    var explicit: Bool
    /// Ordinal of the earliest statement day.
    var firstDeclared: Int?
    /// Every statement vows to answer an act already done: crossings may come shortly before it.
    var isVow: Bool = false
    /// No statement states the condition (all triggers are weak, `TriggerQuality`): its actions
    /// are not trusted, and only crossing claims can cross it.
    var pointsOnly: Bool = false
    /// The PLOVER types the trigger's act words imply (`TriggerAct`), when no statement gave an action.
    var impliedActions: Set<EventType> = []
    /// The condition is a failure to act ("if Japan does not open its markets", "Japan's failure
    /// to honour the pact"): no act crosses it, since an act of its kind would meet the demand; only
    /// the declarer's acts answering the failure (`LinkRun.findAnsweredFailures`) and crossing
    /// claims do.
    var isFailure: Bool = false
    /// The documents that state the line (indices into `RecordIndex.documents`).
    var documents: Set<Int> = []
    /// Trigger actor codes of all statements (the declarer excluded).
    var triggerCodes: [String]
    var addresseeCodes: [String]
    var actions: Set<EventType>
    /// Content words of all trigger texts, and of each statement's (these with the names of the
    /// declarer the trigger text holds, see `makeLine`).
    var words: WordSet
    var statementWords: [WordSet]
    /// Content words of trigger and consequence texts: what a response may be about.
    var subjectWords: WordSet
    /// Days of later statements with withdrawal wording, and of statements without it.
    var withdrawalDays: [Int] = []
    /// Days of all statements.
    var statementDays: [Int] = []
    var restatementDays: [Int] = []
    var crossings: [CrossingLink] = []
    var responses: [ResponseLink] = []
}

extension LineContext {
    /// How well a record's words meet the trigger: the most words it shares with one statement's
    /// trigger, and the largest share of one statement's trigger words (or of its own, if fewer) it holds.
    func match(_ other: WordSet) -> (shared: Int, overlap: Double) {
        var shared = 0, overlap = 0.0
        for words in statementWords {
            shared = max(shared, words.sharedCount(with: other))
            overlap = max(overlap, words.overlap(other))
        }
        return (shared, overlap)
    }

    /// The most words a record shares with one statement's trigger less its act words (who and what
    /// is acted on: "Ukraine" of "NATO admits Ukraine"), or nil when no trigger has such words. An
    /// event of the trigger's action shares the act already; it must share what it is done to.
    func sharedObjects(_ other: WordSet) -> Int? {
        var shared: Int?
        for words in statementWords {
            let objects = words.subtracting(words.acts)
            guard !objects.isEmpty else { continue }
            shared = max(shared ?? 0, objects.sharedCount(with: other))
        }
        return shared
    }

    /// The words of statements whose only objects are names of their trigger actors ("Finland" of
    /// "Finland joined NATO", NATO being matched by code), with the code each names. An event's
    /// parties stand for such words: one coded `FIN` → `NATO` from "it became the alliance's 31st
    /// member" has met "Finland" without writing it, when the event is between the trigger's actors
    /// (`LinkRun.findCrossings`). A statement with an object of another kind ("Ukraine" for a
    /// trigger on `NATO` alone) keeps to its words.
    func namedObjects(_ names: ActorNames) -> [(word: UInt64, code: String)] {
        var result: [(word: UInt64, code: String)] = []
        for words in statementWords {
            let objects = words.subtracting(words.acts)
            let named = objects.hashes.map { word in names.code(named: word).map { (word, $0) } }
            guard !objects.isEmpty, named.allSatisfy({ $0.map { triggerCodes.contains($0.1) } ?? false }) else { continue }
            for case let (word, code)? in named where !result.contains(where: { $0.word == word }) {
                result.append((word, code))
            }
        }
        return result
    }

    /// The states and organisations a trigger that names no actor names as what is acted on ("any
    /// further aggression against Ukraine": `UKR`), the declarer left out: whoever does the act to
    /// them is who the line is about.
    func namedVictims(_ names: ActorNames) -> [String] {
        var result: [String] = []
        for words in statementWords {
            for word in words.hashes {
                guard let code = names.code(named: word), code != declarerCode, !result.contains(code) else { continue }
                result.append(code)
            }
        }
        return result.sorted()
    }

    /// The words naming parties in statements whose trigger names the declarer as what is acted on
    /// ("Russia" of "Ukraine struck Russia with Western arms": a word `ActorNames` gives the
    /// declarer's code), with the code each names: the declarer's names, and those of the trigger
    /// actors. An event done to the declarer by a trigger actor has met such words without
    /// writing them ("Ukraine fired six ATACMS at a military facility in Bryansk", coded `UKR` →
    /// `RUS`), as an event between the trigger's actors meets `namedObjects`.
    func namedTargets(_ names: ActorNames) -> [(word: UInt64, code: String)] {
        var result: [(word: UInt64, code: String)] = []
        for words in statementWords {
            let named = words.hashes.compactMap { word in names.code(named: word).map { (word: word, code: $0) } }
            guard named.contains(where: { $0.code == declarerCode }) else { continue }
            for entry in named where (entry.code == declarerCode || triggerCodes.contains(entry.code))
                && !result.contains(where: { $0.word == entry.word }) {
                result.append(entry)
            }
        }
        return result
    }
}

extension LinkRun {
    /// Builds a line from a draft: reviews applied to its statements, trigger and consequence
    /// gathered from them. Nil when analysts rejected every statement.
    mutating func makeLine(_ draft: StatementClusterer.Draft) -> LineContext? {
        var kept: [(index: Int, record: RecordIndex.StatementRecord, statement: TrackedLine.Statement)] = []
        for (s, confidence) in draft.members {
            let record = index.statements[s]
            let line = record.redLine
            guard let decided = review(line: draft.id, link: record.linkID, kind: .statement, document: record.document,
                                       evidence: line.evidence, confidence: confidence) else { continue }
            let document = index.documents[record.document]
            kept.append((s, record, TrackedLine.Statement(
                id: record.linkID, document: document.id, source: document.source,
                date: line.date ?? document.published, speaker: line.speaker, evidence: line.evidence,
                span: line.span, confidence: decided.confidence, review: decided.review,
                datePrecision: line.date == nil ? (document.published == nil ? nil : .week) : line.datePrecision)))
        }
        // Statements in date order; the founder is the first member still kept. Withdrawals take the
        // line back rather than state it, and statements whose trigger only points at the condition
        // (`TriggerQuality`) lend it their dates and consequences but not their trigger.
        let founderStatement = kept.first?.record.linkID
        kept.sort { $0.index < $1.index }
        let stating = kept.filter { !$0.record.isWithdrawal }.map(\.record)
        guard let founder = stating.first(where: { $0.linkID == founderStatement }) ?? stating.first else { return nil }
        let strong = stating.filter { !$0.isWeak }
        let basis = strong.isEmpty ? stating : strong
        let named = founder.isWeak ? basis[0] : founder
        var triggerActors: [ActorRef] = []
        var triggerCodes: [String] = []
        var addresseeCodes: [String] = []
        var actionCounts: [EventType: Int] = [:]
        for record in basis {
            for actor in record.redLine.trigger.actor {
                guard let code = actor.code, code != draft.declarerCode, !triggerCodes.contains(code) else { continue }
                triggerCodes.append(code)
                triggerActors.append(actor.identity)
            }
            if let action = StatementClusterer.filedAction(record.redLine.trigger.action, words: record.words), !strong.isEmpty {
                actionCounts[action, default: 0] += 1
            }
        }
        // The line's acts are those at least half its statements name: one restatement worded "if
        // the tax is approved" does not make every agreement of the Community a crossing of a line
        // against its tax.
        let actions = Set(actionCounts.filter { 2 * $0.value >= basis.count }.keys)
        for record in stating {
            for code in record.addresseeCodes where !addresseeCodes.contains(code) { addresseeCodes.append(code) }
        }
        let first = founder.redLine
        let trigger = Trigger(actor: triggerActors, action: named.redLine.trigger.action ?? basis.lazy.compactMap(\.redLine.trigger.action).first,
                              text: named.redLine.trigger.text)
        // The gravest threat the line was stated with, among kinds a quarter of its statements at
        // least state: one stray reading ("would be targeted" in a trade dispute's 29 statements)
        // does not make a trade line military.
        var kindCounts: [ConsequenceKind: Int] = [:]
        for statement in stating { kindCounts[statement.redLine.consequence.kind, default: 0] += 1 }
        let floor = max(1, (stating.count + 3) / 4)
        let gravest = stating.map(\.redLine.consequence)
            .filter { kindCounts[$0.kind, default: 0] >= floor }
            .max { $0.kind.gravity < $1.kind.gravity }
            ?? stating.map(\.redLine.consequence).max { $0.kind.gravity < $1.kind.gravity }!
        let sameKind = stating.map(\.redLine.consequence).filter { $0.kind == gravest.kind }
        let consequence = Consequence(kind: gravest.kind, severity: sameKind.compactMap(\.severity).max(),
                                      text: sameKind.lazy.compactMap(\.text).first)
        let words = WordSet(merging: basis.map(\.words))
        // What a trigger is done to may be the declarer ("Ukraine struck Russia"), whose names
        // leave a trigger's words when the declarer was named by them: put back, they are met by an
        // event done to the declarer (`namedTargets`) and by nothing else.
        let statementWords = basis.map { record in
            let declarerNames = WordSet(record.redLine.trigger.text).hashes.filter {
                index.names.code(named: $0) == draft.declarerCode
            }
            return declarerNames.isEmpty ? record.words : WordSet(merging: [record.words, WordSet(hashes: declarerNames)])
        }

        var line = LineContext(
            id: draft.id, declarerCode: draft.declarerCode,
            declarer: first.declarer?.identity ?? ActorRef(code: draft.declarerCode),
            statements: kept.map(\.statement), trigger: trigger, consequence: consequence,
            explicit: stating.contains { $0.redLine.explicit },
            firstDeclared: stating.compactMap { $0.time?.first }.min(),
            triggerCodes: triggerCodes, addresseeCodes: addresseeCodes, actions: actions, words: words,
            statementWords: Array(Set(statementWords)).sorted { $0.hashes.lexicographicallyPrecedes($1.hashes) },
            subjectWords: WordSet(merging: [words] + stating.compactMap { $0.redLine.consequence.text.map(WordSet.init) }))
        line.isVow = stating.allSatisfy(\.isVow)
        line.documents = Set(stating.map(\.document))
        line.pointsOnly = strong.isEmpty
        // A line about keeping one's word ("Japan's failure to honour the pact", "once Japan
        // honours it") is met by not keeping it, which no act shows.
        line.isFailure = !strong.isEmpty && 2 * strong.count(where: {
            TriggerQuality.isFailure($0.redLine.trigger.text) || $0.words.hashes.contains(Concepts.complyHash)
        }) > strong.count
        if !strong.isEmpty, actions.isEmpty { line.impliedActions = TriggerAct.impliedActions(words) }
        line.statementDays = kept.compactMap { $0.record.time?.first }
        for entry in kept where entry.record.linkID != founder.linkID {
            guard let day = entry.record.time?.first else { continue }
            // A restatement stands by the line only on a day of its own, not its article's.
            if entry.record.isWithdrawal {
                line.withdrawalDays.append(day)
            } else if entry.record.time?.estimated == false {
                line.restatementDays.append(day)
            }
        }
        return line
    }

    /// The line as the tracker shows it.
    mutating func finish(_ line: LineContext) -> TrackedLine {
        var status = StatusRule.status(of: line, configuration: configuration)
        var source = DecisionSource.machine
        if let reviewed = book.status(line: line.id) {
            status = reviewed
            source = .review
        }
        var tracked = TrackedLine(
            id: line.id, declarer: line.declarer, trigger: line.trigger, consequence: line.consequence,
            explicit: line.explicit, status: status, statusSource: source,
            firstDeclared: line.firstDeclared.map(Day.init(ordinal:)), statements: line.statements,
            crossings: line.crossings.map(\.crossing), responses: line.responses.map(\.response))
        // As precisely as the earliest statement tells it.
        if let first = tracked.firstDeclared {
            tracked.firstDeclaredPrecision = line.statements.filter { $0.date.map { $0 <= first } ?? false }
                .compactMap(\.datePrecision).max() ?? line.statements.compactMap(\.datePrecision).min()
        }
        return tracked
    }
}
