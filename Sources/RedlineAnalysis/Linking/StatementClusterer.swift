import RedlineCore

/// Groups statements into lines the way an analyst files restatements, in three passes:
///
/// 1. **Statements that state their condition** (a trigger that is not weak, see `TriggerQuality`),
///    in date order: each joins the most similar line of its declarer when the similarity reaches
///    `sameLineThreshold`, or founds a new line. Similarity to a line is the best similarity to any
///    of its statements (so a line may drift in wording across reaffirmations); see `similarity`.
/// 2. **Statements that only point at their condition** ("if she went ahead", "would cross a red
///    line for Russia") are resolved like references: to the declarer's line whose trigger the
///    sentence mentions (`TriggerReference`), else to the declarer's line already stated in the
///    same article, else to the line the article's other records speak of (see `reference`), else
///    they found a line (which later pointing statements of that article join).
/// 3. **Withdrawals** ("I didn't set a red line", "we no longer consider...", an ultimatum lifted)
///    attach to the line they take back, found the same way and declared by the withdrawal's day;
///    they never found a line, and one that takes back nothing known is not tracked.
///
/// A statement an analyst confirmed for a line joins it with confidence 1.
struct StatementClusterer {
    struct Draft: Sendable {
        var id: String
        var declarerCode: String
        /// Statement indices (into `RecordIndex.statements`) with their link confidence, founder first.
        var members: [(statement: Int, confidence: Double)]
        var signatures: [Signature]
        /// Documents the line is stated in (indices into `RecordIndex.documents`).
        var documents: Set<Int>
    }

    struct Signature: Hashable, Sendable {
        var actorCodes: [String]
        /// The trigger actors that are states rather than alliances or blocs (`Alliances`): who
        /// must not act, or be acted on ("Finland" of "Finland joined NATO"). Addressees are not
        /// counted, being who is warned rather than what the condition is about.
        var states: [String]
        var action: EventType?
        var words: WordSet
        var document: Int
    }

    let index: RecordIndex
    let configuration: TrackerConfiguration
    /// How long before a line's first statement a statement that only points at its condition may
    /// be taken for an earlier statement of it.
    static let earlierStatementDays = 14

    func cluster(confirmed: [String: Set<String>]) -> [Draft] {
        var state = State()
        let statements = index.statements
        let strong = statements.indices.filter { !statements[$0].isWeak && !statements[$0].isWithdrawal }
        let weak = statements.indices.filter { statements[$0].isWeak && !statements[$0].isWithdrawal }
        let withdrawals = statements.indices.filter { statements[$0].isWithdrawal }

        for s in strong where !state.joinConfirmed(s, statements[s], confirmed: confirmed) {
            if let (d, score) = bestSimilar(s, in: state) {
                state.join(d, s, statements[s].document, min(1, score), signature(s))
            } else {
                state.found(s, statements[s], signature(s))
            }
        }
        mergeRestatedLines(&state)
        // By content first, so that an article's reference can follow another reference of the
        // article that named its line; then by article, or as a line of their own.
        var unresolved: [Int] = []
        for s in weak where !state.joinConfirmed(s, statements[s], confirmed: confirmed) {
            if let (d, confidence) = reference(s, in: state, declaredBy: nil, byArticle: false) {
                state.join(d, s, statements[s].document, confidence, nil)
            } else {
                unresolved.append(s)
            }
        }
        for s in unresolved {
            if let (d, confidence) = reference(s, in: state, declaredBy: nil, byArticle: true)
                ?? reference(s, in: state, declaredBy: nil, byArticle: true, anyDay: true) {
                state.join(d, s, statements[s].document, confidence, nil)
            } else {
                state.found(s, statements[s], nil)
            }
        }
        for s in withdrawals where !state.joinConfirmed(s, statements[s], confirmed: confirmed) {
            let record = statements[s]
            let day = record.time?.last
            var match = record.isWeak ? nil : bestSimilar(s, in: state, declaredBy: day)
            if match == nil { match = reference(s, in: state, declaredBy: day, byArticle: true) }
            if let (d, confidence) = match { state.join(d, s, record.document, min(1, confidence), nil) }
        }
        return state.drafts.filter { !$0.members.isEmpty }
    }

    /// The drafts found so far, by declarer and id.
    struct State {
        var drafts: [Draft] = []
        var byDeclarer: [String: [Int]] = [:]
        var byID: [String: Int] = [:]

