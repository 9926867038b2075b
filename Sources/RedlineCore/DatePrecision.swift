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
