import RedlineCore

/// One linking pass: the indexed records, the reviews, and what the pass has decided so far.
struct LinkRun {
    let index: RecordIndex
    var book: ReviewBook
    let configuration: TrackerConfiguration
    var rejected: [RejectedLink] = []
    /// What was read of each event's text, once: its content words and its cue flags.
    private var eventWords: [WordSet]
    private var eventCues: [Cues.Flags]
    private var eventRead: [Bool]
    /// Whether each event is what its sentence says was answered, once asked (`isAnswered`).
    private var eventAnswered: [Bool?]
    private var scratch = WordSet.Builder()

    init(index: RecordIndex, book: ReviewBook, configuration: TrackerConfiguration) {
        self.index = index
        self.book = book
        self.configuration = configuration
        eventWords = Array(repeating: WordSet(), count: index.events.count)
        eventCues = Array(repeating: [], count: index.events.count)
        eventRead = Array(repeating: false, count: index.events.count)
        eventAnswered = Array(repeating: nil, count: index.events.count)
    }

    var today: Int { configuration.today.ordinal }

    mutating func run() -> LinkResult {
        var confirmed: [String: Set<String>] = [:]
        for (key, review) in book.links where review.verdict == .confirm {
            confirmed[key.link, default: []].insert(key.line)
        }
        let drafts = StatementClusterer(index: index, configuration: configuration).cluster(confirmed: confirmed)
        var lines: [LineContext] = []
        for draft in drafts {
            guard var line = makeLine(draft) else { continue }
            findWithdrawals(&line)
            findCrossings(&line)
            findAnsweredCrossings(&line)
            lines.append(line)
        }
        attachClaims(&lines)
        for i in lines.indices {
            mergeRetellings(&lines[i])
            findResponses(&lines[i])
        }
        dropAnswersToTheDeclarer(&lines)
        var result: [TrackedLine] = []
        for line in lines { result.append(finish(line)) }
        result.sort { ($0.firstDeclared?.ordinal ?? Int.max, $0.id) < ($1.firstDeclared?.ordinal ?? Int.max, $1.id) }
        return LinkResult(lines: result, rejected: rejected, unmatchedReviews: book.unused)
    }

    /// One act told in several articles is one crossing: event crossings by the same actors, of the
    /// same type, on the same day, from different documents, are kept once with the other articles'
    /// sources in `alsoToldIn`. The one kept is a telling whose sentence opens with the doer (the
    /// act itself, not a reaction to it), then the one nearest its article's lead (where a wire
    /// story states its news), then the one whose act word comes first, then the most certain. Reviewed links are kept as they are.
    func mergeRetellings(_ line: inout LineContext) {
        var kept: [LineContext.CrossingLink] = []
        var index: [String: Int] = [:]
        for link in line.crossings {
            let c = link.crossing
            guard c.kind == .event, c.review == nil, let type = c.type, let day = c.date else { kept.append(link); continue }
            let key = "\(type.rawValue)|\(day)|\(link.crosserCodes.sorted().joined(separator: "+"))"
            guard let i = index[key] else {
                index[key] = kept.count
                kept.append(link)
                continue
            }
            guard kept[i].crossing.document != c.document else { kept.append(link); continue }
            var (better, other) = (kept[i], link)
            func rank(_ l: LineContext.CrossingLink) -> (Int, Int, Int, Double) {
                (l.opensWithDoer ? 0 : 1, l.sentence, l.actAt, -l.crossing.confidence)
            }
            if rank(link) < rank(kept[i]) { (better, other) = (link, kept[i]) }
            var sources = better.crossing.alsoToldIn ?? []
            for source in [other.crossing.source] + (other.crossing.alsoToldIn ?? []) where !sources.contains(source) && source != better.crossing.source {
                sources.append(source)
            }
            better.crossing.alsoToldIn = sources
            kept[i] = better
        }
        line.crossings = kept
    }

