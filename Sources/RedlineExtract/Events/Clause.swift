import RedlineText

/// Shallow clause structure of a sentence, enough to find the subject of a verb and the object
/// after it without a full parser.
///
/// A clause starts at the sentence start, after a complementiser ("that", "whether"), a
/// relative pronoun, a semicolon or colon, an opening quote or a subordinating conjunction
/// ("if", "when", "because"); a comma closes a fronted adverbial or subordinate clause ("Last
/// week, ...", "Even before Russia attacked, ...").
struct ClauseMap {
    /// For each token of the sentence, the first token of its clause.
    private(set) var clauseStart: [Int]
    /// Tokens that begin a subordinate clause (conditional or temporal).
    private(set) var subordinateStart: Set<Int> = []
    /// For each token, whether its clause is conditional ("if", "unless", "should X ...").
    private(set) var conditional: [Bool]
    /// For each token, whether its clause is subordinate (after "that", "if", a quote...).
    private(set) var subordinate: [Bool]
    /// For each token, whether its clause is temporal ("when he announced ...", "after the vote").
    private(set) var temporal: [Bool]
    let range: Range<Int>

    static let complementisers = WordClass(bit: 20, ["that", "whether", "which", "who", "whom", "whose", "where"])
    static let subordinators = WordClass(bit: 21, [
        "if", "unless", "when", "whenever", "while", "because", "although", "though", "after", "before",
        "since", "once", "until", "as", "whereas", "lest",
    ])
    /// Words that open a fronted adverbial, whose closing comma hands over to the main clause.
    static let adverbialStarters = WordClass(bit: 22, [
        "last", "next", "earlier", "later", "on", "in", "at", "after", "before", "since", "during", "even",
        "however", "meanwhile", "also", "still", "yesterday", "today", "tomorrow", "by", "for", "from", "with",
        "without", "under", "over", "amid", "despite", "following", "according", "as", "to", "this", "that",
        "then", "now", "instead", "moreover", "furthermore", "nevertheless", "separately", "previously",
        "so", "but", "and", "yet", "thus", "hence", "indeed", "of", "within", "throughout", "until",
    ])
    static let temporalMarkers = WordClass(bit: 23, ["when", "while", "after", "before", "since"])
    static let conditionalMarkers = WordClass(bit: 24, ["if", "unless", "lest", "whenever", "once"])

    init(_ text: SegmentedText, sentence: Range<Int>) {
        range = sentence
        clauseStart = Array(repeating: sentence.lowerBound, count: sentence.count)
        conditional = Array(repeating: false, count: sentence.count)
        subordinate = Array(repeating: false, count: sentence.count)
        temporal = Array(repeating: false, count: sentence.count)
        var isSubordinate = false
        var isTemporal = false
        var start = sentence.lowerBound
        var openedBySubordinator = false
        var isConditional = false
        var fronted = true  // the current clause opened with an adverbial ("Last week", "In 2014")
        let bytes = text.bytes
        for k in sentence {
            let token = text.tokens[k]
            let kind = token.kind
            // The one byte of a punctuation token (";", ":", ","), or 0.
            let mark: UInt8 = kind == .punctuation && token.end - token.start == 1 ? bytes[token.start] : 0
            var boundary = false
            if kind == .openQuote || mark == UInt8(ascii: ";") || mark == UInt8(ascii: ":") {
                boundary = true
                if kind != .openQuote { isConditional = false; isTemporal = false }
                isSubordinate = kind == .openQuote
            } else if text.token(k, in: Self.complementisers), k > sentence.lowerBound {
                boundary = true
                isSubordinate = true
            } else if text.token(k, in: Self.subordinators), k == sentence.lowerBound || text.norms[k] != "as" {
                boundary = true
                openedBySubordinator = true
                isConditional = text.token(k, in: Self.conditionalMarkers)
                isTemporal = text.token(k, in: Self.temporalMarkers)
                isSubordinate = true
                subordinateStart.insert(k)
            } else if mark == UInt8(ascii: ","), openedBySubordinator || fronted {
                // The comma after "If NATO deploys troops," or "Last week," hands over to the main clause.
                boundary = true
                openedBySubordinator = false
                isConditional = false
                isSubordinate = false
                isTemporal = false
            }
            if boundary {
                start = k + 1
                fronted = k + 1 < sentence.upperBound && Self.opensAdverbial(text, k + 1)
            } else if k == sentence.lowerBound {
                fronted = Self.opensAdverbial(text, k)
            }
            clauseStart[k - sentence.lowerBound] = boundary ? k : start
            conditional[k - sentence.lowerBound] = isConditional
            subordinate[k - sentence.lowerBound] = isSubordinate
            temporal[k - sentence.lowerBound] = isTemporal
        }
    }

    /// "Last week", "In 2014", "Reportedly": words that open a fronted adverbial.
    private static func opensAdverbial(_ text: SegmentedText, _ k: Int) -> Bool {
        if text.token(k, in: adverbialStarters) { return true }
        let norm = text.norms[k].utf8
        return norm.count > 4 && norm.last == UInt8(ascii: "y") && norm.dropLast().last == UInt8(ascii: "l")
    }

    func start(of k: Int) -> Int { clauseStart[k - range.lowerBound] }
    func isConditional(_ k: Int) -> Bool { conditional[k - range.lowerBound] }
    func isSubordinate(_ k: Int) -> Bool { subordinate[k - range.lowerBound] }
    func isTemporal(_ k: Int) -> Bool { temporal[k - range.lowerBound] }
}
