import RedlineCore

/// Turns what an expression says ("February 24", "last November", "on Wednesday") into the first
/// day of the period it names, reading against the publication day. Without one, everything
/// relative stays nil: the recogniser never guesses from the clock.
struct DateResolver: Sendable {
    let published: Day?
    /// Days after publication a date without a year may still fall ("Feb. 16" in a piece of
    /// Feb. 1 is this year's; in a piece of March 1 it is also this year's, in the past).
    let lookahead: Int

    // MARK: Dates without a year

    /// The year of "February 24" or "Monday, Feb. 21": the most recent such day no more than
    /// `lookahead` days after publication, or with a future cue the first one from a week before
    /// publication on. A weekday picks, among nearby years, one where the day falls on it.
    func day(month: Int, day: Int, future: Bool, weekday: Int?) -> Day? {
        guard let published else { return nil }
        var found: Day?
        if future {
            let floor = published.adding(days: -7)
            for year in (published.year - 1)...(published.year + 4) {
                if let candidate = Day(year: year, month: month, day: day), candidate >= floor {
                    found = candidate
                    break
                }
            }
        } else {
            let ceiling = published.adding(days: lookahead)
            // Eight years back is enough to reach a leap year for "Feb. 29".
            for year in stride(from: published.year + 1, through: published.year - 8, by: -1) {
                if let candidate = Day(year: year, month: month, day: day), candidate <= ceiling {
                    found = candidate
                    break
                }
            }
        }
        guard let base = found, let weekday, base.weekday != weekday else { return found }
        for distance in 1...6 {
            for year in [base.year - distance, base.year + distance] {
                if let candidate = Day(year: year, month: month, day: day), candidate.weekday == weekday {
                    return candidate
                }
            }
        }
        return base
    }

    /// The first of a month named without a year ("in June", "mid-January"), by the same rule
    /// as `day(month:day:future:weekday:)`; with a future cue, the first such month not before
    /// the month of publication.
    func month(_ month: Int, future: Bool) -> Day? {
        guard let published else { return nil }
        if future {
            let year = month >= published.month ? published.year : published.year + 1
            return Day(year: year, month: month, day: 1)
        }
        let ceiling = published.adding(days: lookahead)
        for year in stride(from: published.year + 1, through: published.year - 1, by: -1) {
            if let candidate = Day(year: year, month: month, day: 1), candidate <= ceiling { return candidate }
        }
        return nil
    }

    // MARK: Shifted calendar words

    /// "last November" (strictly before the month of publication), "this November", "next
    /// November" (strictly after).
    func month(_ month: Int, shift: Int) -> Day? {
        guard let published else { return nil }
        let year: Int
        switch shift {
        case ..<0: year = month < published.month ? published.year : published.year - 1
        case 0: year = published.year
        default: year = month > published.month ? published.year : published.year + 1
        }
        return Day(year: year, month: month, day: 1)
    }

    /// "last Thursday" (the most recent strictly before publication), "this Thursday" (in the
    /// week of publication), "next Thursday" (the first strictly after).
    func weekday(_ weekday: Int, shift: Int) -> Day? {
        guard let published else { return nil }
        switch shift {
        case ..<0:
            let back = (published.weekday - weekday + 7) % 7
            return published.adding(days: -(back == 0 ? 7 : back))
        case 0:
            return published.startOfWeek.adding(days: weekday - 1)
        default:
            let ahead = (weekday - published.weekday + 7) % 7
            return published.adding(days: ahead == 0 ? 7 : ahead)
        }
    }

    /// A bare "Wednesday": the most recent one on or before publication (news convention: a
    /// piece of Wednesday says "on Wednesday" of that day), the first on or after it when the
    /// clause points forward.
    func weekday(_ weekday: Int, future: Bool) -> Day? {
        guard let published else { return nil }
        if future { return published.adding(days: (weekday - published.weekday + 7) % 7) }
        return published.adding(days: -((published.weekday - weekday + 7) % 7))
    }

    /// "last week", "this month", "next year", "last weekend" and their like.
    func period(_ unit: DateVocabulary.Unit, shift: Int) -> Day? {
        guard let published else { return nil }
        return Self.shifted(published, unit: unit, by: shift)
    }

    /// "three days ago", "a month ago".
    func ago(_ count: Int, _ unit: DateVocabulary.Unit) -> Day? {
        guard let published else { return nil }
        return Self.shifted(published, unit: unit, by: -count)
    }

    /// "over the weekend": the latest weekend that has begun by publication.
    func recentWeekend() -> Day? {
        guard let published else { return nil }
        return published.weekday >= 6 ? published.startOfWeek : published.startOfWeek.adding(days: -7)
    }

    /// The period `count` units away from the one holding `day`, as its first day.
    static func shifted(_ day: Day, unit: DateVocabulary.Unit, by count: Int) -> Day {
        switch unit {
        case .day: day.adding(days: count)
        case .week, .weekend: day.adding(days: 7 * count).startOfWeek
        case .month: day.startOfMonth.adding(months: count)
        case .year: Day(year: day.year + count, month: 1, day: 1) ?? day.startOfYear
        }
    }

    static func precision(of unit: DateVocabulary.Unit) -> DatePrecision {
        switch unit {
        case .day: .day
        case .week, .weekend: .week
        case .month: .month
        case .year: .year
        }
    }
}
