import RedlineCore
import RedlineText

/// What the event coder and red-line extractor consult about a document as a whole: who speaks
/// where, which state it is mostly about, and the dates of its sentences.
///
/// A class: built once per stage and handed to every reader of a sentence and finder of roles,
/// which share it instead of copying the document it holds.
final class DocumentContext {
    let doc: AnnotatedDocument
    var text: SegmentedText { doc.text }
    var actors: ActorAnnotations { doc.actors }
    /// For each token, the innermost quote or reported clause covering it.
    let quoteOfToken: [Int32]
    /// The state named most often, for events whose actor is left implicit.
    let dominantState: String?
    /// For each token, the mention that ends just before it ends here (agent mentions only).
    private let agentEnds: [Bool]
    /// Indices into `doc.dates` of each sentence's resolved dates.
    private let datesBySentence: [[Int]]
    let lexicon: EventLexicon
    /// Parses of the sentences, when the pipeline has a parser.
    let syntax: DocumentSyntax?

    init(_ doc: AnnotatedDocument, lexicon: EventLexicon) {
        self.doc = doc
        self.lexicon = lexicon
        syntax = doc.syntax
        var owner = [Int32](repeating: -1, count: doc.text.tokens.count)
        // Wider quotes first, so that inner ones (reported speech inside a quote) overwrite them.
        let quotes = doc.quotes
        let order = quotes.indices.sorted { quotes[$0].outer.count > quotes[$1].outer.count }
        for q in order {
            for k in quotes[q].tokens { owner[k] = Int32(q) }
        }
        quoteOfToken = owner
        var counts = [String: Int]()
        var ends = [Bool](repeating: false, count: doc.text.tokens.count)
        for m in doc.actors.mentions {
            let e = doc.actors.entities[m.entity]
            // Places ("in Gaza") say where, not who: only acting mentions make a state dominant.
            if let code = e.ref.code, e.ref.kind == .state, m.isAgent { counts[code, default: 0] += 1 }
            if m.isAgent { ends[m.tokens.upperBound - 1] = true }
        }
        var bySentence = [[Int]](repeating: [], count: doc.text.sentences.count)
        for (i, d) in doc.dates.enumerated() where d.value != nil { bySentence[d.sentence].append(i) }
        datesBySentence = bySentence
        dominantState = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        agentEnds = ends
    }

    func endsAgentMention(_ k: Int) -> Bool { k >= 0 && k < agentEnds.count && agentEnds[k] }

    /// The state a sentence places its events in ("in Kyiv's Maidan Square"), if it names one as a place.
    func locativeState(in sentence: Int) -> String? {
        for m in actors.mentions(in: text.sentences[sentence].tokens) where actors.mentions[m].locative {
            if let code = actors.entities[actors.mentions[m].entity].ref.code, actors.entities[actors.mentions[m].entity].ref.kind == .state {
                return code
            }
        }
        return nil
    }

    /// The first state named by a nationality adjective within six words of `tokens` ("marines
    /// were on alert at Brazilian ports", "the government closed Greek airspace"), leaving out
    /// `excluding`. Names of states nearby act or are acted on themselves ("Russia's military,
    /// as officials met ...") and say nothing of whose an actor is.
    func namedState(near tokens: Range<Int>, in sentence: Int, excluding: Set<String> = []) -> String? {
        let bounds = text.sentences[sentence].tokens
        let window = max(bounds.lowerBound, tokens.lowerBound - 6)..<min(bounds.upperBound, tokens.upperBound + 6)
        for m in actors.mentions(in: window) where actors.mentions[m].form == .modifier {
            let ref = actors.entities[actors.mentions[m].entity].ref
            if let code = ref.code, ref.kind == .state, !excluding.contains(code) { return code }
        }
        return nil
    }

    /// Whether token `k` is a word of a person's name ("Ban Ki-moon", "Theresa May").
    func isPersonName(_ k: Int) -> Bool {
        guard let m = actors.mention(covering: k) else { return false }
        let mention = actors.mentions[m]
        // A title with a name ("UN Secretary-General Ban Ki-moon") holds no act either.
        guard mention.form == .name || mention.form == .surname || mention.form == .title,
              actors.entities[mention.entity].isPerson else { return false }
        return text.tokens[k].isCapitalized
    }

