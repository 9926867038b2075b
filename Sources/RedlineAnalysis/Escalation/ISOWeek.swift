import RedlineCore

/// An ISO 8601 week: weeks start on Monday, and week 1 is the one holding the year's first Thursday.
///
/// ```swift
/// ISOWeek(Day("2022-02-24")!).description   // "2022-W08"
/// ISOWeek(Day("2021-01-03")!).description   // "2020-W53"
/// ```
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let week: Int
    /// The Monday that starts the week.
    public let monday: Day

    public init(_ day: Day) {
        monday = day.startOfWeek
        let thursday = monday.adding(days: 3)
        year = thursday.year
        week = (thursday.ordinal - thursday.startOfYear.ordinal) / 7 + 1
    }

    /// The week `count` weeks later (earlier when negative).
    public func adding(weeks count: Int) -> ISOWeek { ISOWeek(monday.adding(days: 7 * count)) }

    /// Whole weeks from `self` to `other`.
    public func weeks(to other: ISOWeek) -> Int { (other.monday.ordinal - monday.ordinal) / 7 }

    public var description: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { lhs.monday < rhs.monday }
}
