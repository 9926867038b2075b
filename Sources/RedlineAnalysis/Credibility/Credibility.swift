import Foundation
import RedlineCore

/// How far a declarer's red lines can be believed: a Beta–Bernoulli estimate over its crossed lines.
///
/// Each line whose test is over counts as a case: enforced 1, partially-enforced ½, not-enforced 0.
/// Lines still `crossed` (window open), `declared` or `withdrawn` are not cases. A case weighs
/// `0.5^(age / halfLife)`, its age the days from its first crossing (else its first declaration) to
/// `today`; with the prior Beta(1, 1),
///
///     α = 1 + Σ w·outcome,   β = 1 + Σ w·(1 − outcome)
///
/// and the estimate is the posterior mean with the central `credibilityLevel` interval (5% and 95%
/// quantiles by default). An analyst's status review counts like any status.
///
/// ```swift
/// let all = Credibility.assess(lines: lines, configuration: configuration)
/// let usa = all.first { $0.declarer == "USA" }!
/// print(usa.mean, usa.lower, usa.upper, usa.cases)
/// ```
public struct Credibility: Sendable, Hashable, Encodable {
    /// One line behind the estimate.
    public struct Case: Sendable, Hashable, Encodable {
        public var line: String
        public var status: LineStatus
        public var outcome: Double
        /// The first crossing, or the first declaration when the line shows no crossing.
        public var date: Day?
        public var weight: Double
    }

    public var declarer: String
    public var mean: Double
    public var lower: Double
    public var upper: Double
    /// The central probability of [lower, upper].
    public var level: Double
    public var alpha: Double
    public var beta: Double
    /// The number of lines behind the estimate, and their summed weights.
    public var cases: Int
    public var effectiveCases: Double
    public var lines: [Case]

    /// One estimate per declarer that drew any line, sorted by declarer code.
    public static func assess(lines: [TrackedLine], configuration: TrackerConfiguration) -> [Credibility] {
        let declarers = Set(lines.compactMap(\.declarer.code)).sorted()
        return declarers.map { assess(declarer: $0, lines: lines, configuration: configuration) }
    }

    /// The estimate for one declarer (the prior alone when it has no cases).
    public static func assess(declarer: String, lines: [TrackedLine], configuration: TrackerConfiguration) -> Credibility {
        let halfLife = Double(max(1, configuration.credibilityHalfLifeDays))
        var cases: [Case] = []
        for line in lines where line.declarer.code == declarer {
            guard let outcome = outcome(of: line.status) else { continue }
            let date = line.crossings.compactMap(\.date).min() ?? line.firstDeclared
            let age = date.map { max(0, configuration.today.ordinal - $0.ordinal) } ?? 0
            let weight = exp2(-Double(age) / halfLife)
            cases.append(Case(line: line.id, status: line.status, outcome: outcome, date: date, weight: weight))
        }
        cases.sort { $0.line < $1.line }
        let alpha = 1 + cases.reduce(0) { $0 + $1.weight * $1.outcome }
        let beta = 1 + cases.reduce(0) { $0 + $1.weight * (1 - $1.outcome) }
        let distribution = BetaDistribution(alpha: alpha, beta: beta)
        let tail = (1 - configuration.credibilityLevel) / 2
        return Credibility(
            declarer: declarer, mean: distribution.mean, lower: distribution.quantile(tail),
            upper: distribution.quantile(1 - tail), level: configuration.credibilityLevel, alpha: alpha, beta: beta,
            cases: cases.count, effectiveCases: cases.reduce(0) { $0 + $1.weight }, lines: cases)
    }

    /// enforced 1, partially-enforced ½, not-enforced 0; nil for lines that are not cases.
    public static func outcome(of status: LineStatus) -> Double? {
        switch status {
        case .enforced: 1
        case .partiallyEnforced: 0.5
        case .notEnforced: 0
        case .declared, .crossed, .withdrawn: nil
        }
    }
}
