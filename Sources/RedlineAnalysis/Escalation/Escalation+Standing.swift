import RedlineCore

extension Escalation {
    /// Where a dyad stands now: its latest level and which way it is going over the last weeks.
    public struct Standing: Sendable, Hashable {
        public enum Direction: String, Sendable, Hashable, Codable { case escalating, steady, deescalating }
        public var dyad: Dyad
        /// The most recent week with events (not after `today`), and its level.
        public var latestWeek: ISOWeek
        public var latestLevel: Int
        /// The highest level in the last `weeks` weeks (ending with `today`'s).
        public var recentLevel: Int
        public var weeks: Int
        /// Least-squares slopes over the last `weeks` weeks (empty weeks: level 1, score 0), per week.
        public var levelSlope: Double
        public var scoreSlope: Double
        public var direction: Direction
    }

    /// Where `dyad` stands on `today`, looking back `weeks` weeks (default `trendWeeks`); nil when
    /// the dyad has no events. Direction: escalating when the level rises by more than 0.05 a week,
    /// or holds while the score falls by more than 0.5 a week; de-escalating the other way round.
    public func standing(_ dyad: Dyad, weeks: Int? = nil) -> Standing? {
        guard let latest = dyads[dyad]?.last else { return nil }
        let count = max(2, weeks ?? trendWeeks)
        let end = ISOWeek(today)
        let recent = series(dyad, from: end.adding(weeks: -(count - 1)), through: end)
        let levelSlope = Escalation.slope(recent.map { Double($0.level) })
        let scoreSlope = Escalation.slope(recent.map(\.score))
        let direction: Standing.Direction
        if levelSlope > 0.05 || abs(levelSlope) <= 0.05 && scoreSlope < -0.5 {
            direction = .escalating
        } else if levelSlope < -0.05 || abs(levelSlope) <= 0.05 && scoreSlope > 0.5 {
            direction = .deescalating
        } else {
            direction = .steady
        }
        return Standing(dyad: dyad, latestWeek: latest.week, latestLevel: latest.level,
                        recentLevel: recent.map(\.level).max() ?? 1, weeks: count,
                        levelSlope: levelSlope, scoreSlope: scoreSlope, direction: direction)
    }

    /// The least-squares slope of `values` against 0, 1, 2...
    static func slope(_ values: [Double]) -> Double {
        let n = Double(values.count)
        guard values.count > 1 else { return 0 }
        let meanX = (n - 1) / 2
        let meanY = values.reduce(0, +) / n
        var num = 0.0, den = 0.0
        for (i, y) in values.enumerated() {
            let dx = Double(i) - meanX
            num += dx * (y - meanY)
            den += dx * dx
        }
        return num / den
    }
}
