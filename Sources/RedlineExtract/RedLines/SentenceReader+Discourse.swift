import RedlineCore
import RedlineText

/// Discourse filters: sentences that carry a cue but state no one's line. Page furniture and
/// headlines, a speaker's guess or forecast, the writer's own hedged expectation, a question, a
/// denied line, and a mention of someone's line that says nothing of its content.
extension SentenceReader {
    /// A headline, a section heading or a caption line: no closing punctuation, and nearly every
    /// content word capitalised ("President Putin's Red Line of Warning to The Western Powers").
    var isHeading: Bool {
        var end = range.upperBound
        while end > range.lowerBound, text.tokens[end - 1].isQuote { end -= 1 }
        guard end > range.lowerBound else { return true }
        let last = text.tokens[end - 1]
        if last.kind == .punctuation, last.end - last.start == 1,
           [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(text.bytes[last.start]) {
            return false
        }
        var words = 0, capitalised = 0
        for k in range where text.tokens[k].kind == .word && !Self.minorWords.contains(text.norms[k]) {
            words += 1
            let b = text.bytes[text.tokens[k].start]
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { capitalised += 1 }
        }
        return words >= 3 && capitalised * 5 >= words * 4
    }

    private static let minorWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "with", "at", "by", "from", "as", "over", "into",
    ]

    /// A guess, a view or a forecast ("My guess is ...", "I think the president will ...", "He
    /// predicted the United States would respond ..."): what someone expects is no warning.
    /// Only words before the cue count, and the speaker's own "I think" in a quote counts too.
    func isSpeculation(cue: Int) -> Bool {
        let before = range.lowerBound..<min(range.upperBound, cue + 1)
        return cues.speculation.contains(text.words, in: before)
    }

    /// The writer's own hedged expectation: no one is quoted or reported in the sentence and a
    /// hedge ("could", "might", "of course") governs the cue ("Iran could also retaliate if its
    /// troops are hit", "any misstep by either side could lead to war").
    func isWritersGuess(cue: Int) -> Bool {
        if c.speaker(of: cue) != nil || c.isDirectQuote(cue) { return false }
        if reportingVerb != nil { return false }
        if range.contains(where: { text.tokens[$0].isQuote }) { return false }
        let window = max(clause.start(of: cue), cue - 6)..<min(range.upperBound, cue + 2)
        return cues.hedges.contains(text.words, in: window)
    }

    /// A warning denied or only recommended: "West Germany has never threatened Tokyo with
    /// sanctions", "Washington should also threaten to blockade the ports".
    func isWarningDeniedOrAdvised(cue: Int) -> Bool {
        guard let verb = (range.lowerBound...min(cue, range.upperBound - 1)).last(where: {
            cues.warningVerbs.contains(text.words[$0]) && text.tokens[$0].kind == .word
        }) else { return false }
        for k in max(range.lowerBound, verb - 3)..<verb {
            let norm = text.norms[k]
            if ["never", "not", "should", "ought", "shouldn't"].contains(norm) || norm.hasSuffix("n't") { return true }
            if text.tokens[k].kind == .punctuation { return false }
        }
        return false
    }

    /// Commentary: the sentence reports what analysts, economists, traders or diplomats said, who
    /// speak for no one ("Most analysts said Japanese exporters would be hard hit if ...", "...,
    /// Western diplomats said"). A commentator right before a reporting verb of the sentence marks
    /// it; a state or an official named as the speaker does not.
    func isCommentatorsView(cue: Int) -> Bool {
        for k in range where text.token(k, in: SpeechVerbs.reporting) {
            var j = k - 1
            // "analysts have said", "economists also said"
            while j > range.lowerBound, ["have", "has", "had", "also", "further", "generally"].contains(text.norms[j]) { j -= 1 }
            guard j >= range.lowerBound, Self.commentators.contains(text.norms[j]) else { continue }
            // "government sources said" is the government's voice; "industry sources" are not.
            if text.norms[j] == "sources", j == range.lowerBound || !Self.privateSources.contains(text.norms[j - 1]) { continue }
            // "..., analysts said" or "analysts said ...": the commentator is the speaker unless a
            // state's voice is quoted beside it ("Iran said, according to analysts").
            if c.speaker(of: cue) == nil { return true }
        }
        return false
    }

