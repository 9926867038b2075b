import RedlineCore

extension LinkRun {
    /// Whether a sentence speaks of a line ("crossed the red line", "this line"): claims that do
    /// are about a line; a finding that a wrong goes on is not.
    static func namesALine(_ evidence: String) -> Bool {
        var found = false
        for token in Tokenizer.tokenHashes(of: evidence) where token == lineHash || token == linesHash || token == sandHash {
            found = true
        }
        return found
    }

    private static let lineHash = Tokenizer.hash("line")
    private static let linesHash = Tokenizer.hash("lines")
    private static let sandHash = Tokenizer.hash("sand")

    /// Crossing claims ("NATO has already crossed Putin's red line") become crossings of kind
    /// `claim` of the declarer's line they fit best, among its lines declared by the claim's day.
    ///
    /// Confidence = 0.4 + 0.3 × actor + 0.3 × word overlap (+ 0.1 when the line was stated in the 90
    /// days before the claim: claims are about lines in the news), actor being how the named crossers
    /// meet the trigger actors (0.5 when either side names none). When several lines fit equally,
    /// the claim goes to each with its confidence × 0.7, so a claim that tells nothing apart is
    /// dropped. A claim that the declarer crossed its own line is ignored. A claim that names no
    /// crosser must say what was crossed: it can cross only lines whose trigger texts share a
    /// content word with it, the declarer's names and the vocabulary of red lines aside ("The line
    /// Moscow drew in 2022 has been crossed twice now" crosses none of Moscow's lines).
    mutating func attachClaims(_ lines: inout [LineContext]) {
        var byDeclarer: [String: [Int]] = [:]
        for (i, line) in lines.enumerated() { byDeclarer[line.declarerCode, default: []].append(i) }

        for claim in index.claims where !claim.crosserCodes.contains(claim.lineOf) {
            var candidates = (byDeclarer[claim.lineOf] ?? []).filter {
                guard let declared = lines[$0].firstDeclared else { return false }
                return claim.time.last >= declared
            }
            if claim.crosserCodes.isEmpty {
                let content = WordSet(hashes: claim.words.hashes.filter { index.names.code(named: $0) != claim.lineOf })
                candidates.removeAll { lines[$0].words.sharedCount(with: content) == 0 }
            }
            // A finding that a wrong goes on ("dumping has continued in third countries") names no
            // line: it meets only a line whose trigger actors did it and whose words it shares, two
            // at least.
            if !LinkRun.namesALine(claim.claim.evidence) {
                let content = WordSet(hashes: claim.words.hashes.filter { index.names.code(named: $0) == nil })
                candidates.removeAll { l in
                    lines[l].words.sharedCount(with: content) < 2
                        || TriggerMatch.actorScore(claim.crosserCodes, against: triggerActors(of: lines[l]).codes,
                                                   alliances: configuration.alliances, on: claim.time.day) == 0
                }
            }
            var scored: [(line: Int, score: Double)] = []
            for l in candidates {
                let codes = triggerActors(of: lines[l]).codes
                var actor = 0.5
                if !codes.isEmpty, !claim.crosserCodes.isEmpty {
                    actor = TriggerMatch.actorScore(claim.crosserCodes, against: codes,
                                                    alliances: configuration.alliances, on: claim.time.day)
                }
                let words = min(1, lines[l].match(claim.words).overlap)
                let recent = lines[l].statementDays.contains { $0 <= claim.time.last && claim.time.last - $0 <= 90 } ? 0.1 : 0
                scored.append((l, min(1, 0.4 + 0.3 * actor + 0.3 * words + recent)))
            }
            guard let best = scored.map(\.score).max() else { continue }
            let tied = scored.filter { best - $0.score < 1e-9 }
            let confidence = tied.count > 1 ? best * 0.7 : best
            let document = index.documents[claim.document]
            for (l, _) in tied {
                guard let decided = review(line: lines[l].id, link: claim.linkID, kind: .crossing, document: claim.document,
                                           evidence: claim.claim.evidence, confidence: confidence),
                      decided.review != nil || decided.confidence >= configuration.minimumLinkConfidence else { continue }
                lines[l].crossings.append(LineContext.CrossingLink(
                    crossing: TrackedLine.Crossing(
                        id: claim.linkID, date: claim.time.day, actor: claim.claim.crosser.map(\.identity), kind: .claim,
                        type: nil, confidence: decided.confidence, document: document.id, source: document.source,
                        evidence: claim.claim.evidence, review: decided.review,
                        reason: tied.count > 1 ? "a source says a line of \(claim.lineOf) was crossed; \(tied.count) of its lines fit alike"
                            : "a source says this line of \(claim.lineOf) was crossed"),
                    time: claim.time.first, crosserCodes: claim.crosserCodes))
                lines[l].crossings.sort { ($0.time, $0.crossing.id) < ($1.time, $1.crossing.id) }
            }
        }
    }
}
