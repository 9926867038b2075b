/// Closed classes of English function words the event coder reads around its triggers.
enum WordClasses {
    static let determiners: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those",
        "any", "every", "each", "no", "some", "such", "another", "further", "new", "more", "fresh", "renewed",
        "possible", "first", "second", "latest", "recent", "several", "many", "two", "three", "massive",
    ]
    static let modals: Set<String> = ["will", "would", "could", "can", "may", "might", "must", "shall", "should",
                                      "'ll", "'d", "won't", "wouldn't", "couldn't", "can't", "cannot", "mustn't", "shouldn't"]
    static let doForms: Set<String> = ["do", "does", "did", "don't", "doesn't", "didn't"]
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s", "'re", "isn't",
                                       "aren't", "wasn't", "weren't", "am"]
    static let haveForms: Set<String> = ["has", "have", "had", "'ve", "hasn't", "haven't", "hadn't", "having"]
    static let subjectPronouns: Set<String> = ["he", "she", "it", "they", "we", "i", "you", "who", "which"]
    static let negations: Set<String> = ["not", "n't", "never", "no", "without", "neither", "nor", "won't",
                                         "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "isn't",
                                         "aren't", "wasn't", "weren't", "cannot", "can't", "couldn't", "wouldn't",
                                         "refused", "refuses", "failed", "fails", "declined", "declines"]
    static let futureMarkers: Set<String> = ["will", "'ll", "shall", "won't", "plans", "planned", "plan", "planning",
                                             "intends", "intend", "intended", "set", "expected", "scheduled", "due",
                                             "poised", "prepared", "ready", "going", "next"]
    static let hypotheticalMarkers: Set<String> = ["would", "could", "might", "may", "should", "'d", "wouldn't",
                                                   "couldn't", "if", "unless", "threatened", "threatens",
                                                   "threaten", "risk", "risks", "possible", "possibly"]
    static let prepositions: Set<String> = [
        "to", "of", "in", "on", "at", "with", "against", "from", "by", "for", "into", "over", "about",
        "toward", "towards", "between", "among", "through", "near", "than", "like", "under", "without",
        "across", "along", "around", "upon", "onto", "amid", "despite", "after", "before", "during",
    ]
    static let gerundOpeners: Set<String> = ["by", "of", "for", "after", "before", "without", "about", "from",
                                             "began", "begun", "begin", "begins", "started", "start", "starts",
                                             "continued", "continue", "continues", "stop", "stopped", "keep",
                                             "kept", "resumed", "including", "as", "while", "when", "such"]
    /// Verbs after which a noun is a predicate, not an event.
    static let copulas: Set<String> = ["become", "becomes", "became", "becoming", "is", "are", "was", "were", "be",
                                       "been", "pose", "poses", "posed", "posing", "consider", "considers",
                                       "considered", "call", "calls", "called", "deem", "deems", "deemed", "remain",
                                       "remains", "constitute", "constitutes", "represent", "represents"]
    /// Nouns an event noun can modify ("strike systems", "aid package").
    static let headNouns: Set<String> = [
        "system", "systems", "capability", "capabilities", "weapon", "weapons", "missile", "missiles", "drone",
        "drones", "aircraft", "group", "groups", "force", "unit", "units", "package", "packages", "zone", "zones",
        "program", "programme", "programs", "programmes", "plan", "plans", "capacity", "agency", "agencies", "worker",
        "workers", "convoy", "convoys", "corridor", "corridors", "deal", "campaign", "fund", "funds", "budget",
        "team", "teams", "site", "sites", "base", "bases", "victims", "law", "laws", "regime", "measures",
    ]
    /// Verbs that make an event of the noun after them ("issued a warning", "made a demand").
    static let lightVerbs: Set<String> = [
        "issue", "issued", "issues", "issuing", "make", "made", "makes", "making", "repeat", "repeated",
        "repeats", "renew", "renewed", "renews", "deliver", "delivered", "delivers", "send", "sent", "sends",
        "level", "levelled", "leveled", "voice", "voiced", "voices", "lodge", "lodged", "file", "filed",
        "submit", "submitted", "express", "expressed", "expresses", "give", "gave", "given", "reiterated",
        "sign", "signed", "signs", "reach", "reached", "strike", "struck", "announce", "announced",
    ]
    /// Speech verbs whose next noun phrase is their object ("told Tass", "warned NATO"), not a new subject.
    static let objectTakingSpeechVerbs: Set<String> = [
        "told", "tells", "tell", "warned", "warns", "warn", "urged", "urges", "accused", "accuses", "asked", "asks",
        "called", "pressed", "informed", "reminded", "assured", "advised", "cautioned", "threatened", "threatens",
    ]
    /// Quantities before "of": "dozens of protesters", "hundreds of troops".
    static let quantities: Set<String> = [
        "dozens", "hundreds", "thousands", "millions", "scores", "some", "many", "most", "several", "all", "two",
        "three", "four", "five", "ten", "group", "number", "members", "rest", "half", "part", "each", "one", "none",
    ]
    static let coordinators: Set<String> = [",", "and", "or", "&"]
    /// Words for a response in kind, which copies the act it answers.
    static let reciprocity: Set<String> = ["tit-for-tat", "reciprocal", "reciprocated", "reciprocate", "kind",
                                           "mirror", "retaliatory"]
}
