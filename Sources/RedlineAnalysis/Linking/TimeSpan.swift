import RedlineCore

/// When a record happened, as the days it may have happened on: a `month` date is any day of its
/// month, up to the publication of the article reporting it. `estimated` marks a record that carried no date of its own and stands on its document's
/// publication day.
struct TimeSpan: Sendable, Hashable {
    /// Ordinals (days since 1970-01-01) of the earliest and latest possible day.
    var first: Int
    var last: Int
    var estimated: Bool

    init?(date: Day?, precision: DatePrecision?, published: Day?) {
        if let date {
            first = date.ordinal
            switch precision ?? .day {
            case .day: last = first
            case .week: last = first + 6
            case .month: last = first + Day.length(ofMonth: date.month, in: date.year) - 1
            case .year: last = first + (Day.isLeap(date.year) ? 365 : 364)
            }
            // What an article reports happened by the day it came out: an act dated to the week of
            // its article's publication is not a week later.
            if let published, published.ordinal >= first { last = min(last, published.ordinal) }
            estimated = false
        } else if let published {
            first = published.ordinal
            last = first
            estimated = true
        } else {
            return nil
        }
    }

    init(first: Int, last: Int, estimated: Bool) {
        self.first = first
        self.last = last
        self.estimated = estimated
    }

    var day: Day { Day(ordinal: first) }

    /// How sure it is that this happened on or after `ordinal`: 1 when surely, 0.5 when its period
    /// straddles the day, nil when it surely happened before. An estimated date counts 0.8.
    func certainty(notBefore ordinal: Int) -> Double? {
        if last < ordinal { return nil }
        let base = first >= ordinal ? 1.0 : 0.5
        return estimated ? base * 0.8 : base
    }
}
