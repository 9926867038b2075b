import Foundation
import RedlineAnalysis
import RedlineCore
import RedlineExport
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

    /// What every format of the report shows.
    struct Data {
        var lines: [TrackedLineSummary]
        var escalation: Escalation
        var configuration: TrackerConfiguration
        var weeks: Int
    }

    static func data(_ store: any TrackerStore, configuration: TrackerConfiguration, declarer: String? = nil,
                     weeks: Int = 8) async throws -> Data {
        let lines = try await store.trackedLineSummaries(LineFilter(declarer: declarer))
        let tallies = try await store.escalationTallies(through: configuration.today)
        return Data(lines: lines, escalation: Escalation(tallies: tallies, configuration: configuration),
                    configuration: configuration, weeks: weeks)
    }

    static func render(_ data: Data) -> String {
        render(lines: data.lines, escalation: data.escalation, configuration: data.configuration, weeks: data.weeks)
    }

    /// The report as one JSON object: the lines as every output writes them, credibility and
    /// escalation, numbers rounded.
    struct Record: Encodable {
        struct DyadRecord: Encodable {
            struct WeekRecord: Encodable { var week: String; var level: Int; var score: Double; var events: Int }
            var actor: String
            var recipient: String
            var latestLevel: Int
            var latestWeek: String
            var direction: String
            var weeks: [WeekRecord]
        }
        var asOf: Day
        var lines: [TrackedLine]
        var credibility: [ActorRecord]
        var escalation: [DyadRecord]
    }

    static func record(_ data: Data, names: ActorNames) -> Record {
        let lines = LineRecord.newestFirst(data.lines.map(\.line))
        let credibility = ActorRecord.make(lines: lines, configuration: data.configuration, names: names)
        let dyads = standings(data.escalation).map { s in
            Record.DyadRecord(actor: s.dyad.actor, recipient: s.dyad.recipient, latestLevel: s.latestLevel,
                              latestWeek: s.latestWeek.description, direction: s.direction.rawValue,
                              weeks: data.escalation.series(s.dyad).suffix(data.weeks).map {
                                  .init(week: $0.week.description, level: $0.level, score: Rounding.round($0.score), events: $0.events)
                              })
        }
        return Record(asOf: data.configuration.today, lines: lines.map(LineRecord.rounded), credibility: credibility, escalation: dyads)
    }

    /// The report as Markdown: a section per line with its evidence quoted, then tables.
    static func markdown(_ data: Data, names: ActorNames) -> String {
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var out = "# Red-line report — as of \(data.configuration.today)\n\n\(data.lines.count) tracked red lines.\n"
        var summaries: [String: TrackedLineSummary] = [:]
        for summary in data.lines { summaries[summary.line.id] = summary }
        for summary in LineRecord.newestFirst(data.lines.map(\.line)).compactMap({ summaries[$0.id] }) {
            let line = summary.line
            out += "\n## \(names.title(of: line))\n\n"
            out += "- **Status:** \(line.status.rawValue)\(line.statusSource == .review ? " (reviewed)" : "")\n"
            out += "- **Declarer:** \(names.display(line.declarer.code)) (`\(line.declarer.code ?? "?")`)\n"
            out += "- **Threat:** \(line.consequence.kind.rawValue)\(line.consequence.severity.map { " (MID level \($0))" } ?? "")\(line.consequence.text.map { " — \($0)" } ?? "")\n"
            out += "- **First declared:** \(line.firstDeclared.described(precision: line.firstDeclaredPrecision)); \(summary.statementCount) statement(s), \(summary.crossingCount) crossing(s), \(summary.responseCount) response(s)\n"
            out += "- **Id:** `\(line.id)`\n"
            for s in line.statements.prefix(TrackedLineSummary.keptLinks) {
                out += "\n> \(cell(s.evidence))\n>\n> — \(s.speaker.map { $0 + ", " } ?? "")\(s.date.described(precision: s.datePrecision)), \(cell(s.source))\n"
            }
            for c in line.crossings.prefix(TrackedLineSummary.keptLinks) {
                out += "\n**Crossed** \(c.date.described(precision: c.datePrecision)) by \(c.actor.map(names.display).joined(separator: ", ")) (\(c.kind.rawValue), confidence \(Rounding.text(c.confidence))): “\(cell(c.evidence))”\(c.reason.map { " *Why:* \(cell($0))." } ?? "")\n"
            }
            for r in line.responses.prefix(TrackedLineSummary.keptLinks) {
                out += "\n**Response** \(r.date.described(precision: r.datePrecision)) \(r.type.rawValue) (level \(r.severity), confidence \(Rounding.text(r.confidence))): “\(cell(r.evidence))”\(r.reason.map { " *Why:* \(cell($0))." } ?? "")\n"
            }
        }
        let record = record(data, names: names)
        if !record.credibility.isEmpty {
            out += "\n## Credibility\n\n| Declarer | Code | Credibility | Lower | Upper | Cases |\n|---|---|---|---|---|---|\n"
            for r in record.credibility {
                let c = r.credibility
                out += "| \(cell(r.name ?? r.code)) | \(r.code) | \(Rounding.text(c.mean)) | \(Rounding.text(c.lower)) | \(Rounding.text(c.upper)) | \(c.cases) |\n"
            }
        }
        if !record.escalation.isEmpty {
            out += "\n## Escalation\n\n| Actor | Recipient | Level | Week | Direction |\n|---|---|---|---|---|\n"
            for d in record.escalation.prefix(12) {
                out += "| \(cell(names.display(d.actor))) | \(cell(names.display(d.recipient))) | \(d.latestLevel) | \(d.latestWeek) | \(d.direction) |\n"
            }
        }
        return out
    }

    static func standings(_ escalation: Escalation) -> [Escalation.Standing] {
        escalation.allDyads.compactMap { escalation.standing($0) }
            .sorted { ($0.latestWeek, $0.latestLevel) > ($1.latestWeek, $1.latestLevel) }
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
            out += "  first declared: \(line.firstDeclared.described(precision: line.firstDeclaredPrecision)); \(summary.statementCount) statement(s)\n"
            for s in line.statements.prefix(shown) {
                out += "    ◦ \(s.date.described(precision: s.datePrecision)) \(s.speaker ?? "") — “\(TextReport.clip(s.evidence, 200))” (\(s.source))\n"
            }
            if summary.statementCount > shown { out += "  … and \(summary.statementCount - shown) more statement(s)\n" }
            for c in line.crossings.prefix(shown) {
                out += "  crossed \(c.date.described(precision: c.datePrecision)) by \(c.actor.filter { $0.code != nil }.map(\.label).joined(separator: "+")) [\(c.kind.rawValue)\(c.type.map { " \($0.rawValue)" } ?? ""), \(Rounding.text(c.confidence))]\n"
                out += "    “\(TextReport.clip(c.evidence, 200))” (\(c.source))\n"
                if let reason = c.reason { out += "    why: \(reason)\n" }
                if let also = c.alsoToldIn, !also.isEmpty { out += "    also told in \(also.count) other article(s)\n" }
            }
            if summary.crossingCount > shown { out += "  … and \(summary.crossingCount - shown) more crossing(s)\n" }
            for r in line.responses.prefix(shown) {
                out += "  response \(r.date.described(precision: r.datePrecision)) \(r.type.rawValue) (level \(r.severity), \(Rounding.text(r.confidence)))\n"
                out += "    “\(TextReport.clip(r.evidence, 200))” (\(r.source))\n"
                if let reason = r.reason { out += "    why: \(reason)\n" }
            }
            if summary.responseCount > shown { out += "  … and \(summary.responseCount - shown) more response(s)\n" }
        }
        let credibility = Credibility.assess(lines: summaries.map(\.line), configuration: configuration)
        if !credibility.isEmpty {
            out += "\nCREDIBILITY (enforced 1, partial ½, not enforced 0; recency-weighted)\n"
            for c in credibility {
                out += "  \(c.declarer.padding(toLength: 6, withPad: " ", startingAt: 0)) \(String(format: "%.2f  [%.2f–%.2f]", c.mean, c.lower, c.upper)) from \(c.cases) case(s)\n"
            }
        }
        let standings = standings(escalation)
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
