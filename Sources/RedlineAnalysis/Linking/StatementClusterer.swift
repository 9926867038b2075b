import RedlineCore

/// Groups statements into lines. Statements are taken in date order; each joins the most similar
/// line of its declarer when the similarity reaches `sameLineThreshold`, or founds a new line.
///
/// Similarity of a statement to a line is its best similarity to any distinct statement of the line
/// (so a line may drift in wording across reaffirmations):
///
///     0.4 × actor coverage + 0.2 × action agreement + 0.4 × Dice overlap of trigger words
///
/// with trigger actors (the addressees when a side names none; 0.5 when unknown) compared under
/// alliance membership on the later statement's day. Actions that are neither equal, unknown nor of
/// one family never merge. Trigger texts sharing at least two content words with a Dice coefficient
/// of `sameLineTextOverlap` merge whatever their actors. A statement an analyst confirmed for a line
/// joins it with confidence 1.
struct StatementClusterer {
    struct Draft: Sendable {
        var id: String
        var declarerCode: String
        /// Statement indices (into `RecordIndex.statements`) with their link confidence.
        var members: [(statement: Int, confidence: Double)]
        var signatures: [Signature]
    }

    struct Signature: Hashable, Sendable {
        var actorCodes: [String]
        var action: EventType?
        var words: WordSet
    }

    let index: RecordIndex
    let configuration: TrackerConfiguration

    func cluster(confirmed: [String: Set<String>]) -> [Draft] {
        var drafts: [Draft] = []
        var byDeclarer: [String: [Int]] = [:]
        var byID: [String: Int] = [:]

        for (s, statement) in index.statements.enumerated() {
            let signature = Signature(
                actorCodes: statement.actorCodes.isEmpty ? statement.addresseeCodes : statement.actorCodes,
                action: statement.redLine.trigger.action, words: statement.words)
            let candidates = byDeclarer[statement.declarerCode] ?? []

            if let lines = confirmed[statement.linkID],
               let d = candidates.first(where: { lines.contains(drafts[$0].id) }) {
                join(&drafts[d], s, 1, signature)
                continue
            }
            var best: (draft: Int, score: Double)?
            for d in candidates {
                let score = drafts[d].signatures.reduce(0.0) { max($0, similarity(signature, $1, on: statement.time?.day)) }
                if score >= configuration.sameLineThreshold, score > (best?.score ?? -1) { best = (d, score) }
            }
            if let best {
                join(&drafts[best.draft], s, min(1, best.score), signature)
                continue
            }
            var id = LinkID.line(declarer: statement.declarerCode, trigger: statement.redLine.trigger,
                                 words: statement.words, actorCodes: statement.actorCodes)
            if byID[id] != nil {
                var n = 2
                while byID["\(id)-\(n)"] != nil { n += 1 }
                id = "\(id)-\(n)"
            }
            byID[id] = drafts.count
            byDeclarer[statement.declarerCode, default: []].append(drafts.count)
            drafts.append(Draft(id: id, declarerCode: statement.declarerCode, members: [(s, 1)], signatures: [signature]))
        }
        return drafts
    }

    private func join(_ draft: inout Draft, _ statement: Int, _ confidence: Double, _ signature: Signature) {
        draft.members.append((statement, confidence))
        if !draft.signatures.contains(signature) { draft.signatures.append(signature) }
    }

    func similarity(_ a: Signature, _ b: Signature, on day: Day?) -> Double {
        let action = TriggerMatch.actionScore(a.action, b.action)
        guard action > 0 else { return 0 }
        let actors = TriggerMatch.actorCoverage(a.actorCodes, b.actorCodes, alliances: configuration.alliances, on: day) ?? 0.5
        let text = a.words.dice(b.words)
        var score = 0.4 * actors + 0.2 * action + 0.4 * text
        if text >= configuration.sameLineTextOverlap, a.words.sharedCount(with: b.words) >= 2 {
            score = max(score, text)
        }
        return score
    }
}
