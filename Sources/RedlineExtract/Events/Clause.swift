import RedlineText

/// Shallow clause structure of a sentence, enough to find the subject of a verb and the object
/// after it without a full parser.
///
/// A clause starts at the sentence start, after a complementiser ("that", "whether"), a
/// relative pronoun, a semicolon or colon, an opening quote or a subordinating conjunction
/// ("if", "when", "because"); a comma closes a fronted adverbial or subordinate clause ("Last
/// week, ...", "Even before Russia attacked, ...").
struct ClauseMap {
    /// For each token of the sentence: the offset of its clause's first token from the sentence
    /// start (low 24 bits) and the clause's flags. One array, one allocation per sentence.
    private var entries: [UInt32]
    let range: Range<Int>

    private static let offsetMask: UInt32 = 0x00FF_FFFF
    /// The clause is conditional ("if", "unless", "should X ...") or an open question ("whether").
    private static let conditionalFlag: UInt32 = 1 << 24
    /// The clause is subordinate (after "that", "if", a quote...).
    private static let subordinateFlag: UInt32 = 1 << 25
    /// The clause is temporal ("when he announced ...", "after the vote").
    private static let temporalFlag: UInt32 = 1 << 26

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
    static let conditionalMarkers = WordClass(bit: 24, ["if", "unless", "lest", "whenever", "once", "whether"])

    init(_ text: SegmentedText, sentence: Range<Int>) {
        range = sentence
        entries = Array(repeating: 0, count: sentence.count)
        var isSubordinate = false
        var isTemporal = false
        var start = sentence.lowerBound
        var openedBySubordinator = false
        var isConditional = false
        var fronted = true  // the current clause opened with an adverbial ("Last week", "In 2014")
        let bytes = text.bytes
        // The class bits, read once rather than through each static at every token.
        let complementiser = Self.complementisers.bit, subordinator = Self.subordinators.bit
        let conditionalMarker = Self.conditionalMarkers.bit, temporalMarker = Self.temporalMarkers.bit
        let classes = text.classes
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
            } else if classes[k] & complementiser != 0, k > sentence.lowerBound {
                boundary = true
                isSubordinate = true
                // "did not say whether Russian forces had attacked": an open question, closed by a comma.
                if classes[k] & conditionalMarker != 0 {
                    isConditional = true
                    openedBySubordinator = true
                }
            } else if classes[k] & subordinator != 0, k == sentence.lowerBound || text.norms[k] != "as" {
                boundary = true
                openedBySubordinator = true
                isConditional = classes[k] & conditionalMarker != 0
                isTemporal = classes[k] & temporalMarker != 0
                isSubordinate = true
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
            var entry = UInt32(truncatingIfNeeded: (boundary ? k : start) - sentence.lowerBound) & Self.offsetMask
            if isConditional { entry |= Self.conditionalFlag }
            if isSubordinate { entry |= Self.subordinateFlag }
            if isTemporal { entry |= Self.temporalFlag }
            entries[k - sentence.lowerBound] = entry
        }
    }

    /// "Last week", "In 2014", "Reportedly": words that open a fronted adverbial.
    private static func opensAdverbial(_ text: SegmentedText, _ k: Int) -> Bool {
        if text.token(k, in: adverbialStarters) { return true }
        let norm = text.norms[k].utf8
        return norm.count > 4 && norm.last == UInt8(ascii: "y") && norm.dropLast().last == UInt8(ascii: "l")
    }

    func start(of k: Int) -> Int { range.lowerBound + Int(entries[k - range.lowerBound] & Self.offsetMask) }
    func isConditional(_ k: Int) -> Bool { entries[k - range.lowerBound] & Self.conditionalFlag != 0 }
    func isSubordinate(_ k: Int) -> Bool { entries[k - range.lowerBound] & Self.subordinateFlag != 0 }
    func isTemporal(_ k: Int) -> Bool { entries[k - range.lowerBound] & Self.temporalFlag != 0 }
}
