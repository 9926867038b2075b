import ArgumentParser
import Foundation
import RedlineAnalysis
import RedlineCore
import RedlineStore

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the tracker for people: every red line with its evidence, credibility, escalation.",
        discussion: "Example: redline ingest Samples/ && redline report")

    @OptionGroup var tracker: TrackerOptions
    @Option(help: "Only lines drawn by this actor code.") var declarer: String?
    @Option(help: "Weeks of escalation to show per dyad.") var weeks: Int = 8

    func run() async throws {
        let store = try await tracker.open(creating: false)
        let report = try await TrackerReport.make(store, configuration: tracker.configuration,
                                                  declarer: declarer?.uppercased(), weeks: weeks)
        try await store.close()
        try Output.standardOutput.write(report)
    }
}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write events or tracked lines as PLOVER-style JSON Lines or CSV, for R and pandas.",
        discussion: "Example: redline export --what events --format csv --output events.csv")

    enum What: String, ExpressibleByArgument, CaseIterable { case events, lines }
    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv }

    @OptionGroup var tracker: TrackerOptions
    @Option(help: "events or lines.") var what: What = .events
    @Option(help: "jsonl or csv.") var format: Format = .jsonl
    @Option(help: ArgumentHelp("File to write (default: standard output).", valueName: "file")) var output: String?

    func run() async throws {
        let store = try await tracker.open(creating: false)
        var text = ""
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        switch what {
        case .events:
            let events = try await store.events(EventFilter())
            if format == .jsonl {
                for e in events {
                    let record = PloverRecord(e)
                    text += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
                }
            } else {
                text = Tabulator.csv(PloverRecord.header, events.map { PloverRecord($0).row })
            }
        case .lines:
            let lines = try await store.trackedLines()
            if format == .jsonl {
                for l in lines { text += String(decoding: try encoder.encode(l), as: UTF8.self) + "\n" }
            } else {
                text = Tabulator.csv(["id", "declarer", "status", "status_source", "first_declared", "statements", "crossings",
                                      "responses", "consequence", "severity", "explicit", "trigger_actors", "trigger_action", "trigger"],
                                     lines.map { l in
                    [l.id, l.declarer.code ?? "", l.status.rawValue, l.statusSource.rawValue, l.firstDeclared?.description ?? "",
                     String(l.statements.count), String(l.crossings.count), String(l.responses.count), l.consequence.kind.rawValue,
                     l.consequence.severity.map(String.init) ?? "", String(l.explicit), l.trigger.actor.compactMap(\.code).joined(separator: ";"),
                     l.trigger.action?.rawValue ?? "", l.trigger.text]
                })
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

/// One event in the flat layout of PLOVER/POLECAT exports.
struct PloverRecord: Codable {
    var event_id: String, event_date: String, event_type: String, mode: String, context: String
    var actor: String, actor_sector: String, recipient: String, recipient_sector: String
    var negated: Bool, hypothetical: Bool, future: Bool, score: Double, document: String, source: String, evidence: String

    static let header = ["event_id", "event_date", "event_type", "mode", "context", "actor", "actor_sector", "recipient",
                         "recipient_sector", "negated", "hypothetical", "future", "score", "document", "source", "evidence"]

    init(_ s: StoredEvent) {
        let e = s.event
        event_id = "\(s.documentID)-\(s.index)"
        event_date = e.date?.description ?? ""
        event_type = e.type.rawValue
        mode = e.mode ?? ""
        context = e.context.joined(separator: ";")
        actor = e.actor.compactMap(\.code).joined(separator: ";")
        actor_sector = e.actor.map { $0.sector ?? "" }.joined(separator: ";")
        recipient = e.recipient.compactMap(\.code).joined(separator: ";")
        recipient_sector = e.recipient.map { $0.sector ?? "" }.joined(separator: ";")
        negated = e.negated
        hypothetical = e.hypothetical
        future = e.future
        score = e.score
        document = s.documentID
        source = s.source
        evidence = e.evidence
    }

    var row: [String] {
        [event_id, event_date, event_type, mode, context, actor, actor_sector, recipient, recipient_sector, String(negated),
         String(hypothetical), String(future), String(score), document, source, evidence]
    }
}

struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Confirm or reject a link of a red line, or set its status; reviews are kept and always win.",
        discussion: """
            Examples:
              redline review --line 3f2a... --link 3f2a...:c:1 --reject --reason "the strike predates the warning" --reviewer ana
              redline review --line 3f2a... --status not-enforced --reason "no response in 6 months" --reviewer ana
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
        let relinked = try await TrackerRecords.relink(store, configuration: tracker.configuration)
        try await store.close()
        let now = relinked.first { $0.id == line }
        print("review \(saved.id.map(String.init) ?? "?") kept; line \(line) is now \(now?.status.rawValue ?? "gone")")
    }
}
