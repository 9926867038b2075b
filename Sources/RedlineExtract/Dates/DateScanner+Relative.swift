import RedlineCore

/// Dates read against publication ("yesterday", "last week", "last November", "three days ago")
/// or against an earlier date of the text ("the next day", "a week later").
extension DateScanner {
    /// "today", "yesterday", "tomorrow", "tonight", with a part of the day after them.
    mutating func deictic(at i: Int, offset: Int) -> DateMatch? {
        guard let token = token(i) else { return nil }
        // Capitalised after a capitalised word, it names something: "Russia Today", "USA Today".
        if token.isCapitalized, i > sentenceStart, let prev = self.token(i - 1), prev.kind == .word, prev.isCapitalized,
           !DateVocabulary.periodContext.contains(norms[i - 1]), norms[i - 1] != "on" {
            return nil
        }
        var end = i + 1
        if DateVocabulary.timesOfDay.contains(norm(end)) { end += 1 }
        return DateMatch(start: i, end: end, value: resolver.published?.adding(days: offset), precision: .day, relative: true)
    }

    /// "last"/"this"/"next" with a period ("last week", "this past weekend"), a weekday ("last
    /// Thursday"), a month ("last November"), or a part of the day ("last night", "this morning").
    /// After "the" these are spans of time ("over the last week"), not dates.
    mutating func shifted(at i: Int, shift: Int) -> DateMatch? {
        if i > sentenceStart, norm(i - 1) == "the" { return nil }
        var shift = shift
        var j = i + 1
        if shift == 0, norm(j) == "past" {
            shift = -1
            j += 1
        }
        let next = norm(j)
        switch DateVocabulary.words[next] {
        case .unit(let unit, plural: false)? where unit != .day:
            return DateMatch(start: i, end: j + 1, value: resolver.period(unit, shift: shift),
                             precision: DateResolver.precision(of: unit), relative: true)
        case .weekday(let weekday)?:
            var end = j + 1
            if DateVocabulary.timesOfDay.contains(norm(end)) { end += 1 }
            return DateMatch(start: i, end: end, value: resolver.weekday(weekday, shift: shift), precision: .day, relative: true)
        case .month(let month, let ambiguous)?:
            guard let token = token(j), token.isCapitalized || !ambiguous else { return nil }
            return DateMatch(start: i, end: j + 1, value: resolver.month(month, shift: shift), precision: .month, relative: true)
        default:
            break
        }
        if shift == -1, next == "night" || next == "evening" {
            return DateMatch(start: i, end: j + 1, value: resolver.published?.adding(days: -1), precision: .day, relative: true)
        }
        if shift == 0, DateVocabulary.timesOfDay.contains(next) {
            return DateMatch(start: i, end: j + 1, value: resolver.published, precision: .day, relative: true)
        }
        return nil
    }

    /// "early", "mid", "late" before a period: "early November 2021", "late 2021", "in early May",
    /// "late last year", "late Monday", "early on Friday".
    mutating func part(at i: Int) -> DateMatch? {
        // "late on April 14", "early on Friday": a part of one day.
        if norm(i + 1) == "on" {
            guard var inner = match(at: i + 2, framed: true), inner.precision == .day else { return nil }
            inner.start = i
            return inner
        }
        guard var inner = match(at: i + 1, framed: true) else { return nil }
        inner.start = i
        return inner
    }

    /// "earlier"/"later" before a shifted period or a day ("earlier this month", "later today",
    /// "later that day", "later the same day").
    mutating func aside(at i: Int) -> DateMatch? {
        let next = norm(i + 1)
        if next == "that", let unit = DateVocabulary.unit(norm(i + 2)), !unit.plural {
            return anchored(unit.unit, by: 0, start: i, end: i + 3)
        }
        if next == "the", norm(i + 2) == "same", let unit = DateVocabulary.unit(norm(i + 3)), !unit.plural {
            return anchored(unit.unit, by: 0, start: i, end: i + 4)
        }
        switch DateVocabulary.words[next] {
        case .shift?, .deictic?, .weekday?:
            guard var inner = match(at: i + 1, framed: true) else { return nil }
            inner.start = i
            return inner
        default:
            return nil
        }
    }