    /// The unnamed crowd or armed group told of last before `sentence`, within the few sentences
    /// before it: "supporters of an Iraqi militia stormed the compound … The protesters set fire
    /// to a gate" — the protesters are those supporters, of their state and with their sponsor, if
    /// the text named one. A group named with its state ("Iraqi militia") or placed in one
    /// ("protesters in Baghdad") counts. A group that itself points back to an earlier one ("The
    /// crowd had gathered …") is that one, found the same way (`depth` steps at most); `sentence`
    /// is where the group was named.
    func groupAntecedent(before sentence: Int, within window: Int = 5, depth: Int = 2)
        -> (code: String, backer: String?, sentence: Int)? {
        var s = sentence - 1
        while s >= 0, s >= sentence - window {
            for m in actors.mentions(in: text.sentences[s].tokens).reversed() where actors.mentions[m].isAgent {
                let mention = actors.mentions[m]
                // A crowd is many: "an American civilian contractor" is no antecedent of "protesters".
                let head = text.norms[mention.tokens.upperBound - 1]
                guard head.hasSuffix("s") || Self.collectives.contains(head) else { continue }
                let ref = actors.entities[mention.entity].ref
                guard let sector = ref.sector, NameWords.groupSectors.contains(sector), ref.kind != .igo else { continue }
                if let code = ref.code { return (code, ref.backer, s) }
                if depth > 0, pointsBack(mention), let earlier = groupAntecedent(before: s, within: window, depth: depth - 1) {
                    return earlier
                }
                if let place = locativeState(in: s) { return (place, ref.backer, s) }
            }
            s -= 1
        }
        return nil
    }

    /// Whether a mention is definite or demonstrative, as a group told of before is: "the
    /// protesters", "these fighters", "their supporters". The mention may hold the determiner.
    func pointsBack(_ mention: ActorMention) -> Bool {
        let start = mention.tokens.lowerBound
        return [start - 1, start].contains { $0 >= 0 && Self.anaphoricDeterminers.contains(text.norms[$0]) }
    }

    private static let anaphoricDeterminers: Set<String> = ["the", "these", "those", "their"]

    private static let collectives: Set<String> = ["crowd", "mob", "militia", "group", "faction", "movement", "gang"]

    /// Whether token `k` is a finite form of an event verb ("accused", "expels").
    func isTriggerVerb(_ k: Int) -> Bool {
        guard lexicon.isHead(text.words[k]) else { return false }
        let senses = lexicon.senses(of: text.words[k])
        // Constrained entries ("say" + "goodbye") are not verbs everywhere they occur.
        return senses.contains { sense in
            sense.isVerb && sense.form != .gerund && lexicon.with[sense.entry] == nil
                && (sense.rest.isEmpty || (k + 1 < text.words.count && text.words[k + 1] == sense.rest[0]))
        }
    }

    func ref(_ mention: Int) -> ActorRef {
        actors.ref(of: mention, text: text.text(tokens: actors.mentions[mention].tokens))
    }

    /// The speaker of the words at token `k`: the innermost quote or reported clause around it.
    func speaker(of k: Int) -> (entity: Int, mention: Int?)? {
        let q = quoteOfToken[k]
        guard q >= 0, let e = doc.quotes[Int(q)].speaker else { return nil }
        return (e, doc.quotes[Int(q)].speakerMention)
    }

    func isDirectQuote(_ k: Int) -> Bool {
        let q = quoteOfToken[k]
        return q >= 0 && doc.quotes[Int(q)].direct
    }

    /// The date of what token `k` reports: the date expression of its sentence nearest to it,
    /// else (for past events) the publication date at week precision.
    func date(for k: Int, sentence s: Int, future: Bool,
              skipping skip: (DateAnnotation) -> Bool = { _ in false }) -> (Day?, DatePrecision?, String?) {
        var best: DateAnnotation?
        for d in datesBySentence[s].map({ doc.dates[$0] }) where !skip(d) {
            if best == nil || abs(d.tokens.lowerBound - k) < abs(best!.tokens.lowerBound - k) { best = d }
        }
        if let best {
            return (best.value, best.precision, text.buffer.flatString(best.bytes))
        }
        if future { return (nil, nil, nil) }
        guard let published = doc.document.published else { return (nil, nil, nil) }
        return (published, .week, nil)
    }
}

/// Tense, polarity and modality around a trigger.
struct Flags {
    /// Nouns and verbs after which an infinitive names an act permitted or possible, not done.
    static let licensing: Set<String> = [
        "basis", "right", "rights", "authority", "power", "powers", "option", "options", "freedom", "permission",
        "licence", "license", "mandate", "means", "capacity", "capability", "ability", "readiness", "willingness",
        "allow", "allows", "allowed", "allowing", "authorize", "authorizes", "authorized", "authorise", "authorises",
        "authorised", "permit", "permits", "permitted", "enable", "enables", "enabled", "empower", "empowers",
        "empowered", "entitled", "free",
    ]

