import RedlineText

/// Closed word classes the actor recogniser consults.
enum NameWords {
    /// Lower-case words inside personal names: "Abdullah bin Abdul Aziz", "Charles de Gaulle",
    /// "Ursula von der Leyen".
    static let nameParticles: Set<String> = [
        "bin", "ibn", "bint", "al", "el", "de", "da", "di", "del", "della", "dos", "das", "du", "van", "von", "der", "den", "la", "le", "ter",
    ]

    /// Capitalised words that do not begin or continue a person's name. Auxiliaries are among
    /// them: wire copy capitalises the word after "U.S." ("The U.S. Has said").
    static let nonNames: Set<String> = [
        "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "of", "to", "with", "by", "from", "as",
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "must", "might",
        "does", "did", "do", "be", "been", "being",
        "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our", "this", "that",
        "these", "those", "there", "here", "when", "while", "after", "before", "since", "if", "although",
        "however", "meanwhile", "last", "next", "earlier", "later", "on", "yet", "so", "still", "also",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "prof", "according", "reuters", "tass", "newsweek", "ap", "afp", "bbc", "cnn",
        "getty", "images", "photo", "file", "read", "more", "related", "share", "media", "caption", "article",
        "university", "institute", "college", "school", "center", "centre", "council", "ministry", "department",
        "agency", "service", "office", "committee", "commission", "party", "news", "post", "times", "journal",
        "what", "why", "how", "who", "which", "where", "no", "not", "all", "some", "many", "most", "both",
        "each", "every", "any", "one", "two", "three", "western", "eastern", "northern", "southern", "central",
        "north", "south", "east", "west", "day", "week", "month", "year", "today", "yesterday", "tomorrow",
        "first", "second", "third", "new", "old", "great", "big", "such", "other", "another", "several",
    ]

    /// Verbs that report speech, in the forms that follow or precede a speaker's name.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "continued", "continues", "wrote", "writes",
        "warned", "warns", "noted", "notes", "argued", "argues", "explained", "explains", "stressed", "stresses",
        "insisted", "insists", "declared", "declares", "stated", "states", "asked", "asks", "replied", "replies",
        "responded", "responds", "observed", "observes", "remarked", "remarks", "claimed", "claims", "believes",
        "believed", "thinks", "thought", "suggested", "suggests", "cautioned", "cautions", "predicted", "predicts",
        "acknowledged", "acknowledges", "conceded", "concedes", "announced", "announces", "threatened",
        "threatens", "vowed", "vows", "tweeted", "posted", "emphasized", "emphasised", "recalled", "recalls",
        "countered", "counters", "agreed", "agrees", "admitted", "admits", "estimated", "estimates",
    ]

    /// The two sets above as word classes, so that the recogniser tests a token's bit instead of
    /// hashing its form (bits 29 and 30 of the pipeline's vocabulary).
    static let nonNameClass = WordClass(bit: 29, nonNames)
    static let speechVerbClass = WordClass(bit: 30, speechVerbs)

    /// Surnames that are also common English words: a person only when the document names the
    /// person in full first ("Ban Ki-moon ... Ban said"), never a ban, a month or a verb on its own.
    static let commonWordSurnames: Set<String> = [
        "may", "ban", "mark", "said", "bush", "rice", "brown", "king", "cook", "young", "long", "hill", "gates",
        "price", "wood", "little", "white", "black", "green", "rush", "law", "rich", "hunt", "ford", "lord",
        "march", "august", "will", "chase", "sharp", "strong", "power", "best", "cash", "fox", "major", "north",
        "short", "dole", "south", "west", "east", "wright", "baker",
    ]

    /// Last words of company names: "Tonka Corp", "Ford Motor Co", "British Airways".
    static let companySuffixes: Set<String> = [
        "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "co", "co.", "corporation", "motors", "airlines", "airways",
        "ag", "gmbh", "nv", "bhd", "llc",
    ]

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// Words before a month that make it a date: "in May", "since March", "by early August".
    static let datePrepositions: Set<String> = [
        "in", "on", "since", "until", "till", "by", "from", "through", "last", "next", "early", "late", "mid",
        "mid-", "during", "of", "before", "after", "this", "that", "each", "every",
    ]

    /// Sectors of people acting as a crowd or band rather than as an institution.
    static let groupSectors: Set<String> = ["CVL", "INS", "REB", "OPP"]

    static let locativePrepositions: Set<String> = [
        "in", "near", "outside", "around", "across", "into", "at", "through", "throughout", "within",
        "toward", "towards", "via", "central", "downtown", "suburban",
    ]

    static let directions: Set<String> = [
        "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "outskirts",
        "suburbs", "centre", "center", "heart", "streets", "south-east", "south-west", "north-east", "north-west",
    ]

    /// Nouns that may follow a place name as part of a site's name ("Kherson Oblast", "Aleppo Citadel").
    static let siteNouns: Set<String> = [
        "oblast", "governorate", "county", "state", "province", "prefecture", "municipality", "area", "zone", "town",
        "village", "valley", "mountains", "mountain", "hills", "heights", "plain", "desert", "bridge", "dam", "port",
        "harbour", "harbor", "hospital", "mosque", "church", "cathedral", "temple", "shrine", "citadel", "castle", "camp",
        "base", "airbase", "prison", "plant", "refinery", "station", "stadium", "palace", "island", "islands",
        "peninsula", "bay", "strait", "sea", "river", "lake", "forest", "park", "market", "front", "corridor",
        "crossing", "border", "checkpoint", "theatre", "theater",
        "mall", "centre", "center", "highway", "road", "avenue", "boulevard", "gate", "old", "international",
    ]

    static let placeNouns: Set<String> = [
        "suburb", "suburbs", "region", "oblast", "province", "district", "airport", "square", "street",
        "metro", "residents", "city", "mayor", "court", "hotel", "office", "bureau", "correspondent",
        "stock", "exchange", "time", "marathon", "university", "zoo",
    ]
}
