import ArgumentParser
import Foundation
import RedlineAnalysis
import RedlineCore
import RedlineStore

struct LinesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lines", abstract: "List tracked red lines.",
        discussion: "Example: redline lines --declarer RUS --status crossed --since 2022-01-01 --format json")

    @OptionGroup var tracker: TrackerOptions
    @Option(help: "Only lines drawn by this actor code.") var declarer: String?
    @Option(help: "Only lines with this status: \(LineStatus.allCases.map(\.rawValue).joined(separator: ", ")).") var status: LineStatus?
    @Option(help: ArgumentHelp("Only lines first declared on or after this day.", valueName: "date")) var since: Day?
    @Option(help: "table, json or csv.") var format: ListFormat = .table
    @Option(help: "At most this many lines.") var limit: Int?

    func run() async throws {
        let store = try await tracker.open(creating: false)
        let lines = try await store.trackedLines(LineFilter(declarer: declarer?.uppercased(), status: status, since: since, limit: limit))
        try await store.close()
        let rows = lines.map { l in
            [l.id, l.declarer.code ?? "?", l.status.rawValue, l.firstDeclared?.description ?? "", String(l.statements.count),
             String(l.crossings.count), String(l.responses.count), l.consequence.kind.rawValue, l.trigger.text]
        }
        try Output.standardOutput.write(try Tabulator.render(format, header: ["id", "declarer", "status", "first", "statements", "crossings", "responses", "threat", "trigger"],
                                   rows: rows, json: lines))
    }
}

struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events", abstract: "List stored PLOVER events.",
        discussion: "Example: redline events --actor RUS --type ASSAULT --since 2022-02-01 --format csv")

    @OptionGroup var tracker: TrackerOptions
    @Option(help: "Only events by this actor code.") var actor: String?
    @Option(help: "Only events against this actor code.") var recipient: String?
    @Option(help: "Only events of this PLOVER type.") var type: EventType?
    @Option(help: ArgumentHelp("On or after this day.", valueName: "date")) var since: Day?
    @Option(help: ArgumentHelp("On or before this day.", valueName: "date")) var until: Day?
    @Option(help: "At most this many events.") var limit: Int = 1000
    @Option(help: "table, json or csv.") var format: ListFormat = .table

    func run() async throws {
        let store = try await tracker.open(creating: false)
        let events = try await store.events(EventFilter(actor: actor?.uppercased(), recipient: recipient?.uppercased(), type: type,
                                                        since: since, until: until, limit: limit))
        try await store.close()
        let rows = events.map { s in
            [s.event.date?.description ?? "", s.event.actor.compactMap(\.code).joined(separator: "+"), s.event.type.rawValue,
             s.event.mode ?? "", s.event.recipient.compactMap(\.code).joined(separator: "+"), s.source, s.event.evidence]
        }
        try Output.standardOutput.write(try Tabulator.render(format, header: ["date", "actor", "type", "mode", "recipient", "source", "evidence"],
                                   rows: rows, json: events))
    }
}

struct ActorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors", abstract: "List declarers with their credibility, and where each dyad stands.")

    @OptionGroup var tracker: TrackerOptions
    @Option(help: "table, json or csv.") var format: ListFormat = .table

    func run() async throws {
        let store = try await tracker.open(creating: false)
        let lines = try await store.trackedLines()
        try await store.close()
        let credibility = Credibility.assess(lines: lines, configuration: tracker.configuration)
        let rows = credibility.map { c in
            [c.declarer, String(format: "%.2f", c.mean), String(format: "%.2f–%.2f", c.lower, c.upper), String(c.cases),
             String(lines.filter { $0.declarer.code == c.declarer }.count)]
        }
        try Output.standardOutput.write(try Tabulator.render(format, header: ["declarer", "credibility", "90% interval", "cases", "lines"],
                                   rows: rows, json: credibility.map(CredibilityRecord.init)))
    }
}

/// The JSON form of a credibility estimate.
struct CredibilityRecord: Codable {
    var declarer: String
    var mean: Double
    var interval: [Double]
    var cases: Int
    var lines: [String]

    init(_ c: Credibility) {
        declarer = c.declarer
        mean = c.mean
        interval = [c.lower, c.upper]
        cases = c.cases
        lines = c.lines.map(\.line)
    }
}
