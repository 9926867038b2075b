import ArgumentParser
import Foundation
import RedlineAnalysis
import RedlineCore
import RedlineExport
import RedlineExtract
import RedlineStore

/// Names for actor codes in the CLI's outputs, from the built-in lexicon.
enum CLINames {
    static let names: ActorNames = (try? Lexicon.builtIn()).map(ActorNames.init(lexicon:)) ?? ActorNames()
}

struct LinesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lines", abstract: "List tracked red lines, newest first.",
        discussion: """
            Examples:
              redline lines --declarer RUS --status crossed
              redline lines --since 2022-01-01 --format json
              redline lines --format csv --bom > lines.csv
            """)

    @OptionGroup var tracker: TrackerOptions
    @Option(help: "Only lines drawn by this actor code.") var declarer: String?
    @Option(help: "Only lines with this status: \(LineStatus.allCases.map(\.rawValue).joined(separator: ", ")).") var status: LineStatus?
    @Option(help: ArgumentHelp("Only lines first declared on or after this day.", valueName: "date")) var since: Day?
    @Option(help: "\(ListFormat.choices).") var format: ListFormat = .table
    @Flag(help: "Start CSV with a UTF-8 byte order mark (for Excel).") var bom = false
    @Option(help: "At most this many lines.") var limit: Int?

    func run() async throws {
        let store = try await tracker.open(creating: false)
        var lines = try await tracker.trackedLines(store, LineFilter(declarer: declarer?.uppercased(), status: status, since: since))
        try await store.close()
        lines = LineRecord.newestFirst(lines)
        if let limit { lines = Array(lines.prefix(max(0, limit))) }
        let names = CLINames.names
        let rows = lines.map { l in
            [names.title(of: l), l.status.rawValue, l.firstDeclared?.description ?? "", String(l.statements.count),
             String(l.crossings.count), String(l.responses.count), l.consequence.kind.rawValue, l.id]
        }
        try Output.standardOutput.write(try Tabulator.render(format, header: ["line", "status", "first", "statements", "crossings", "responses", "threat", "id"],
                                   rows: rows, records: lines.map(LineRecord.rounded),
                                   csv: { LineRecord.csv(lines, names: names) }, bom: bom))
    }
}

struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events", abstract: "List stored PLOVER events.",
        discussion: """
            Examples:
              redline events --actor RUS --type ASSAULT --since 2022-02-01
              redline events --recipient UKR --format csv > events.csv
            """)

    @OptionGroup var tracker: TrackerOptions
    @Option(help: "Only events by this actor code.") var actor: String?
    @Option(help: "Only events against this actor code.") var recipient: String?
    @Option(help: "Only events of this PLOVER type.") var type: EventType?
    @Option(help: "Only events of this PLOVER mode.") var mode: String?
    @Option(help: ArgumentHelp("On or after this day.", valueName: "date")) var since: Day?
    @Option(help: ArgumentHelp("On or before this day.", valueName: "date")) var until: Day?
    @Flag(help: "Only factual events (not negated, hypothetical or future).") var factual = false
    @Option(help: "At most this many events.") var limit: Int = 1000
    @Option(help: "\(ListFormat.choices).") var format: ListFormat = .table
    @Flag(help: "Start CSV with a UTF-8 byte order mark (for Excel).") var bom = false

    func run() async throws {
        let store = try await tracker.open(creating: false)
        let events = try await store.events(EventFilter(actor: actor?.uppercased(), recipient: recipient?.uppercased(), type: type,
                                                        mode: mode?.lowercased(), since: since, until: until, factualOnly: factual,
                                                        limit: limit))
        try await store.close()
        let names = CLINames.names
        let records = events.map(EventRecord.init)
        let rows = records.map { r in
            [r.date.described(precision: r.datePrecision), r.actor.map(names.display).joined(separator: ", "), r.type.rawValue,
             r.mode ?? "", r.recipient.map(names.display).joined(separator: ", "), Self.standing(r), r.evidence, r.id]
        }
        try Output.standardOutput.write(try Tabulator.render(format, header: ["date", "actor", "type", "mode", "recipient", "told as", "evidence", "id"],
                                   rows: rows, records: records, csv: { EventRecord.csv(records, names: names) }, bom: bom))
    }
}

extension EventsCommand {
    /// How the text tells an event: "fact", or why it is not one.
    static func standing(_ r: EventRecord) -> String {
        let flags = [r.negated ? "negated" : nil, r.hypothetical ? "hypothetical" : nil, r.future ? "future" : nil].compactMap { $0 }
        return flags.isEmpty ? "fact" : flags.joined(separator: ", ")
    }
}

struct ActorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors", abstract: "List declarers with their lines and credibility.",
        discussion: """
            Examples:
              redline actors
              redline actors --format csv --bom > actors.csv
            """)

    @OptionGroup var tracker: TrackerOptions
    @Option(help: "\(ListFormat.choices).") var format: ListFormat = .table
    @Flag(help: "Start CSV with a UTF-8 byte order mark (for Excel).") var bom = false

    func run() async throws {
        let store = try await tracker.open(creating: false)
        let lines = try await tracker.trackedLines(store)
        try await store.close()
        let records = ActorRecord.make(lines: lines, configuration: tracker.configuration, names: CLINames.names)
        let rows: [[String]] = records.map { r in
            let c = r.credibility
            let interval = Rounding.text(c.lower) + "–" + Rounding.text(c.upper)
            return [r.name ?? r.code, r.code, String(r.lines), Rounding.text(c.mean), interval, String(c.cases)]
        }
        try Output.standardOutput.write(try Tabulator.render(format, header: ["actor", "code", "lines", "credibility", "90% interval", "cases"],
                                   rows: rows, records: records, csv: { ActorRecord.csv(records) }, bom: bom))
    }
}