    /// Expressions opened by "the": "the 13th of April", "the next day", "the following week",
    /// "the same day", "the day before", "the day after tomorrow", "over the weekend".
    mutating func definite(at i: Int) -> DateMatch? {
        let next = norm(i + 1)
        if DateNumerals.isOrdinal(next) { return dayFirst(at: i + 1, start: i, weekday: nil) }
        switch next {
        case "next", "following", "previous", "preceding", "same":
            let shift = next == "same" ? 0 : next == "previous" || next == "preceding" ? -1 : 1
            let following = norm(i + 2)
            if shift == 1, DateVocabulary.timesOfDay.contains(following) {
                return anchored(.day, by: 1, start: i, end: i + 3)  // "the next morning"
            }
            guard let unit = DateVocabulary.unit(following), !unit.plural else { return nil }
            // "the next week" is mostly a span ("over the next week"); "the next day" is a date.
            if next == "next", unit.unit != .day { return nil }
            return anchored(unit.unit, by: shift, start: i, end: i + 3)
        case "day":
            let relation = norm(i + 2)
            guard relation == "before" || relation == "after" else { return nil }
            let shift = relation == "before" ? -1 : 1
            let after = norm(i + 3)
            if (shift == -1 && after == "yesterday") || (shift == 1 && after == "tomorrow") {
                return DateMatch(start: i, end: i + 4, value: resolver.published?.adding(days: 2 * shift),
                                 precision: .day, relative: true)
            }
            guard endsClause(i + 3) else { return nil }  // "the day before the vote" is dated by the vote
            return anchored(.day, by: shift, start: i, end: i + 3)
        case "weekend":
            let before = i > sentenceStart ? norm(i - 1) : ""
            guard before == "over" || before == "at" || before == "during" || before == "on" else { return nil }
            let value = futureCue(before: i) ? resolver.period(.week, shift: 0) : resolver.recentWeekend()
            return DateMatch(start: i, end: i + 2, value: value, precision: .week, relative: true)
        default:
            return nil
        }
    }

    /// "that day", "that night", "that week": the period of the latest date told, at the unit's
    /// precision. "that" must be followed by the unit and no more of a noun phrase ("that day's
    /// vote" still counts; "that year-end report" is one word and never matches).
    mutating func anaphoric(at i: Int) -> DateMatch? {
        let next = norm(i + 1)
        if DateVocabulary.timesOfDay.contains(next) { return anchored(.day, by: 0, start: i, end: i + 2) }
        guard let unit = DateVocabulary.unit(next), !unit.plural, unit.unit != .weekend else { return nil }
        return anchored(unit.unit, by: 0, start: i, end: i + 2)
    }

    /// A counted offset: "three days ago" (from publication), "two weeks later", "a day
    /// earlier" (from the last date of the text); "a few days ago" has no value.
    mutating func offset(at i: Int, count: Int) -> DateMatch? {
        if count == 1, norm(i + 1) == "few" { return vagueOffset(start: i, unitAt: i + 2) }
        guard let unit = DateVocabulary.unit(norm(i + 1)) else { return nil }
        let relation = norm(i + 2)
        switch relation {
        case "ago":
            return DateMatch(start: i, end: i + 3, value: resolver.ago(count, unit.unit),
                             precision: DateResolver.precision(of: unit.unit), relative: true)
        case "later", "earlier":
            return anchored(unit.unit, by: relation == "later" ? count : -count, start: i, end: i + 3)
        case "after", "before":
            guard endsClause(i + 3) else { return nil }
            return anchored(unit.unit, by: relation == "after" ? count : -count, start: i, end: i + 3)
        default:
            return nil
        }
    }

    /// "days earlier", "several weeks later", "a few days ago": relative, but no day can be told.
    mutating func vagueOffset(start: Int, unitAt k: Int) -> DateMatch? {
        guard let unit = DateVocabulary.unit(norm(k)), unit.plural else { return nil }
        switch norm(k + 1) {
        case "ago", "later", "earlier":
            return DateMatch(start: start, end: k + 2, value: nil, precision: nil, relative: true)
        default:
            return nil
        }
    }
}
