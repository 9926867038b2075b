import RedlineCore
import RedlineText

/// A candidate expression: tokens `start..<end` and what they resolve to.
struct DateMatch {
    var start: Int
    var end: Int
    var value: Day?
    var precision: DatePrecision?
    var relative: Bool
}

/// One left-to-right pass of `DateRecognizer` over a text.
///
/// Matchers live in `DateScanner+Calendar.swift` (dates written out) and
/// `DateScanner+Relative.swift` (dates read against publication or an earlier date). They never
/// look past the current sentence, and every token read goes through `norm(_:)` or `token(_:)`,
/// which count it in `probes`.
struct DateScanner {
    let tokens: [Token]
    let norms: [String]
    /// The word-class bits of each token (``SegmentedText/classes``), and whether segmentation set
    /// them: without the pipeline's vocabulary every token is looked up.
    let classes: [UInt64]
    let isTagged: Bool
    let sentences: [Sentence]
    let sentenceOfToken: [Int32]
    let resolver: DateResolver
    let bareYears: ClosedRange<Int>

    /// The current sentence's first token and the token after its last.
    var sentenceStart = 0
    var limit = 0
    /// Token end of the last expression found, for "between 2014 and 2022".
    var lastEnd = -1
    /// The latest resolved value at each precision or finer (day, week, month, year), the anchors of
    /// "the next day", "a month later".
    var anchors: [Day?] = [nil, nil, nil, nil]
    /// The year of the last full date ("March 18, 2014", "December 2021") in the current sentence;
    /// a bare year ("since 2014") does not count, as it often frames rather than dates.
    var sentenceYear: Int?
    var found: [DateAnnotation] = []
    var probes = 0

    init(text: SegmentedText, resolver: DateResolver, bareYears: ClosedRange<Int>) {
        tokens = text.tokens
        norms = text.norms
        classes = text.classes
        isTagged = text.isTagged
        sentences = text.sentences
        sentenceOfToken = text.sentenceOfToken
        self.resolver = resolver
        self.bareYears = bareYears
    }

    mutating func run() {
        var i = 0
        while i < tokens.count {
            let sentence = sentences[Int(sentenceOfToken[i])].tokens
            if sentence.lowerBound != sentenceStart { sentenceYear = nil }
            sentenceStart = sentence.lowerBound
            limit = sentence.upperBound
            if let match = match(at: i, framed: false) {
                emit(match)
                i = max(match.end, i + 1)
            } else {
                i += 1
            }
        }
    }

    /// The expression starting at token `i`, if any. `framed` says a part word ("early", "mid",
    /// "late") comes before, which is context enough for "May" or a bare year.
    mutating func match(at i: Int, framed: Bool) -> DateMatch? {
        guard let token = token(i) else { return nil }
        let norm = norms[i]
        switch token.kind {
        case .number:
            return number(at: i, framed: framed)
        case .word:
            if DateNumerals.startsWithDigit(norm) { return numeral(at: i, framed: framed) }
            if isTagged, classes[i] & DateVocabulary.articles.bit != 0, !opensDateAfterArticle(i + 1) { return nil }
            if !isTagged || classes[i] & DateVocabulary.wordClass.bit != 0, norm.utf8.count <= DateVocabulary.longestWord, let word = DateVocabulary.words[norm] {
                return vocabulary(word, at: i, framed: framed)
            }
            if Self.hasMidPrefix(norm) { return midCompound(at: i) }
            return nil
        default:
            return nil
        }
    }

    private mutating func vocabulary(_ word: DateVocabulary.Word, at i: Int, framed: Bool) -> DateMatch? {
        switch word {
        case .month(let month, let ambiguous):
            return monthFirst(at: i, month: month, abbreviated: false, ambiguous: ambiguous, framed: framed, weekday: nil)
        case .monthAbbreviation(let month):
            return monthFirst(at: i, month: month, abbreviated: true, ambiguous: true, framed: framed, weekday: nil)
        case .weekday(let day):
            return weekday(at: i, day, abbreviated: false, framed: framed)
        case .weekdayAbbreviation(let day):
            return weekday(at: i, day, abbreviated: true, framed: framed)
        case .deictic(let offset):
            return deictic(at: i, offset: offset)
        case .shift(let shift):
            return shifted(at: i, shift: shift)
        case .part:
            return framed ? nil : part(at: i)
        case .aside:
            return framed ? nil : aside(at: i)
        case .the:
            return framed ? nil : definite(at: i)
        case .count(let count):
            return framed ? nil : offset(at: i, count: count)
        case .vague:
            return framed ? nil : vagueOffset(start: i, unitAt: i + 1)
        case .unit(_, let plural):
            return framed || !plural ? nil : vagueOffset(start: i, unitAt: i)
        case .anaphor:
            return framed ? nil : anaphoric(at: i)
        }
    }