    /// Words that make the act they govern a guess: "could", "likely to", "probably".
    static let guessing: Set<String> = ["would", "could", "might", "likely", "unlikely", "probably", "perhaps", "maybe"]
    /// Verbs and nouns whose infinitive is asked for, planned or weighed: "urged Washington to impose".
    static let directives: Set<String> = [
        "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "call", "calls", "called", "calling",
        "demand", "demands", "demanded", "want", "wants", "wanted", "seek", "seeks", "sought", "propose", "proposes",
        "proposed", "proposal", "plan", "plans", "planned", "planning", "intend", "intends", "intended", "consider",
        "considers", "considered", "considering", "weigh", "weighs", "weighing", "threaten", "threatens",
        "threatened", "threatening", "vow", "vows", "vowed", "pledge", "pledges", "pledged", "promise", "promises",
        "promised", "decide", "decides", "prepared", "ready", "preparing", "move", "moves", "bid", "attempt",
        "attempts", "try", "tries", "tried", "trying", "hope", "hopes", "hoped", "wish", "expect", "expects",
        "expected", "aim", "aims", "aimed", "recommend", "recommends", "recommended", "press", "pressed", "pressing",
        "struggle", "struggles", "struggling", "effort", "efforts", "campaign",
    ]
    /// Words that hedge the act after them: "believed struck", "the alleged attack".
    static let hedges: Set<String> = [
        "believed", "alleged", "allegedly", "suspected", "reportedly", "apparently", "purported", "purportedly",
    ]
    /// Nouns naming an answer, which a threat puts before its modal ("retaliatory measures would").
    static let answers: Set<String> = [
        "measure", "measures", "countermeasure", "countermeasures", "retaliation", "reprisal", "reprisals",
        "response", "action", "actions", "steps", "sanctions", "penalties", "consequences",
    ]
    /// Nouns whose "that" clause is hearsay, fear or hope rather than a fact.
    static let hearsay: Set<String> = [
        "rumor", "rumors", "rumour", "rumours", "speculation", "fear", "fears", "feared", "possibility", "hope", "hopes",
        "prospect", "prospects", "danger", "risk", "risks", "chance", "chances", "suggestion", "suggestions",
        "idea", "ideas", "theory", "allegation", "allegations", "suspicion", "suspicions", "concern", "concerns",
        "worry", "worries", "warning", "warnings", "threat", "threats", "likelihood",
    ]

    var negated = false
    var hypothetical = false
    var future = false

