import RedlineCore

/// Dates written out: "February 24, 2022", "24 Feb. 2022", "the 13th of April", "December 2021",
/// "in May", "since 2014", "2022-02-24", "the 1990s", "mid-January", "Monday, Feb. 21".
extension DateScanner {
    /// A month name at `i`, then a day ("Feb. 24, 2022"), a year ("December 2021") or nothing
    /// ("in May"). With `weekday` set, only a day will do ("Monday, Feb. 21").
    mutating func monthFirst(at i: Int, month: Int, abbreviated: Bool, ambiguous: Bool, framed: Bool,
                             weekday: Int?) -> DateMatch? {
        guard let token = token(i), token.isCapitalized || !ambiguous else { return nil }
        if ambiguous, !abbreviated, continuesName(i) { return nil }  // "Theresa May", "Brian May"
        var j = i + 1
        if abbreviated, norm(j) == "." { j += 1 }
        if let day = dayNumber(at: j) {
            var k = j + 1
            if norm(k) == "," { k += 1 }
            if let year = explicitYear(at: k) {
                return DateMatch(start: i, end: k + 1, value: Day(year: year, month: month, day: day),
                                 precision: .day, relative: false)
            }
            return yearless(month: month, day: day, weekday: weekday, start: i, end: j + 1)
        }
        guard weekday == nil else { return nil }
        if let year = explicitYear(at: j) {
            return DateMatch(start: i, end: j + 1, value: Day(year: year, month: month, day: 1), precision: .month, relative: false)
        }
        if norm(j) == "of", let year = explicitYear(at: j + 1) {
            return DateMatch(start: i, end: j + 2, value: Day(year: year, month: month, day: 1), precision: .month, relative: false)
        }
        // "February last year", "in March this year".
        if case .shift(let shift)? = DateVocabulary.words[norm(j)], norm(j + 1) == "year" {
            let value = resolver.published.flatMap { Day(year: $0.year + shift, month: month, day: 1) }
            return DateMatch(start: i, end: j + 2, value: value, precision: .month, relative: true)
        }
        if abbreviated { return nil }
        if ambiguous, !framed, !hasPeriodContext(i) { return nil }
        return yearless(month: month, start: i, end: i + 1)
    }

    /// A day number at `i` followed by a month: "24 February 2022", "13th of April", "23-24 Feb".
    mutating func dayFirst(at i: Int, start: Int, weekday: Int?) -> DateMatch? {
        guard let day = dayNumber(at: i) else { return nil }
        var j = i + 1
        if norm(j) == "of" { j += 1 }
        guard let token = token(j), let word = DateVocabulary.words[norms[j]] else { return nil }
        let month: Int
        var abbreviated = false
        switch word {
        case .month(let m, let ambiguous):
            guard token.isCapitalized || !ambiguous else { return nil }
            month = m
        case .monthAbbreviation(let m):
            guard token.isCapitalized else { return nil }
            month = m
            abbreviated = true
        default:
            return nil
        }
        var k = j + 1
        if abbreviated, norm(k) == "." { k += 1 }
        if norm(k) == "," { k += 1 }
        if let year = explicitYear(at: k) {
            return DateMatch(start: start, end: k + 1, value: Day(year: year, month: month, day: day),
                             precision: .day, relative: false)
        }
        return yearless(month: month, day: day, weekday: weekday, start: start, end: j + 1)
    }

    /// A number token at `i`: a day before a month, a year in a date context, a dotted date
    /// "24.02.2022", or the count of an offset ("30 days later").
    mutating func number(at i: Int, framed: Bool) -> DateMatch? {
        let text = norms[i]
        if DateNumerals.dayOfMonth(text) != nil, let match = dayFirst(at: i, start: i, weekday: nil) { return match }
        if let year = DateNumerals.year(text), bareYears.contains(year), isYear(at: i, framed: framed) {
            return DateMatch(start: i, end: i + 1, value: Day(year: year, month: 1, day: 1), precision: .year, relative: false)
        }
        if let date = DateNumerals.numericDate(text) {
            return DateMatch(start: i, end: i + 1, value: Day(year: date.year, month: date.month, day: date.day),
                             precision: .day, relative: false)
        }
        if !framed, let count = DateNumerals.integer(text, maxDigits: 3), count > 0 { return offset(at: i, count: count) }
        return nil
    }

    /// A word token starting with a digit: "13th April", "2022-02-24", "24/02/2022", "1990s",
    /// "2014-2022".
    mutating func numeral(at i: Int, framed: Bool) -> DateMatch? {
        let text = norms[i]
        if DateNumerals.dayOfMonth(text) != nil, let match = dayFirst(at: i, start: i, weekday: nil) { return match }
        if let date = DateNumerals.numericDate(text) {
            return DateMatch(start: i, end: i + 1, value: Day(year: date.year, month: date.month, day: date.day),
                             precision: .day, relative: false)
        }
        if let year = DateNumerals.decade(text) ?? DateNumerals.yearRange(text), bareYears.contains(year) {
            return DateMatch(start: i, end: i + 1, value: Day(year: year, month: 1, day: 1), precision: .year, relative: false)
        }
        return nil
    }