    private mutating func emit(_ match: DateMatch) {
        var start = match.start
        // "on" belongs to the expression, as in the contract's "On April 13".
        if start - 1 >= max(sentenceStart, lastEnd), norm(start - 1) == "on" { start -= 1 }
        let bytes = tokens[start].start..<tokens[match.end - 1].end
        found.append(DateAnnotation(
            tokens: start..<match.end, bytes: bytes, sentence: Int(sentenceOfToken[start]),
            value: match.value, precision: match.precision, relative: match.relative))
        lastEnd = match.end
        if let value = match.value, let precision = match.precision {
            for rank in Self.rank(of: precision)..<anchors.count { anchors[rank] = value }
            if !match.relative, precision == .day || precision == .month { sentenceYear = value.year }
        }
    }

    // MARK: Reading tokens

    /// The comparison form of token `k`, or "" outside the current sentence.
    mutating func norm(_ k: Int) -> String {
        probes += 1
        return k >= sentenceStart && k < limit ? norms[k] : ""
    }

    /// Token `k`, or nil outside the current sentence.
    mutating func token(_ k: Int) -> Token? {
        probes += 1
        return k >= sentenceStart && k < limit ? tokens[k] : nil
    }

    /// Whether token `k` ends the clause an expression sits in: "the day before." but not "the
    /// day before the vote", which is dated by the vote.
    mutating func endsClause(_ k: Int) -> Bool {
        guard let t = token(k) else { return true }
        switch t.kind {
        case .punctuation: return norms[k] != "(" && norms[k] != "["
        case .closeQuote, .dash: return true
        case .word: return norms[k] == "and" || norms[k] == "but" || norms[k] == "that"
        default: return false
        }
    }

    /// Whether the clause before token `i` points forward ("talks will resume on Wednesday",
    /// "results will be announced on Friday"), looking back at most eight tokens and not past a
    /// reporting verb, a comma or a past form ("will never forget what happened on Feb. 24").
    mutating func futureCue(before i: Int) -> Bool {
        var k = i - 1
        while k >= max(sentenceStart, i - 8) {
            let word = norm(k)
            if DateVocabulary.futureCues.contains(word) { return true }
            if tokens[k].isQuote { return false }
            let passive = k > sentenceStart && norms[k - 1] == "be"  // "will be announced"
            if !passive, DateVocabulary.clauseBreaks.contains(word) || Self.looksPast(word) { return false }
            k -= 1
        }
        return false
    }

    /// A word ending in "-ed" ("happened", "signed"): past, unless a "be" before it makes it a
    /// future passive.
    static func looksPast(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count > 4 else { return false }
        var tail = bytes.reversed().makeIterator()
        return tail.next() == 0x64 && tail.next() == 0x65
    }

    /// Whether token `i`, capitalised, continues a name: "Bloody Sunday", "Russia Today".
    mutating func continuesName(_ i: Int) -> Bool {
        guard i - 1 > sentenceStart, let prev = token(i - 1), prev.kind == .word, prev.isCapitalized else { return false }
        let word = norms[i - 1]
        return !DateVocabulary.periodContext.contains(word) && DateVocabulary.words[word] == nil
            && word != "on" && word != "and" && word != "or"
    }

    /// Whether a word before token `i` makes it a period: "in May", "until March", or a second
    /// period after the one just found ("between April and May").
    mutating func hasPeriodContext(_ i: Int) -> Bool {
        let prev = norm(i - 1)
        if DateVocabulary.periodContext.contains(prev) { return true }
        return lastEnd == i - 1 && DateVocabulary.continuation.contains(prev)
    }

    /// An anchored expression ("the next day", "a month later"): `count` units from the latest
    /// date at least as precise as the unit.
    func anchored(_ unit: DateVocabulary.Unit, by count: Int, start: Int, end: Int) -> DateMatch {
        let precision = DateResolver.precision(of: unit)
        let value = anchors[Self.rank(of: precision)].map { DateResolver.shifted($0, unit: unit, by: count) }
        return DateMatch(start: start, end: end, value: value, precision: precision, relative: true)
    }

    static func rank(of precision: DatePrecision) -> Int {
        switch precision {
        case .day: 0
        case .week: 1
        case .month: 2
        case .year: 3
        }
    }

    /// Whether token `k`, after "the", "a" or "an", can continue a date: a calendar word, a
    /// number ("the 21st") or "following", "previous", "preceding", "same".
    private func opensDateAfterArticle(_ k: Int) -> Bool {
        guard k < limit else { return false }
        if classes[k] & DateVocabulary.wordClass.bit != 0 { return true }
        let norm = norms[k]
        return DateNumerals.startsWithDigit(norm) || DateVocabulary.definiteFollowers.contains(norm)
    }

    static func hasMidPrefix(_ norm: String) -> Bool {
        var iterator = norm.utf8.makeIterator()
        return iterator.next() == 0x6D && iterator.next() == 0x69 && iterator.next() == 0x64 && iterator.next() == 0x2D
    }
}
