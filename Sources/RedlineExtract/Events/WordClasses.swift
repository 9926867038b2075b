import RedlineText

/// Closed classes of English function words the event coder reads around its triggers.
///
/// Each is a ``WordClass`` with its own bit (0–18 here, 19 in ``DateVocabulary``, 20–24 in
/// ``ClauseMap``, 25–27 in ``SpeechVerbs``, 28 in ``Pronoun``, 29–30 in ``NameWords``, 31 in ``DateVocabulary``); ``all`` lists every class so that the pipeline's
/// vocabulary tags them.
enum WordClasses {
    static let all: [WordClass] = [
        determiners, modals, doForms, beForms, haveForms, subjectPronouns, negations, futureMarkers,
        hypotheticalMarkers, prepositions, gerundOpeners, copulas, headNouns, lightVerbs, objectTakingSpeechVerbs,
        quantities, coordinators, reciprocity, line, DateVocabulary.wordClass,
        ClauseMap.complementisers, ClauseMap.subordinators, ClauseMap.adverbialStarters, ClauseMap.temporalMarkers,
        ClauseMap.conditionalMarkers, SpeechVerbs.forms, SpeechVerbs.reporting, SpeechVerbs.prepositions,
        Pronoun.wordClass, NameWords.nonNameClass, NameWords.speechVerbClass, DateVocabulary.articles,
    ]

    static let determiners = WordClass(bit: 0, [
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those",
        "any", "every", "each", "no", "some", "such", "another", "further", "new", "more", "fresh", "renewed",
        "possible", "first", "second", "latest", "recent", "several", "many", "two", "three", "massive",
    ])
    static let modals = WordClass(bit: 1, ["will", "would", "could", "can", "may", "might", "must", "shall", "should",
                                      "'ll", "'d", "won't", "wouldn't", "couldn't", "can't", "cannot", "mustn't", "shouldn't"])
    static let doForms = WordClass(bit: 2, ["do", "does", "did", "don't", "doesn't", "didn't"])
    static let beForms = WordClass(bit: 3, ["is", "are", "was", "were", "be", "been", "being", "'s", "'re", "isn't",
                                       "aren't", "wasn't", "weren't", "am"])
    static let haveForms = WordClass(bit: 4, ["has", "have", "had", "'ve", "hasn't", "haven't", "hadn't", "having"])
    static let subjectPronouns = WordClass(bit: 5, ["he", "she", "it", "they", "we", "i", "you", "who", "which"])
    static let negations = WordClass(bit: 6, ["not", "n't", "never", "no", "without", "neither", "nor", "won't",
                                         "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "isn't",
                                         "aren't", "wasn't", "weren't", "cannot", "can't", "couldn't", "wouldn't",
                                         "refused", "refuses", "failed", "fails", "declined", "declines", "denied", "denies", "deny", "denying"])
    static let futureMarkers = WordClass(bit: 7, ["will", "'ll", "shall", "won't", "plans", "planned", "plan", "planning",
                                             "intends", "intend", "intended", "set", "expected", "scheduled", "due",
                                             "poised", "prepared", "ready", "going", "next"])
    static let hypotheticalMarkers = WordClass(bit: 8, ["would", "could", "might", "may", "should", "'d", "wouldn't",
                                                   "couldn't", "if", "unless", "threatened", "threatens",
                                                   "threaten", "risk", "risks", "possible", "possibly"])
    static let prepositions = WordClass(bit: 9, [
        "to", "of", "in", "on", "at", "with", "against", "from", "by", "for", "into", "over", "about",
        "toward", "towards", "between", "among", "through", "near", "than", "like", "under", "without",
        "across", "along", "around", "upon", "onto", "amid", "despite", "after", "before", "during",
    ])
    static let gerundOpeners = WordClass(bit: 10, ["by", "of", "for", "after", "before", "without", "about", "from",
                                             "began", "begun", "begin", "begins", "started", "start", "starts",
                                             "continued", "continue", "continues", "stop", "stopped", "keep",
                                             "kept", "resumed", "including", "as", "while", "when", "such"])
    /// Verbs after which a noun is a predicate, not an event.
    static let copulas = WordClass(bit: 11, ["become", "becomes", "became", "becoming", "is", "are", "was", "were", "be",
                                       "been", "pose", "poses", "posed", "posing", "consider", "considers",
                                       "considered", "call", "calls", "called", "deem", "deems", "deemed", "remain",
                                       "remains", "constitute", "constitutes", "represent", "represents"])
    /// Nouns an event noun can modify ("strike systems", "aid package").
    static let headNouns = WordClass(bit: 12, [
        "system", "systems", "capability", "capabilities", "weapon", "weapons", "missile", "missiles", "drone",
        "drones", "aircraft", "group", "groups", "force", "unit", "units", "package", "packages", "zone", "zones",
        "program", "programme", "programs", "programmes", "plan", "plans", "capacity", "agency", "agencies", "worker",
        "workers", "convoy", "convoys", "corridor", "corridors", "deal", "campaign", "fund", "funds", "budget",
        "team", "teams", "site", "sites", "base", "bases", "victims", "law", "laws", "regime", "measures",
        // "the assistance offer", "a ceasefire proposal": what is offered or proposed is not done.
        "offer", "offers", "pledge", "pledges", "proposal", "proposals", "request", "requests",
    ])
    /// Verbs that make an event of the noun after them ("issued a warning", "made a demand").
    static let lightVerbs = WordClass(bit: 13, [
        "issue", "issued", "issues", "issuing", "make", "made", "makes", "making", "repeat", "repeated",
        "repeats", "renew", "renewed", "renews", "deliver", "delivered", "delivers", "send", "sent", "sends",
        "level", "levelled", "leveled", "voice", "voiced", "voices", "lodge", "lodged", "file", "filed",
        "submit", "submitted", "express", "expressed", "expresses", "give", "gave", "given", "reiterated",
        "sign", "signed", "signs", "reach", "reached", "strike", "struck", "announce", "announced",
    ])
    /// Speech verbs whose next noun phrase is their object ("told Tass", "warned NATO"), not a new subject.
    static let objectTakingSpeechVerbs = WordClass(bit: 14, [
        "told", "tells", "tell", "warned", "warns", "warn", "urged", "urges", "accused", "accuses", "asked", "asks",
        "called", "pressed", "informed", "reminded", "assured", "advised", "cautioned", "threatened", "threatens",
    ])
    /// Quantities before "of": "dozens of protesters", "hundreds of troops".
    static let quantities = WordClass(bit: 15, [
        "dozens", "hundreds", "thousands", "millions", "scores", "some", "many", "most", "several", "all", "two",
        "three", "four", "five", "ten", "group", "number", "members", "rest", "half", "part", "each", "one", "none",
        "barrage", "barrages", "salvo", "salvos", "volley", "volleys", "wave", "waves", "swarm", "swarms", "hail",
        "flurry", "series", "string", "fleet", "squad", "squads", "crowd", "crowds", "mob", "band", "gang", "unit",
    ])
    static let coordinators = WordClass(bit: 16, [",", "and", "or", "&"])
    /// Words for a response in kind, which copies the act it answers.
    /// "line", "lines": the noun of explicit red lines and of talk about them.
    static let line = WordClass(bit: 18, ["line", "lines"])
    static let reciprocity = WordClass(bit: 17, ["tit-for-tat", "reciprocal", "reciprocated", "reciprocate", "kind",
                                           "mirror", "retaliatory"])
}