    /// "mid-January", "mid-January 2022", "mid-2021", "mid-1990s".
    mutating func midCompound(at i: Int) -> DateMatch? {
        let rest = String(decoding: norms[i].utf8.dropFirst(4), as: UTF8.self)
        if case .month(let month, _)? = DateVocabulary.words[rest] {
            if let year = explicitYear(at: i + 1) {
                return DateMatch(start: i, end: i + 2, value: Day(year: year, month: month, day: 1), precision: .month, relative: false)
            }
            return yearless(month: month, start: i, end: i + 1)
        }
        if let year = DateNumerals.year(rest) ?? DateNumerals.decade(rest), bareYears.contains(year) {
            return DateMatch(start: i, end: i + 1, value: Day(year: year, month: 1, day: 1), precision: .year, relative: false)
        }
        return nil
    }

    /// A weekday at `i`: with an explicit date after it ("Monday, Feb. 21"), one expression that
    /// the date resolves; alone ("on Wednesday", "Tuesday night"), the nearest such day.
    mutating func weekday(at i: Int, _ weekday: Int, abbreviated: Bool, framed: Bool) -> DateMatch? {
        if i > sentenceStart, DateVocabulary.weekdayGenerics.contains(norm(i - 1)) { return nil }
        if !framed, continuesName(i) { return nil }
        var j = i + 1
        if abbreviated, norm(j) == "." { j += 1 }
        if norm(j) == "," { j += 1 }
        if let t = token(j) {
            var dated: DateMatch?
            switch DateVocabulary.words[norms[j]] {
            case .month(let month, let ambiguous)?:
                dated = monthFirst(at: j, month: month, abbreviated: false, ambiguous: ambiguous, framed: true, weekday: weekday)
            case .monthAbbreviation(let month)?:
                dated = monthFirst(at: j, month: month, abbreviated: true, ambiguous: true, framed: true, weekday: weekday)
            default:
                if t.kind == .number || DateNumerals.isOrdinal(norms[j]) {
                    dated = dayFirst(at: j, start: j, weekday: weekday)
                }
            }
            if var dated, dated.precision == .day {
                dated.start = i
                return dated
            }
        }
        if abbreviated { return nil }
        var end = i + 1
        let next = norm(end)
        if let t = token(end), t.isCapitalized, DateVocabulary.weekdayNameFollowers.contains(next) { return nil }
        if DateVocabulary.timesOfDay.contains(next) { end += 1 }
        return DateMatch(start: i, end: end, value: resolver.weekday(weekday, future: futureCue(before: i)),
                         precision: .day, relative: true)
    }

    // MARK: Dates without a year

    /// A day named without a year takes the year of a full date earlier in its sentence ("On
    /// March 18, 2014, Putin signed; on March 21 the Duma ratified"); otherwise it is read
    /// against publication.
    mutating func yearless(month: Int, day: Int, weekday: Int?, start: Int, end: Int) -> DateMatch {
        if let sentenceYear {
            return DateMatch(start: start, end: end, value: Day(year: sentenceYear, month: month, day: day),
                             precision: .day, relative: false)
        }
        let value = resolver.day(month: month, day: day, future: futureCue(before: start), weekday: weekday)
        return DateMatch(start: start, end: end, value: value, precision: .day, relative: true)
    }

    /// A month named without a year ("in June", "mid-January"), by the same rule.
    mutating func yearless(month: Int, start: Int, end: Int) -> DateMatch {
        if let sentenceYear {
            return DateMatch(start: start, end: end, value: Day(year: sentenceYear, month: month, day: 1),
                             precision: .month, relative: false)
        }
        return DateMatch(start: start, end: end, value: resolver.month(month, future: futureCue(before: start)),
                         precision: .month, relative: true)
    }

    // MARK: Numbers in context

    /// The day of month at `k`, unless a quantity follows ("In March 2 million people fled").
    mutating func dayNumber(at k: Int) -> Int? {
        guard let t = token(k), t.kind == .number || t.kind == .word, let day = DateNumerals.dayOfMonth(norms[k]) else {
            return nil
        }
        return DateVocabulary.quantityNouns.contains(norm(k + 1)) ? nil : day
    }

    /// A four-digit year at `k` that completes a month or a day ("February 24, 2022").
    mutating func explicitYear(at k: Int) -> Int? {
        guard let t = token(k), t.kind == .number, let year = DateNumerals.year(norms[k]), (1000...2999).contains(year),
              !DateVocabulary.quantityNouns.contains(norm(k + 1)) else { return nil }
        return year
    }

    /// Whether the four-digit number at `i` is a year by its context: "in 2014", "since 2014",
    /// "the end of 2021", "the 2014 annexation", "between 2014 and 2022", "late 2021"; not
    /// "2022 people" or "a total of 2022 troops".
    mutating func isYear(at i: Int, framed: Bool) -> Bool {
        let nextToken = token(i + 1)
        if DateVocabulary.quantityNouns.contains(norm(i + 1)) { return false }
        if framed { return true }
        guard let prevToken = token(i - 1) else { return false }
        let prev = norms[i - 1]
        if prev == "of" {
            if DateVocabulary.periodNouns.contains(norm(i - 2)) { return true }
            guard let nextToken else { return true }
            return nextToken.kind != .word || nextToken.isCapitalized
        }
        if DateVocabulary.periodContext.contains(prev) { return true }
        if lastEnd == i - 1, DateVocabulary.continuation.contains(prev) { return true }
        if DateVocabulary.determiners.contains(prev) || prevToken.kind == .possessive {
            return nextToken?.kind == .word
        }
        return false
    }
}
