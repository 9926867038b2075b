/// Words that say nothing about what a trigger is: function words, reporting verbs, modal filler
/// ("will", "must", "any"), words that stand for any act ("act", "move", "measure": "if Tokyo
/// fails to act" says no more than who), and the vocabulary of red lines themselves ("red line", "crossed",
/// "threat"), which every claim and statement shares whatever it is about. Stored as token hashes.
enum StopWords {
    static let hashes = SortedHashes(words.map(Tokenizer.hash))

    /// Whether the token of this hash (`Tokenizer.hash` of its lowercased bytes) is a stop word.
    static func contains(hash h: UInt64) -> Bool { hashes.contains(h) }

    private static let words: [String] = """
    a about above after again against all also am an and any are as at be because been before being \
    below between both but by can cannot could did do does doing down during each even ever every few \
    for from further had has have having he her here hers herself him himself his how i if in into is \
    it its itself just me more most my myself no nor not now of off on once only or other our ours \
    ourselves out over own same she should so some such than that the their theirs them themselves \
    then there these they this those through to too under until up very was we were what when where \
    which while who whom why will with would you your yours yourself yourselves \
    shall must may might cannot could would should ought \
    said says say saying told tell tells according added adding stated stating warned warning warns \
    including include includes whether either neither upon onto within without among amid across \
    another anyone anything something someone everything nothing already still yet also ever never \
    one two three new last next first second week weeks month months year years day days today \
    mr mrs ms per via would \
    red line lines cross crosses crossed crossing threat threats threaten threatened threatening \
    consequence consequences \
    didnt dont doesnt wont isnt wasnt arent cant couldnt wouldnt shouldnt hasnt havent \
    kept keep keeps continue continues continued go goes went gone ahead make makes made take takes \
    took taken come comes came get gets got put puts called call calls \
    act acts acted acting action actions move moves moved step steps measure measures
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
}
