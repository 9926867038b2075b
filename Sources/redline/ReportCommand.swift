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
        let store = try await tracker.open()
        let lines = try await store.trackedLines(LineFilter(declarer: declarer?.uppercased()))
        let records = try await TrackerRecords.load(store)
        try await store.close()
        let configuration = tracker.configuration
        var out = "REDLINE REPORT — as of \(configuration.today)\n\(lines.count) tracked red lines\n"
        for line in lines {
            out += "\n■ [\(line.status.rawValue.uppercased())\(line.statusSource == .review ? ", reviewed" : "")] "
            out += "\(line.declarer.code ?? "?") line \(line.id)\n"
            out += "  trigger: \(line.trigger.actor.compactMap(\.code).joined(separator: ", ")) \(line.trigger.action.map { "[\($0.rawValue)] " } ?? "")\(line.trigger.text)\n"
            out += "  threat: \(line.consequence.kind.rawValue)\(line.consequence.severity.map { " (MID level \($0))" } ?? "")\(line.consequence.text.map { " — \($0)" } ?? "")\(line.explicit ? " · explicit" : "")\n"
            out += "  first declared: \(line.firstDeclared?.description ?? "undated"); \(line.statements.count) statement(s)\n"
            for s in line.statements.prefix(4) {
                out += "    ◦ \(s.date?.description ?? "undated") \(s.speaker ?? "") — “\(TextReport.clip(s.evidence, 200))” (\(s.source))\n"
            }
            for c in line.crossings.prefix(4) {
                out += "  crossed \(c.date?.description ?? "undated") by \(c.actor.compactMap(\.code).joined(separator: "+")) [\(c.kind.rawValue)\(c.type.map { " \($0.rawValue)" } ?? ""), \(String(format: "%.2f", c.confidence))]\n"
                out += "    “\(TextReport.clip(c.evidence, 200))” (\(c.source))\n"
            }
            for r in line.responses.prefix(4) {
                out += "  response \(r.date?.description ?? "undated") \(r.type.rawValue) (level \(r.severity), \(String(format: "%.2f", r.confidence)))\n"
                out += "    “\(TextReport.clip(r.evidence, 200))” (\(r.source))\n"
            }
        }
        let credibility = Credibility.assess(lines: lines, configuration: configuration)
        if !credibility.isEmpty {
            out += "\nCREDIBILITY (enforced 1, partial ½, not enforced 0; recency-weighted)\n"
            for c in credibility {
                out += "  \(c.declarer.padding(toLength: 6, withPad: " ", startingAt: 0)) \(String(format: "%.2f  [%.2f–%.2f]", c.mean, c.lower, c.upper)) from \(c.cases) case(s)\n"
            }
        }
        let escalation = Escalation(documents: records, configuration: configuration)
        let standings = escalation.allDyads.compactMap { escalation.standing($0) }
            .sorted { ($0.latestWeek, $0.latestLevel) > ($1.latestWeek, $1.latestLevel) }
        if !standings.isEmpty {
            out += "\nESCALATION (latest MID level per dyad)\n"
            for s in standings.prefix(12) {
                let series = escalation.series(s.dyad).suffix(weeks).map { "\($0.week):\($0.level)" }.joined(separator: " ")
                out += "  \(s.dyad.description.padding(toLength: 12, withPad: " ", startingAt: 0)) level \(s.latestLevel) in \(s.latestWeek) · \(s.direction) · \(series)\n"
            }
        }
        print(out, terminator: "")
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
        let store = try await tracker.open()
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
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
        } else {
            print(text, terminator: "")
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
        let store = try await tracker.open()
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
