import RedlineCore

/// The knobs of the tracker: the response window, how sure a link must be, who belongs to which
/// alliance, and what day it is.
///
/// `today` is the tracker's clock. Statuses such as `not-enforced` depend on whether a response
/// window has passed, so the day is passed in rather than read from the system; records dated after
/// `today` are ignored, which also lets an analyst replay the history "as of" any day.
///
/// ```swift
/// let configuration = TrackerConfiguration(today: Day("2024-06-30")!)
/// let lines = Linker().link(documents: records, reviews: reviews, configuration: configuration)
/// ```
public struct TrackerConfiguration: Sendable {
    /// The day the tracker stands on. Nothing after it is seen.
    public var today: Day
    /// How long after a crossing the declarer has to respond before the line counts as not enforced.
    public var responseWindowDays: Int
    /// A withdrawal counts when it comes before the first crossing or at most this many days after
    /// it; a later one disowns a bluff already called, and the line ends as if it had not come.
    public var withdrawalGraceDays: Int
    /// How many days before a vow of revenge the act it answers may lie ("Tehran vows harsh
    /// revenge" two days after the strike on Soleimani): the only crossings that may come before a
    /// line's first statement.
    public var vowLookbackDays: Int
    /// Crossing and response links below this confidence are not kept (unless an analyst confirmed them).
    public var minimumLinkConfidence: Double
    /// Two statements of one declarer are one line when their similarity reaches this.
    public var sameLineThreshold: Double
    /// Trigger texts sharing this much (Dice coefficient, at least two words) are one line whatever their actors.
    public var sameLineTextOverlap: Double
    /// Who belongs to which alliance or bloc, and since when.
    public var alliances: Alliances
    /// Credibility weighs a case by `0.5^(age / halfLife)`, its age counted back from `today`.
    public var credibilityHalfLifeDays: Int
    /// The central probability of the credibility interval (0.9: the 5% and 95% quantiles).
    public var credibilityLevel: Double
    /// Weeks of ASSAULT in a row, in one dyad, that make a war (MID level 5).
    public var warSustainedWeeks: Int
    /// How many weeks, ending with `today`'s, "where a dyad stands now" looks at.
    public var trendWeeks: Int

    public init(today: Day, responseWindowDays: Int = 90, withdrawalGraceDays: Int = 3, minimumLinkConfidence: Double = 0.5,
                sameLineThreshold: Double = 0.6, sameLineTextOverlap: Double = 0.6,
                alliances: Alliances = .standard, credibilityHalfLifeDays: Int = 730,
                credibilityLevel: Double = 0.9, warSustainedWeeks: Int = 3, trendWeeks: Int = 8,
                vowLookbackDays: Int = 14) {
        self.today = today
        self.responseWindowDays = responseWindowDays
        self.withdrawalGraceDays = withdrawalGraceDays
        self.minimumLinkConfidence = minimumLinkConfidence
        self.sameLineThreshold = sameLineThreshold
        self.sameLineTextOverlap = sameLineTextOverlap
        self.alliances = alliances
        self.credibilityHalfLifeDays = credibilityHalfLifeDays
        self.credibilityLevel = credibilityLevel
        self.warSustainedWeeks = warSustainedWeeks
        self.trendWeeks = trendWeeks
        self.vowLookbackDays = vowLookbackDays
    }
}