    /// A line that names no act, only hostility of some kind ("if the West kept up its aggressive
    /// course"), is not crossed by an act that answers the declarer's own crossing of another line:
    /// Western sanctions answering Russia's invasion are the West's enforcement, not a new
    /// provocation. A vow of revenge keeps such crossings (its act is an answer in a chain of
    /// answers), and so does a line that names its act ("if Iran strikes Americans"), as does any
    /// crossing an analyst confirmed. Lines that lose crossings have their responses found again.
    mutating func dropAnswersToTheDeclarer(_ lines: inout [LineContext]) {
        var answers: [String: Set<String>] = [:]
        for line in lines {
            let crossers = Set(line.crossings.flatMap(\.crosserCodes))
            for response in line.responses { answers[response.response.id, default: []].formUnion(crossers) }
        }
        for i in lines.indices where !lines[i].isVow && lines[i].actions.isEmpty {
            let declarer = lines[i].declarerCode
            let before = lines[i].crossings.count
            // Force used on the declarer itself stays a crossing, whatever it answers: the U.S.
            // strike on Iran's platforms answered an Iranian missile, and still met Iran's warning
            // against any American intervention.
            lines[i].crossings.removeAll { link in
                link.crossing.review == nil && link.crossing.kind == .event
                    && answers[link.crossing.id]?.contains(declarer) == true
                    && !(link.crossing.type == .assault && link.targetsDeclarer)
            }
            guard lines[i].crossings.count != before else { continue }
            lines[i].responses = []
            findResponses(&lines[i])
        }
    }

    /// The content words of an event: evidence, trigger words and the recipients' names, less the
    /// words naming its own actors. Those are matched by code already, and counting them again would
    /// let "Sweden joined NATO" look like it is about "NATO admits Ukraine".
    mutating func words(ofEvent i: Int) -> WordSet {
        if !eventRead[i] { read(i) }
        return eventWords[i]
    }

    /// The cue flags of an event's evidence (see `Cues`).
    mutating func cues(ofEvent i: Int) -> Cues.Flags {
        if !eventRead[i] { read(i) }
        return eventCues[i]
    }

    /// Whether an event is what its sentence says was answered (`Cues.isAnswered`).
    /// Read once per event: every line asks it of the same candidates.
    mutating func isAnswered(_ i: Int) -> Bool {
        if let known = eventAnswered[i] { return known }
        let event = index.event(index.events[i])
        let answered = event.trigger.map { Cues.isAnswered(trigger: $0, in: event.evidence) } ?? false
        eventAnswered[i] = answered
        return answered
    }

    private mutating func read(_ i: Int) {
        let event = index.event(index.events[i])
        scratch.add(event.evidence, keepingTokens: true)
        eventCues[i] = Cues.flags(tokens: scratch.tokens)
        if let trigger = event.trigger { scratch.add(trigger) }
        for recipient in event.recipient {
            if let name = recipient.name { scratch.add(name) }
            if let text = recipient.text { scratch.add(text) }
        }
        for actor in event.actor {
            if let code = actor.code { scratch.exclude(code) }
            if let name = actor.name { scratch.exclude(name) }
            if let text = actor.text { scratch.exclude(text) }
        }
        eventWords[i] = scratch.build()
        eventRead[i] = true
    }

    /// Applies an analyst's verdict to a link: nil when rejected (and recorded), else the confidence
    /// and review to keep (confidence 1 when confirmed).
    mutating func review(line: String, link: String, kind: RejectedLink.Kind, document: Int, evidence: String,
                         confidence: Double) -> (confidence: Double, review: LinkReview?)? {
        guard let verdict = book.verdict(line: line, link: link) else { return (confidence, nil) }
        if verdict.verdict == .reject {
            rejected.append(RejectedLink(line: line, link: link, kind: kind, document: index.documents[document].id,
                                         evidence: evidence, review: verdict))
            return nil
        }
        return (1, verdict)
    }
}
