import RedlineCore

extension LinkRun {
    static let responseTypes: [EventType] = [.assault, .coerce, .mobilize, .sanction]

    /// Whether an act with no coded target is aimed at the line: its sentence shares two content
    /// words with the line's subject and names a crosser, or calls it an answer to a crosser or
    /// to the line's subject ("the barrage was the retaliation for the drone strike").
    mutating func answersTheLine(_ i: Int, _ line: LineContext, _ targets: [String]) -> Bool {
        if line.subjectWords.sharedCount(with: words(ofEvent: i)) >= 2, names(targets, in: i) { return true }
        guard cues(ofEvent: i).contains(.retaliation) else { return false }
        guard let answered = Cues.answeredWords(in: index.event(index.events[i]).evidence).map(WordSet.init) else {
            return names(targets, in: i)
        }
        return line.subjectWords.sharedCount(with: answered) > 0
            || answered.hashes.contains { index.names.code(named: $0).map(targets.contains) ?? false }
    }

    /// Whether an event's sentence names one of `codes` (a word `ActorNames` gives that code).
    mutating func names(_ codes: [String], in i: Int) -> Bool {
        words(ofEvent: i).hashes.contains { word in index.names.code(named: word).map(codes.contains) ?? false }
    }

    /// The greatest of sorted `days` that is not after `day`.
    static func last(in days: [Int], notAfter day: Int) -> Int? {
        var lo = 0, hi = days.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if days[mid] <= day { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? nil : days[lo - 1]
    }

    /// The declarer's hostile acts (ASSAULT, COERCE, MOBILIZE, SANCTION: expulsions and cut-offs
    /// are modes of these) against a crosser, from the first crossing to `responseWindowDays` after
    /// the last one.
    ///
    /// Confidence = responder × target × timeliness × date certainty, + 0.1 when the evidence says
    /// it is an answer ("in retaliation", "in response"), at most 1. Responder: 1 the declarer, 0.8 a
    /// member of a declaring alliance. Target: 1 a crosser, 0.85 a member of a crossing alliance, 0.6
    /// an alliance holding a crosser, or 0.8 times that for a trigger actor or addressee of the line
    /// that did not cross (Taiwan, for Pelosi's visit); an act against the party a crossing act was done to
    /// counts (0.6) when its sentence shares two content words with the trigger or consequence
    /// (strikes on "the routes of Western weapons deliveries" in Ukraine); an act with no coded target counts (0.6) only when its
    /// sentence names a crosser and either shares two content words with the trigger or consequence
    /// (strikes on "the routes of Western weapons deliveries") or calls it retaliation, reprisal or
    /// revenge ("the barrage was the retaliation for the drone strike"; not "the response he
    /// promised", which commentary says of what may yet come). An act against someone else is no
    /// answer, however many words it shares with the line, and neither is an act the sentence says
    /// was answered (`Cues.isAnswered`). Timeliness falls from 1 on the day of a crossing to 0.7 at the window's end.
    mutating func findResponses(_ line: inout LineContext) {
        guard let first = line.crossings.map(\.time).min() else { return }
        let crossingDays = line.crossings.map(\.time).sorted()
        let window = configuration.responseWindowDays
        let through = min(today, crossingDays.last! + window)
        var targets: [String] = []
        for crossing in line.crossings {
            for code in crossing.crosserCodes where !targets.contains(code) { targets.append(code) }
        }
        // The parties the line named are fair targets too, a little less surely: the drills around
        // Taiwan answer a visit by the U.S. Speaker to Taiwan.
        let named = line.triggerCodes + line.addresseeCodes.filter { !line.triggerCodes.contains($0) }
        if targets.isEmpty { targets = named }
        let parties = Set(line.crossings.flatMap(\.partyCodes)).subtracting([line.declarerCode])

        var responders = [line.declarerCode]
        if configuration.alliances.isAlliance(line.declarerCode) {
            responders += configuration.alliances.members(of: line.declarerCode).sorted()
        }
        var lists: [[Int32]] = []
        for code in responders {
            for type in LinkRun.responseTypes {
                lists.append(index.events(actor: code, type: type))
            }
        }

        var seen: Set<RecordIndex.RecordKey> = []
        for i in index.events(in: lists, from: first, through: through).map(Int.init) {
            let record = index.events[i]
            // An act with no date of its own ("revenge for the killing of ...") is told as background:
            // nothing says it came after the crossing, so it answers nothing.
            guard record.isFactual, !record.time.estimated, let certainty = record.time.certainty(notBefore: first),
                  let previous = LinkRun.last(in: crossingDays, notAfter: record.time.last) else { continue }
            let day = record.time.day
            // What the sentence says was answered ("in retaliation for Friday's Iranian attack")
            // came before the answer it tells, and answers nothing the line knows.
            if isAnswered(i) { continue }
            let gap = max(0, record.time.first - previous)
            guard gap <= window else { continue }
            let responder: Double
            if record.actorCodes.contains(line.declarerCode) {
                responder = 1
            } else if record.actorCodes.contains(where: { configuration.alliances.isMember($0, of: line.declarerCode, on: day) }) {
                responder = 0.8
            } else {
                continue
            }
            var target = TriggerMatch.actorScore(record.recipientCodes, against: targets,
                                                 alliances: configuration.alliances, on: day)
            var aim = target > 0 ? "against a crosser" : ""
            let namedScore = 0.8 * TriggerMatch.actorScore(record.recipientCodes, against: named,
                                                           alliances: configuration.alliances, on: day)
            if namedScore > target { (target, aim) = (namedScore, "against a party the line names") }
            // An act whose target the coder did not find, on the line's subject or called
            // retaliation, when its sentence names a crosser ("strikes on the routes of Western
            // weapons deliveries to Ukraine"): an answer aimed at someone, and that someone is named.
            if target == 0, record.recipientCodes.isEmpty, answersTheLine(i, line, targets) {
                (target, aim) = (0.6, "with no coded target, its sentence naming a crosser or what it answers")
            }
            // An act on the line's subject against whom a crossing act was done to: strikes on the
            // rail hubs in Ukraine that carried the Western arms.
            if target == 0, !record.recipientCodes.isEmpty, record.recipientCodes.allSatisfy(parties.contains),
               line.subjectWords.sharedCount(with: words(ofEvent: i)) >= 2 {
                (target, aim) = (0.6, "against whom a crossing act was done to, on the line's subject")
            }
            guard target > 0, seen.insert(record.key).inserted else { continue }
            let linkID = record.linkID(in: index.documents)
            let event = index.event(record)
            let timeliness = 1 - 0.3 * Double(gap) / Double(max(1, window))
            let cue = cues(ofEvent: i).contains(.response) ? 0.1 : 0
            let confidence = min(1, responder * target * timeliness * certainty + cue)
            guard let decided = review(line: line.id, link: linkID, kind: .response, document: record.document,
                                       evidence: event.evidence, confidence: confidence),
                  decided.review != nil || decided.confidence >= configuration.minimumLinkConfidence else { continue }
            let document = index.documents[record.document]
            line.responses.append(LineContext.ResponseLink(
                response: TrackedLine.Response(
                    id: linkID, date: day, type: event.type, severity: HostilityLevel.of(event),
                    confidence: decided.confidence, document: document.id, source: document.source,
                    evidence: event.evidence, review: decided.review,
                    reason: "\(event.type.rawValue) by \(record.actorCodes.joined(separator: "+"))\(responder < 1 ? " (a member of the declaring alliance)" : ""), \(aim), \(gap) day(s) after the crossing before it",
                    datePrecision: event.datePrecision),
                time: record.time.first, event: event))
        }
        // One sentence is one answer, at its most certain reading (not a SANCTION and a MOBILIZE of
        // the same words), and a sentence that tells an act crossing the line answers nothing in it
        // (an answer that tells its crossing, `findAnsweredCrossings`, is a claim and answers it).
        let crossingSentences = Set(line.crossings.filter { $0.crossing.kind == .event }
            .map { SentenceKey(document: $0.crossing.document, evidence: $0.crossing.evidence) })
        var best: [SentenceKey: Int] = [:]
        for (i, link) in line.responses.enumerated() {
            let key = SentenceKey(document: link.response.document, evidence: link.response.evidence)
            guard !crossingSentences.contains(key) || link.response.review != nil else { continue }
            if let j = best[key], line.responses[j].response.confidence >= link.response.confidence { continue }
            best[key] = i
        }
        let kept = Set(best.values)
        line.responses = line.responses.enumerated().filter { kept.contains($0.offset) || $0.element.response.review != nil }.map(\.element)
    }

    private struct SentenceKey: Hashable {
        var document: String
        var evidence: String
    }
}
