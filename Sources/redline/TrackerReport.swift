import Foundation
import RedlineAnalysis
import RedlineCore
import RedlineStore

/// The text of `redline report`: every tracked line with its evidence, each declarer's credibility,
/// and where each dyad stands on the escalation ladder. Escalation comes from the store's event
/// tallies, so a report does not read every event back.
///
/// ```swift
/// print(try await TrackerReport.make(store, configuration: configuration), terminator: "")
/// ```
enum TrackerReport {
    /// Reads what the report needs from `store` and writes it.
    static func make(_ store: any TrackerStore, configuration: TrackerConfiguration, declarer: String? = nil,
                     weeks: Int = 8) async throws -> String {
        let lines = try await store.trackedLineSummaries(LineFilter(declarer: declarer))
        let tallies = try await store.escalationTallies(through: configuration.today)
        return render(lines: lines, escalation: Escalation(tallies: tallies, configuration: configuration),
                      configuration: configuration, weeks: weeks)
    }

    /// The report of `lines` and `escalation`, showing `weeks` weeks of each dyad's series.
    static func render(lines: [TrackedLine], escalation: Escalation, configuration: TrackerConfiguration,
                       weeks: Int) -> String {
        render(lines: lines.map(TrackedLineSummary.init), escalation: escalation, configuration: configuration, weeks: weeks)
    }

    /// The report of the summarised `lines` (a summary keeps all the report shows of a line).
    static func render(lines summaries: [TrackedLineSummary], escalation: Escalation, configuration: TrackerConfiguration,
                       weeks: Int) -> String {
        let shown = TrackedLineSummary.keptLinks
        var out = "REDLINE REPORT — as of \(configuration.today)\n\(summaries.count) tracked red lines\n"
        for summary in summaries {
            let line = summary.line
            out += "\n■ [\(line.status.rawValue.uppercased())\(line.statusSource == .review ? ", reviewed" : "")] "
            out += "\(line.declarer.code ?? "?") line \(line.id)\n"
            out += "  trigger: \(line.trigger.actor.compactMap(\.code).joined(separator: ", ")) \(line.trigger.action.map { "[\($0.rawValue)] " } ?? "")\(line.trigger.text)\n"
            out += "  threat: \(line.consequence.kind.rawValue)\(line.consequence.severity.map { " (MID level \($0))" } ?? "")\(line.consequence.text.map { " — \($0)" } ?? "")\(line.explicit ? " · explicit" : "")\n"
            out += "  first declared: \(line.firstDeclared?.description ?? "undated"); \(summary.statementCount) statement(s)\n"
            for s in line.statements.prefix(shown) {
                out += "    ◦ \(s.date?.description ?? "undated") \(s.speaker ?? "") — “\(TextReport.clip(s.evidence, 200))” (\(s.source))\n"
            }
            for c in line.crossings.prefix(shown) {
                out += "  crossed \(c.date?.description ?? "undated") by \(c.actor.filter { $0.code != nil }.map(\.label).joined(separator: "+")) [\(c.kind.rawValue)\(c.type.map { " \($0.rawValue)" } ?? ""), \(String(format: "%.2f", c.confidence))]\n"
                out += "    “\(TextReport.clip(c.evidence, 200))” (\(c.source))\n"
            }
            for r in line.responses.prefix(shown) {
                out += "  response \(r.date?.description ?? "undated") \(r.type.rawValue) (level \(r.severity), \(String(format: "%.2f", r.confidence)))\n"
                out += "    “\(TextReport.clip(r.evidence, 200))” (\(r.source))\n"
            }
        }
        let credibility = Credibility.assess(lines: summaries.map(\.line), configuration: configuration)
        if !credibility.isEmpty {
            out += "\nCREDIBILITY (enforced 1, partial ½, not enforced 0; recency-weighted)\n"
            for c in credibility {
                out += "  \(c.declarer.padding(toLength: 6, withPad: " ", startingAt: 0)) \(String(format: "%.2f  [%.2f–%.2f]", c.mean, c.lower, c.upper)) from \(c.cases) case(s)\n"
            }
        }
        let standings = escalation.allDyads.compactMap { escalation.standing($0) }
            .sorted { ($0.latestWeek, $0.latestLevel) > ($1.latestWeek, $1.latestLevel) }
        if !standings.isEmpty {
            out += "\nESCALATION (latest MID level per dyad)\n"
            for s in standings.prefix(12) {
                let series = escalation.series(s.dyad).suffix(weeks).map { "\($0.week):\($0.level)" }.joined(separator: " ")
                out += "  \(s.dyad.description.padding(toLength: 12, withPad: " ", startingAt: 0)) level \(s.latestLevel) in \(s.latestWeek) · \(s.direction) · \(series)\n"
            }
        }
        return out
    }
}
