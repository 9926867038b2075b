/// How exactly a resolved date is known. A `week` value is the Monday that starts the week, a
/// `month` value the first of the month, a `year` value January 1.
public enum DatePrecision: String, Codable, Sendable, CaseIterable, Comparable {
    case day, week, month, year

    private var rank: Int {
        switch self {
        case .day: 0
        case .week: 1
        case .month: 2
        case .year: 3
        }
    }

    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool { lhs.rank < rhs.rank }
}

extension Day {
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The day as precisely as it is known: "2017-08-07", "week of 2017-08-07", "Aug 2017", "2017".
    public func described(precision: DatePrecision?) -> String {
        switch precision {
        case .day?, nil: description
        case .week?: "week of \(description)"
        case .month?: "\(Self.monthNames[month - 1]) \(year)"
        case .year?: String(year)
        }
    }
}

extension Optional where Wrapped == Day {
    /// The day as precisely as it is known, or "undated".
    public func described(precision: DatePrecision?) -> String {
        map { $0.described(precision: precision) } ?? "undated"
    }
}