        mutating func join(_ d: Int, _ s: Int, _ document: Int, _ confidence: Double, _ signature: Signature?) {
            drafts[d].members.append((s, confidence))
            drafts[d].documents.insert(document)
            if let signature, !drafts[d].signatures.contains(signature) { drafts[d].signatures.append(signature) }
        }

        mutating func found(_ s: Int, _ statement: RecordIndex.StatementRecord, _ signature: Signature?) {
            var id = LinkID.line(declarer: statement.declarerCode, trigger: statement.redLine.trigger,
                                 words: statement.words, actorCodes: statement.actorCodes)
            if byID[id] != nil {
                var n = 2
                while byID["\(id)-\(n)"] != nil { n += 1 }
                id = "\(id)-\(n)"
            }
            byID[id] = drafts.count
            byDeclarer[statement.declarerCode, default: []].append(drafts.count)
            drafts.append(Draft(id: id, declarerCode: statement.declarerCode, members: [(s, 1)],
                                signatures: signature.map { [$0] } ?? [], documents: [statement.document]))
        }

        /// Moves every statement of draft `d` into draft `into`, which keeps its id; `d` is left
        /// empty and is dropped when the drafts are returned.
        mutating func absorb(_ d: Int, into target: Int) {
            drafts[target].members += drafts[d].members
            drafts[target].documents.formUnion(drafts[d].documents)
            for signature in drafts[d].signatures where !drafts[target].signatures.contains(signature) {
                drafts[target].signatures.append(signature)
            }
            drafts[d].members = []
            drafts[d].signatures = []
            drafts[d].documents = []
            let declarer = drafts[d].declarerCode
            byDeclarer[declarer]?.removeAll { $0 == d }
        }

        /// Joins a statement to the line an analyst confirmed it for, when that line exists.
        mutating func joinConfirmed(_ s: Int, _ statement: RecordIndex.StatementRecord,
                                    confirmed: [String: Set<String>]) -> Bool {
            guard let lines = confirmed[statement.linkID],
                  let d = byDeclarer[statement.declarerCode]?.first(where: { lines.contains(drafts[$0].id) }) else { return false }
            drafts[d].members.append((s, 1))
            drafts[d].documents.insert(statement.document)
            return true
        }
    }

    private func signature(_ s: Int) -> Signature {
        let statement = index.statements[s]
        return Signature(actorCodes: statement.actorCodes.isEmpty ? statement.addresseeCodes : statement.actorCodes,
                         states: statement.actorCodes.filter { !configuration.alliances.isAlliance($0) },
                         action: StatementClusterer.filedAction(statement.redLine.trigger.action, words: statement.words),
                         words: statement.words, document: statement.document)
    }

    /// The act a line is filed under: what its trigger forbids being done. A trigger coded as a
    /// speech act or a stance (ACCUSE for "Washington has accused Japan of reneging", REJECT for
    /// "if Tokyo rejects the offer") names how the condition was worded, not the act, and compares
    /// as unknown.
    static func filedAction(_ action: EventType?, words: WordSet) -> EventType? {
        guard let action else { return nil }
        // Adopting, approving or enacting a measure is the measure, whose kind its words tell
        // (`TriggerAct`: a tax is a SANCTION), not an agreement; honouring a pact ("the tariffs
        // will be lifted once Japan honours the pact") is what the line demands, not what it forbids.
        if action == .agree, words.hashes.contains(Concepts.enactHash) || words.hashes.contains(Concepts.complyHash) { return nil }
        switch action {
        // (A stance of support may be the act itself: "if Washington recognises the island"; an
        // agreement too: "should Finland join NATO".)
        case .accuse, .reject, .request, .threaten, .protest: return nil
        default: return action
        }
    }