    private static let commentators: Set<String> = [
        "analyst", "analysts", "economist", "economists", "expert", "experts", "dealer", "dealers", "trader", "traders",
        "observer", "observers", "diplomats", "commentator", "commentators", "broker", "brokers", "strategist",
        "strategists", "sources", "columnist", "columnists", "academics", "scholars", "pundits",
    ]

    private static let privateSources: Set<String> = [
        "industry", "trade", "market", "banking", "financial", "oil", "shipping", "company", "business",
    ]

    /// What a question asks about: "Asked by reporters if Japan was expected to retaliate, the
    /// under-secretary replied ...", "asked whether Washington would respond": the cue lies in the
    /// clause of "if" or "whether" after a word of asking, and nothing but that clause's words
    /// stand between them.
    func isAskedAbout(cue: Int) -> Bool {
        guard let open = (range.lowerBound..<cue).last(where: { ["if", "whether"].contains(text.norms[$0]) }),
              (max(range.lowerBound, open - 5)..<open).contains(where: { Self.askingWords.contains(text.norms[$0]) })
        else { return false }
        return !((open + 1)..<cue).contains { text.tokens[$0].kind == .punctuation }
    }

    private static let askingWords: Set<String> = [
        "asked", "ask", "asks", "asking", "question", "questioned", "wondered", "wonder", "wonders", "queried",
    ]

    /// A denied line: a negation shortly before the cue with a verb of drawing between ("I don't
    /// draw red lines", "has never set a red line", "there are no red lines"); a prohibition on
    /// crossing ("must not cross the red line") is no denial.
    func isDeniedLine(cue: Int) -> Bool {
        let window = max(range.lowerBound, cue - 5)..<cue
        guard let negation = window.last(where: { text.token($0, in: WordClasses.negations) && !["without", "failed", "fails"].contains(text.norms[$0]) })
        else { return false }
        let between = (negation + 1)..<cue
        if between.contains(where: { text.tokens[$0].kind == .punctuation || cues.crossingVerbs.contains(text.words[$0]) }) { return false }
        if text.norms[negation] == "no" && between.allSatisfy({ text.norms[$0] == "red" || text.tokens[$0].isQuote }) { return true }
        return between.contains { Self.drawingVerbs.contains(text.norms[$0]) }
    }

    private static let drawingVerbs: Set<String> = [
        "draw", "draws", "drew", "drawn", "drawing", "set", "sets", "setting", "have", "has", "had", "issue", "issued",
        "establish", "established", "impose", "imposed", "lay", "laid", "want", "wanted", "see", "saw",
    ]

    /// "Russia's 'red lines' Russia has denied ...", "Ukraine: Russia's 'red line' meetings ...": a
    /// line named by its owner alone, with nothing after it that tells what it is (no "on",
    /// "over", "against", no verb that says what it is), is a mention, not a declaration.
    func isOwnedLineWithoutContent(_ cue: Range<Int>) -> Bool {
        var b = cue.lowerBound - 1
        while b >= range.lowerBound, text.tokens[b].isQuote { b -= 1 }
        guard b >= range.lowerBound, text.tokens[b].kind == .possessive || text.norms[b].hasSuffix("'s") else { return false }
        var a = cue.upperBound
        while a < range.upperBound, text.tokens[a].isQuote { a += 1 }
        guard a < range.upperBound else { return true }
        if text.tokens[a].kind == .punctuation { return false }
        if Self.lineComplements.contains(text.norms[a]) || text.token(a, in: WordClasses.beForms) || text.token(a, in: WordClasses.modals)
            || text.token(a, in: WordClasses.haveForms) { return false }
        // A word that is no verb follows: the line's name runs into the next words.
        let b0 = text.bytes[text.tokens[a].start]
        let capitalised = b0 >= UInt8(ascii: "A") && b0 <= UInt8(ascii: "Z")
        return capitalised || text.norms[a].hasSuffix("s") && !text.norms[a].hasSuffix("ss")
    }

    private static let lineComplements: Set<String> = [
        "on", "over", "against", "about", "for", "regarding", "concerning", "that", "of", "with", "in", "around", "-", ":",
    ]
}