    /// `isName` tells words of a person's name, which are no modals: "Theresa May met ...".
    init(_ text: SegmentedText, trigger: Range<Int>, clause: ClauseMap, isName: (Int) -> Bool = { _ in false }) {
        var start = max(clause.start(of: trigger.lowerBound), trigger.lowerBound - 5)
        // A phrase quoted inside its clause ('there are no “minor incursions”') keeps the words before the quote.
        if start > 0, start > trigger.lowerBound - 5, text.tokens[start].isQuote || text.tokens[start - 1].isQuote,
           let negation = [start - 1, start - 2].first(where: { $0 >= clause.range.lowerBound && text.token($0, in: WordClasses.negations) }) {
            start = negation
        }
        for j in start..<trigger.lowerBound where !isName(j) {
            let norm = text.norms[j]
            if text.token(j, in: WordClasses.negations) || norm.hasSuffix("n't") { negated = true }
            if text.token(j, in: WordClasses.hypotheticalMarkers) { hypothetical = true }
            if text.token(j, in: WordClasses.futureMarkers) {
                if norm == "going" { future = j + 1 < trigger.lowerBound && text.norms[j + 1] == "to" } else { future = true }
            }
        }
        if clause.isConditional(trigger.lowerBound) { hypothetical = true }
        // "pacts that would bar Ukraine from joining and roll back Western deployments": a
        // conditional modal further back in the same clause, with nothing but a coordinated verb
        // phrase between, still governs the act.
        if !hypothetical {
            var j = trigger.lowerBound - 1
            let floor = max(clause.start(of: trigger.lowerBound), trigger.lowerBound - 14)
            while j >= floor {
                let norm = text.norms[j]
                if Self.guessing.contains(norm) { hypothetical = true; break }
                if text.tokens[j].kind == .punctuation || text.tokens[j].isQuote || text.token(j, in: ClauseMap.complementisers) { break }
                j -= 1
            }
        }
        // "rumours that the United States had launched a strike", "fears that Iran would retaliate":
        // a clause a noun of hearsay or expectation governs tells no fact.
        if !hypothetical {
            var j = trigger.lowerBound - 1
            let floor = max(0, trigger.lowerBound - 16)
            while j > floor {
                if text.norms[j] == "that" || text.norms[j] == "whether", Self.hearsay.contains(text.norms[j - 1]) {
                    hypothetical = true
                    break
                }
                if text.tokens[j].kind == .punctuation, text.norms[j] != "," { break }
                j -= 1
            }
        }
        // "U.S. retaliatory measures would cover more than farm goods", "any EC move to cut tariff
        // protection would ...": an act named as the subject of a modal, or as "any" act, is a
        // condition or a consequence, not a deed.
        if !hypothetical, !future {
            // The word after the trigger, or the one after that ("measures would", "retaliatory
            // measures could").
            // Only words that name an answer: "the sanctions could hurt" tells of sanctions in force.
            let end = min(clause.range.upperBound, text.norms.count)
            if Self.answers.contains(text.norms[trigger.upperBound - 1]) {
                for k in trigger.upperBound..<min(end, trigger.upperBound + 2) {
                    if text.tokens[k].kind == .punctuation { break }
                    let norm = text.norms[k]
                    if Self.guessing.contains(norm) || norm == "may" { hypothetical = true }
                    if norm == "will" || norm == "shall" { future = true }
                }
            }
            var j = trigger.lowerBound - 1
            while j >= max(clause.range.lowerBound, trigger.lowerBound - 6) {
                if text.tokens[j].kind == .punctuation { break }
                if text.norms[j] == "any" { hypothetical = true; break }
                j -= 1
            }
        }
        // "the likelihood of new tariffs", "the threat of sanctions": an act a noun of expectation
        // governs is not done.
        // So is one it would bring about: "little risk of sparking a direct military clash".
        for j in max(1, trigger.lowerBound - 6)..<max(1, trigger.lowerBound) where text.norms[j] == "of" {
            let near = j >= trigger.lowerBound - 3
            let between = (j + 1)..<trigger.lowerBound
            if Self.hearsay.contains(text.norms[j - 1]),
               near || text.norms[j + 1].hasSuffix("ing") && !between.contains(where: { text.tokens[$0].kind == .punctuation }) {
                hypothetical = true
            }
        }
        // "answered with sanctions rather than the military strikes he had threatened"
        for j in max(clause.range.lowerBound, trigger.lowerBound - 4)..<trigger.lowerBound where j + 1 < trigger.lowerBound {
            let pair = (text.norms[j], text.norms[j + 1])
            if pair == ("rather", "than") || pair == ("instead", "of") { negated = true }
        }
        // "a legal basis to use force", "authorized Kyiv to use the missiles": an act licensed or
        // made possible, not one done.
        let licensed = max(start, trigger.lowerBound - 5)
        if trigger.lowerBound >= 2, licensed < trigger.lowerBound - 1, text.norms[trigger.lowerBound - 1] == "to" {
            for j in licensed..<(trigger.lowerBound - 1) where Self.licensing.contains(text.norms[j]) {
                hypothetical = true
            }
        }
        // "urges the administration to take strong retaliatory measures", "plans to impose
        // tariffs": an act asked for, planned or weighed, not one done.
        if !hypothetical, !future {
            let floor = max(clause.range.lowerBound, trigger.lowerBound - 4)
            // The act is the infinitive or its object ("to take strong retaliatory measures"), not
            // a word behind a preposition ("an attempt to act on its warnings").
            if let to = (floor..<trigger.lowerBound).last(where: { text.norms[$0] == "to" }),
               !((to + 1)..<trigger.lowerBound).contains(where: {
                   text.tokens[$0].kind == .punctuation || text.token($0, in: WordClasses.prepositions) }) {
                for j in max(0, to - 5)..<to where Self.directives.contains(text.norms[j]) { hypothetical = true }
            }
        }
        // "also believed struck by an Iranian missile", "the alleged attack": hedged, not told as fact.
        for j in max(0, trigger.lowerBound - 3)..<trigger.lowerBound where Self.hedges.contains(text.norms[j]) { hypothetical = true }
        // "will not be admitted": the negation belongs to the future statement.
        if negated, future, hypothetical == false { hypothetical = false }
    }
}
