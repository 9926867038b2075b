import RedlineCore

/// A tracked line as `redline report` shows it: the line with only its first few statements,
/// crossings and responses, and how many of each it has. Stores keep one beside each line, so a
/// report does not decode thousands of statements per line.
///
/// Besides the first ``keptLinks`` crossings it keeps the earliest-dated one, which dates the line
/// as a credibility case, so `Credibility.assess(lines: summaries.map(\.line))` is the same as
/// from the full lines.
///
/// ```swift
/// let summary = TrackedLineSummary(line)
/// print("\(summary.statementCount) statement(s), first: \(summary.line.statements.first?.evidence ?? "")")
/// ```
public struct TrackedLineSummary: Codable, Sendable, Hashable {
    /// How many statements, crossings and responses are kept of each line.
    public static let keptLinks = 4

    /// The line, with its first ``keptLinks`` statements, crossings and responses (and the
    /// earliest-dated crossing after them, when it is not among the first).
    public var line: TrackedLine
    public var statementCount: Int
    public var crossingCount: Int
    public var responseCount: Int

    public init(_ full: TrackedLine) {
        statementCount = full.statements.count
        crossingCount = full.crossings.count
        responseCount = full.responses.count
        line = full
        line.statements = Array(full.statements.prefix(Self.keptLinks))
        line.crossings = Array(full.crossings.prefix(Self.keptLinks))
        line.responses = Array(full.responses.prefix(Self.keptLinks))
        let dated = full.crossings.indices.filter { full.crossings[$0].date != nil }
        if let earliest = dated.min(by: { full.crossings[$0].date! < full.crossings[$1].date! }),
           earliest >= Self.keptLinks {
            line.crossings.append(full.crossings[earliest])
        }
    }
}