    /// Lines of one declarer founded apart that a later restatement shows to be one: a statement
    /// joins the line it is most like, so two wordings of one condition founded before the wording
    /// that bridges them stay apart ("Tokyo failing to live up to the accord" and "Japan's failure
    /// to honour the 1986 agreement", bridged by "Japan's alleged failure to keep a pact"). Two lines
    /// merge when statements of each are like statements of the other by `sameLineThreshold`, both
    /// ways and three times at least, and no two of their statements name different states.
    private func mergeRestatedLines(_ state: inout State) {
        for (_, ids) in state.byDeclarer where ids.count > 1 {
            var alive = ids
            var merged = true
            while merged {
                merged = false
                search: for i in alive.indices {
                    for j in alive.indices where j > i {
                        let a = state.drafts[alive[i]], b = state.drafts[alive[j]]
                        guard !a.signatures.isEmpty, !b.signatures.isEmpty, a.signatures.count + b.signatures.count >= 3,
                              // Lines about different states stay apart however alike their words.
                              !a.signatures.contains(where: { x in b.signatures.contains { statesConflict(x.states, $0.states) } })
                        else { continue }
                        let ab = a.signatures.filter { x in b.signatures.contains { similarity(x, $0, on: nil) >= configuration.sameLineThreshold } }
                        let ba = b.signatures.filter { x in a.signatures.contains { similarity(x, $0, on: nil) >= configuration.sameLineThreshold } }
                        guard !ab.isEmpty, !ba.isEmpty, ab.count + ba.count >= 3 else { continue }
                        state.absorb(alive[j], into: alive[i])
                        alive.remove(at: j)
                        merged = true
                        break search
                    }
                }
            }
        }
    }

    /// The declarer's line most similar to a statement that states its condition, if any reaches
    /// `sameLineThreshold`; only lines first stated by `day` when it is given.
    private func bestSimilar(_ s: Int, in state: State, declaredBy day: Int? = nil) -> (Int, Double)? {
        let statement = index.statements[s]
        let mine = signature(s)
        var best: (draft: Int, score: Double)?
        for d in state.byDeclarer[statement.declarerCode] ?? [] {
            if let day, !isDeclared(state.drafts[d], by: day) { continue }
            let score = state.drafts[d].signatures.reduce(0.0) { max($0, similarity(mine, $1, on: statement.time?.day)) }
            if score >= configuration.sameLineThreshold, score > (best?.score ?? -1) { best = (d, score) }
        }
        return best.map { ($0.draft, $0.score) }
    }

    private func isDeclared(_ draft: Draft, by day: Int) -> Bool {
        draft.members.contains { index.statements[$0.statement].time.map { $0.first <= day } ?? true }
    }

    /// Resolves a statement that only points at its condition, as a reader resolves a reference:
    ///
    /// 1. the declarer's line, first stated by the statement's day, whose trigger its sentence
    ///    mentions best (see `TriggerReference`);
    /// 2. with `byArticle`: the declarer's line stated in the same article, whatever its day (the
    ///    most recently founded, when there are several);
    /// 3. with `byArticle`: the declarer's line, first stated by the statement's day, whose trigger
    ///    the article's records mention best: at least two of its words and half of them, and
    ///    better than any other line ("I didn't set a red line" in an article on the chemical
    ///    weapons deal). Nothing when two lines tie.
    ///
    /// For a withdrawal, `day` is its day, and step 2 too only takes lines stated by then.
    ///
    /// With `anyDay`, a last resort before a pointing statement founds a line of its own: lines
    /// first stated up to `earlierStatementDays` after it count too, for steps 1 and 3
    /// ("Washington has threatened to take retaliatory action after April 1", told days before the
    /// article that spells the condition out, is that line's earliest statement; a recap months
    /// before a line is first stated is not).
    private func reference(_ s: Int, in state: State, declaredBy day: Int?, byArticle: Bool,
                           anyDay: Bool = false) -> (Int, Double)? {
        let statement = index.statements[s]
        let all = state.byDeclarer[statement.declarerCode] ?? []
        let asOf = day ?? statement.time?.last
        let dated = anyDay
            ? all.filter { draft in asOf.map { isDeclared(state.drafts[draft], by: $0 + StatementClusterer.earlierStatementDays) } ?? false }
            : all.filter { draft in asOf.map { isDeclared(state.drafts[draft], by: $0) } ?? true }
        let local = day == nil ? all : dated

        var best: (draft: Int, score: Double)?
        for d in dated {
            let members = state.drafts[d].members.map { index.statements[$0.statement] }
            guard let score = TriggerReference.score(statement, to: members) else { continue }
            let sameDocument = state.drafts[d].documents.contains(statement.document)
            let better = score > (best?.score ?? -1)
                || score == best?.score && sameDocument && !state.drafts[best!.draft].documents.contains(statement.document)
            if better { best = (d, score) }
        }
        if let best { return (best.draft, 0.5 + 0.4 * best.score) }
        guard byArticle else { return nil }
        if let d = local.last(where: { state.drafts[$0].documents.contains(statement.document) }) {
            return (d, 0.6)
        }
        let article = articleWords(statement.document)
        var scores: [(draft: Int, share: Double)] = []
        for d in dated {
            var share = 0.0
            for member in state.drafts[d].members.map({ index.statements[$0.statement] }) where !member.isWeak && !member.words.isEmpty {
                let shared = member.words.sharedCount(with: article)
                if shared >= 2 { share = max(share, Double(shared) / Double(member.words.count)) }
            }
            if share >= 0.5 { scores.append((d, share)) }
        }
        guard let top = scores.max(by: { $0.share < $1.share }),
              scores.count(where: { $0.share == top.share }) == 1 else { return nil }
        return (top.draft, 0.4 + 0.2 * top.share)
    }

