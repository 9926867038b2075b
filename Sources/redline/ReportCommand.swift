import ArgumentParser
import Foundation
import RedlineAnalysis
import RedlineCore
import RedlineExport
import RedlineStore

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the tracker for people: every red line with its evidence, credibility, escalation.",
        discussion: """
            Examples:
              redline ingest Samples/ && redline report
              redline report --declarer RUS --format markdown > russia.md
              redline report --format json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }

    @OptionGroup var tracker: TrackerOptions
    @Option(help: "Only lines drawn by this actor code.") var declarer: String?
    @Option(help: "Weeks of escalation to show per dyad.") var weeks: Int = 8
    @Option(help: "text, markdown or json.") var format: Format = .text

    func run() async throws {
        let store = try await tracker.open(creating: false)
        let data: TrackerReport.Data
        if tracker.asOf != nil {
            let lines = try await tracker.trackedLines(store, LineFilter(declarer: declarer?.uppercased()))
            let tallies = try await store.escalationTallies(through: tracker.configuration.today)
            data = TrackerReport.Data(lines: LineRecord.newestFirst(lines).map(TrackedLineSummary.init),
                                      escalation: Escalation(tallies: tallies, configuration: tracker.configuration),
                                      configuration: tracker.configuration, weeks: weeks)
        } else {
            data = try await TrackerReport.data(store, configuration: tracker.configuration, declarer: declarer?.uppercased(), weeks: weeks)
        }
        try await store.close()
        switch format {
        case .text: try Output.standardOutput.write(TrackerReport.render(data))
        case .markdown: try Output.standardOutput.write(TrackerReport.markdown(data, names: CLINames.names))
        case .json: try Output.standardOutput.write(try Tabulator.json(TrackerReport.record(data, names: CLINames.names)))
        }
    }
}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write events or tracked lines as JSON, JSON Lines or CSV, for R, pandas and spreadsheets.",
        discussion: """
            Events are written in the shape of POLECAT-style event data (see README): CSV has one \
            row per actor-recipient pair, one value per cell.

            Examples:
              redline export --what events --format csv --output events.csv
              redline export --what events --format csv --bom --output events-excel.csv
              redline export --what lines --format json
            """)

    enum What: String, ExpressibleByArgument, CaseIterable { case events, lines }
    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json, csv }

    @OptionGroup var tracker: TrackerOptions
    @Option(help: "events or lines.") var what: What = .events
    @Option(help: "jsonl, json or csv.") var format: Format = .jsonl
    @Flag(help: "Start CSV with a UTF-8 byte order mark (for Excel).") var bom = false
    @Option(help: ArgumentHelp("File to write (default: standard output).", valueName: "file")) var output: String?

    func run() async throws {
        let store = try await tracker.open(creating: false)
        let names = CLINames.names
        let text: String
        switch what {
        case .events:
            let records = try await store.events(EventFilter()).map(EventRecord.init)
            switch format {
            case .jsonl: text = try Tabulator.jsonl(records)
            case .json: text = try Tabulator.json(records)
            case .csv: text = EventRecord.csv(records, names: names).text(bom: bom)
            }
        case .lines:
            let lines = LineRecord.newestFirst(try await tracker.trackedLines(store))
            switch format {
            case .jsonl: text = try Tabulator.jsonl(lines.map(LineRecord.rounded))
            case .json: text = try Tabulator.json(lines.map(LineRecord.rounded))
            case .csv: text = LineRecord.csv(lines, names: names).text(bom: bom)
            }
        }
        try await store.close()
        if let output {
            try Output.replaceFile(at: output, with: Array(text.utf8))
        } else {
            try Output.standardOutput.write(text)
        }
    }
}

struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Confirm or reject a link of a red line, or set its status; reviews are kept and always win.",
        discussion: """
            Examples:
              redline review --line 3f2a... --link 3f2a...:c:1 --reject \\
                --reason "the strike predates the warning" --reviewer ana
              redline review --line 3f2a... --status not-enforced \\
                --reason "no response in 6 months" --reviewer ana
            Link ids are shown by `redline lines --format json`.
            """)

    @OptionGroup var tracker: TrackerOptions
    @Option(help: "The tracked line's id.") var line: String
    @Option(help: "A statement, crossing or response id of that line.") var link: String?
    @Flag(help: "Confirm the link.") var confirm = false
    @Flag(help: "Reject the link.") var reject = false
    @Option(help: "Set the line's status: \(LineStatus.allCases.map(\.rawValue).joined(separator: ", ")).") var status: LineStatus?
    @Option(help: "Why.") var reason: String
    @Option(help: "Who reviews.") var reviewer: String = ProcessInfo.processInfo.environment["USER"] ?? "analyst"

    func validate() throws {
        let actions = [confirm, reject, status != nil].filter { $0 }.count
        guard actions == 1 else { throw ValidationError("give exactly one of --confirm, --reject or --status") }
        if (confirm || reject) && link == nil { throw ValidationError("--confirm and --reject need --link") }
        if reason.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--reason must say why") }
    }

    func run() async throws {
        let store = try await tracker.open(creating: false)
        let lines = try await store.trackedLines()
        guard let tracked = lines.first(where: { $0.id == line }) else {
            try await store.close()
            throw CLIError("no tracked line with id \(line); `redline lines` lists them")
        }
        if let link {
            let ids = tracked.statements.map(\.id) + tracked.crossings.map(\.id) + tracked.responses.map(\.id)
            guard ids.contains(link) else {
                try await store.close()
                throw CLIError("line \(line) has no link \(link); its links are: \(ids.joined(separator: ", "))")
            }
        }
        let target: Review.Target = status.map { .status(line: line, $0) } ?? .link(line: line, link: link!)
        let verdict: Review.Verdict? = status != nil ? nil : (confirm ? .confirm : .reject)
        let saved = try await store.addReview(Review(target: target, verdict: verdict, reason: reason, reviewer: reviewer,
                                                     at: ISO8601DateFormatter().string(from: Date())))
        let relinked = try await TrackerRecords.relinkKeepingAlerts(store, configuration: tracker.configuration, before: lines).lines
        try await store.close()
        let now = relinked.first { $0.id == line }
        try Output.standardOutput.write("review \(saved.id.map(String.init) ?? "?") kept; line \(line) is now \(now?.status.rawValue ?? "gone")" + "\n")
    }
}