    /// The content words of every record of an article: its statements', events' and claims' sentences.
    private func articleWords(_ document: Int) -> WordSet {
        let records = index.documents[document]
        var builder = WordSet.Builder()
        for line in records.redLines { builder.add(line.evidence) }
        for event in records.events { builder.add(event.evidence) }
        for claim in records.claims { builder.add(claim.evidence) }
        return builder.build()
    }

    /// How alike two statements' conditions are, in 0...1:
    ///
    ///     0.4 × actor coverage + 0.2 × action agreement + 0.4 × Dice overlap of trigger words
    ///     (+ 0.1 when both are stated in one article)
    ///
    /// (the overlap is at least 0.75 when the shorter trigger's words, two or more, are all in the
    /// longer one's)
    ///
    /// with trigger actors (the addressees when a side names none; 0.5 when unknown) compared under
    /// alliance membership on the later statement's day. A line is one condition: who must not do
    /// what. So actions that are neither equal, unknown nor of one family never merge; nor do
    /// triggers that both have words and share none, or both name acts (`Concepts.acts`) and share none of them ("NATO
    /// membership for Ukraine", "Western troops in Ukraine" and "Ukraine striking Russia with
    /// Western arms" are three lines, whoever is named and whatever else they share); nor do
    /// triggers that both name states and share none of them (`statesConflict`: "Finland joined
    /// NATO" and "Ukraine's membership of NATO" are two lines, though both are about NATO and
    /// joining). Trigger texts sharing at least two content words with a Dice coefficient of
    /// `sameLineTextOverlap` score that coefficient at least, whatever else their actors are.
    func similarity(_ a: Signature, _ b: Signature, on day: Day?) -> Double {
        let action = TriggerMatch.actionScore(a.action, b.action)
        guard action > 0, !statesConflict(a.states, b.states) else { return 0 }
        let coverage = TriggerMatch.actorCoverage(a.actorCodes, b.actorCodes, alliances: configuration.alliances, on: day)
        let shared = a.words.sharedCount(with: b.words)
        if shared == 0, !a.words.isEmpty, !b.words.isEmpty { return 0 }
        let actsA = a.words.acts, actsB = b.words.acts
        if !actsA.isEmpty, !actsB.isEmpty, actsA.sharedCount(with: actsB) == 0 { return 0 }
        var text = a.words.dice(b.words)
        // A restatement in fewer words: every word (two at least) of the shorter trigger is in the
        // longer ("if the tax is approved", "if the Community adopts a proposed tax on vegetable oils").
        if shared >= 2, shared == min(a.words.count, b.words.count) { text = max(text, 0.75) }
        var score = 0.4 * (coverage ?? 0.5) + 0.2 * action + 0.4 * text
        if a.document == b.document { score += 0.1 }
        if text >= configuration.sameLineTextOverlap, shared >= 2 {
            score = max(score, text)
        }
        return min(1, score)
    }

    /// Whether two triggers name different states: each names at least one and no state of one is
    /// named by the other. A line is about who must not act or be acted on; an organisation both
    /// name (NATO, the West) does not make Finland's accession Ukraine's, while a restatement naming
    /// Sweden beside Finland, or one naming no state at all ("convoys carrying foreign arms"),
    /// may still be the same line.
    private func statesConflict(_ a: [String], _ b: [String]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        return !a.contains { b.contains($0) }
    }
}
