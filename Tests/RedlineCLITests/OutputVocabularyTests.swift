import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import RedlineExport
import Testing

/// The CLI, the API and `export` write one event and one line with the same fields and values,
/// and the list and export formats read cleanly.
@Suite("One vocabulary for every output", .serialized)
struct OutputVocabularyTests {
    /// A store of the samples, made once by `redline ingest`.
    static let store: Result<URL, any Error> = Result {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("samples.sqlite")
        let result = try CLIRunner.runBlocking(["ingest", "Samples/", "--db", db.path, "--today", "2025-01-01"])
        guard result.status == 0 else { throw Failure("ingest failed: \(result.stderr)") }
        return db
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static func json(_ arguments: [String]) async throws -> Any {
        let db = try store.get()
        let result = try await CLIRunner.run(arguments + ["--db", db.path, "--today", "2025-01-01"])
        guard result.status == 0 else { throw Failure("\(arguments.joined(separator: " ")) failed: \(result.stderr)") }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    static func jsonLines(_ arguments: [String]) async throws -> [[String: Any]] {
        let db = try store.get()
        let result = try await CLIRunner.run(arguments + ["--db", db.path, "--today", "2025-01-01"])
        guard result.status == 0 else { throw Failure("\(arguments.joined(separator: " ")) failed: \(result.stderr)") }
        return try result.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }

    /// A parsed JSON value written back with sorted keys, to compare values of any type.
    static func canonical(_ value: Any?) async throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: ["v": value ?? NSNull()], options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func cliApiAndExportAgreeFieldByFieldOnAnEventAndALine() async throws {
        let db = try Self.store.get()
        let cliEvents = try await #require(try Self.json(["events", "--format", "json", "--limit", "100000"]) as? [[String: Any]])
        let exported = try await #require(try Self.json(["export", "--what", "events", "--format", "json"]) as? [[String: Any]])
        let exportedLines = try await Self.jsonLines(["export", "--what", "events", "--format", "jsonl"])
        let event = try #require(cliEvents.first { ($0["actor"] as? [Any])?.isEmpty == false && ($0["recipient"] as? [Any])?.isEmpty == false })
        let id = try #require(event["id"] as? String)
        #expect(id.contains(":"), "ids are DOCUMENT:INDEX everywhere")

        let server = try LiveServer(db: db)
        defer { server.stop() }
        let page = try #require(try await server.get("/api/events?limit=500") as? [String: Any])
        let apiEvents = try #require(page["items"] as? [[String: Any]])
        let apiEvent = try #require(apiEvents.first { $0["id"] as? String == id })
        let exportedEvent = try #require(exported.first { $0["id"] as? String == id })
        let exportedLine = try #require(exportedLines.first { $0["id"] as? String == id })
        for other in [apiEvent, exportedEvent, exportedLine] {
            #expect(Set(other.keys) == Set(event.keys))
            for key in event.keys.sorted() {
                await #expect(try Self.canonical(event[key]) == Self.canonical(other[key]), "\(key) differs")
            }
        }
        for key in ["id", "date", "datePrecision", "published", "type", "mode", "intensity", "actor", "recipient", "negated",
                    "hypothetical", "future", "source", "sourceTitle", "sourceUrl", "evidence"] {
            #expect(event.keys.contains(key), "the event has \(key)")
        }

        // An actor: the CLI's list and the API's list give the same object.
        let cliActors = try await #require(try Self.json(["actors", "--format", "json"]) as? [[String: Any]])
        let apiActors = try #require((try await server.get("/api/actors") as? [String: Any])?["items"] as? [[String: Any]])
        let actor = try #require(cliActors.first { ($0["credibility"] as? [String: Any])?["cases"] as? Int ?? 0 > 0 })
        let apiActor = try #require(apiActors.first { $0["code"] as? String == actor["code"] as? String })
        #expect(Set(apiActor.keys) == Set(actor.keys))
        for key in actor.keys.sorted() {
            await #expect(try Self.canonical(actor[key]) == Self.canonical(apiActor[key]), "actor \(key) differs")
        }

        let cliLines = try await #require(try Self.json(["lines", "--format", "json"]) as? [[String: Any]])
        let line = try #require(cliLines.first { ($0["statements"] as? [Any])?.isEmpty == false })
        let lineID = try #require(line["id"] as? String)
        let apiLine = try #require(try await server.get("/api/redlines/\(lineID)") as? [String: Any])
        let exportLines = try await Self.jsonLines(["export", "--what", "lines", "--format", "jsonl"])
        let exportLine = try #require(exportLines.first { $0["id"] as? String == lineID })
        for other in [apiLine, exportLine] {
            #expect(Set(other.keys) == Set(line.keys))
            for key in line.keys.sorted() {
                await #expect(try Self.canonical(line[key]) == Self.canonical(other[key]), "line \(key) differs")
            }
        }
    }

    @Test func csvHasOneValuePerCellRoundedNumbersAndNeutralisedFormulas() async throws {
        let db = try Self.store.get()
        let events = try await CLIRunner.run(["export", "--what", "events", "--format", "csv", "--bom", "--db", db.path])
        #expect(events.status == 0)
        #expect(events.stdout.hasPrefix("\u{FEFF}id,date,datePrecision,published,type,mode,intensity,actorName,actorCountry,actorSector,"))
        let rows = CSV.parse(String(events.stdout.dropFirst()))
        let header = try #require(rows.first)
        #expect(rows.dropFirst().allSatisfy { $0.count == header.count }, "every row has every column")
        for column in ["actorCountry", "recipientCountry", "actorSector", "recipientSector", "mode"] {
            let i = try #require(header.firstIndex(of: column))
            #expect(rows.dropFirst().allSatisfy { !$0[i].contains(";") && !$0[i].contains("+") }, "\(column) holds one value per cell")
        }
        let intensity = try #require(header.firstIndex(of: "intensity"))
        #expect(rows.dropFirst().allSatisfy { Double($0[intensity]) != nil && $0[intensity].count <= 7 }, "intensity is a short number")
        #expect(header.contains("context.military"))

        let lines = try await CLIRunner.run(["lines", "--format", "csv", "--db", db.path, "--today", "2025-01-01"])
        let exported = try await CLIRunner.run(["export", "--what", "lines", "--format", "csv", "--db", db.path, "--today", "2025-01-01"])
        #expect(lines.stdout == exported.stdout, "the two line CSVs are one table")
        #expect(lines.stdout.hasPrefix("id,title,declarer,declarerName,"))

        let actors = try await CLIRunner.run(["actors", "--format", "csv", "--db", db.path, "--today", "2025-01-01"])
        #expect(actors.stdout.hasPrefix("code,name,lines,mean,lower,upper,level,cases,lines.declared,lines.crossed,"))
        #expect(!actors.stdout.contains("–"), "the interval is two cells")
        let jsonText = try await CLIRunner.run(["lines", "--format", "json", "--db", db.path, "--today", "2025-01-01"]).stdout
        #expect(!jsonText.contains("99999999"), "floats are rounded")
        #expect(!jsonText.contains("00000001"), "floats are rounded")
    }

    @Test func cellsAreNeutralisedQuotedAndNumbersRounded() {
        #expect(CSVTable.field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSVTable.field("+7 dead") == "'+7 dead")
        #expect(CSVTable.field("-strike") == "'-strike")
        #expect(CSVTable.field("@once") == "'@once")
        #expect(CSVTable.field("-4.5", numeric: true) == "-4.5", "a negative number stays a number")
        #expect(CSVTable.field("a, b") == "\"a, b\"")
        #expect(CSVTable.field("two\r\nlines") == "\"two\r\nlines\"")
        #expect(CSVTable(header: ["x"], rows: [["é"]]).text(bom: true) == "\u{FEFF}x\né\n")
        #expect(Rounding.text(0.7999999999999999) == "0.8")
        #expect(Rounding.text(-9) == "-9")
        #expect(Rounding.round(0.123456) == 0.1235)
    }

    @Test func formatsVersionAndHelp() async throws {
        let db = try Self.store.get()
        let version = try await CLIRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)

        let jsonl = try await Self.jsonLines(["lines", "--format", "jsonl"])
        #expect(!jsonl.isEmpty && jsonl.allSatisfy { $0["id"] is String })
        let report = try await #require(try Self.json(["report", "--format", "json"]) as? [String: Any])
        #expect(report["lines"] is [Any] && report["credibility"] is [Any] && report["escalation"] is [Any])
        let markdown = try await CLIRunner.run(["report", "--format", "markdown", "--db", db.path, "--today", "2025-01-01"])
        #expect(markdown.stdout.hasPrefix("# Red-line report — as of 2025-01-01"))
        #expect(markdown.stdout.contains("\n## ") && markdown.stdout.contains("| Declarer | Code |"))
        let bad = try await CLIRunner.run(["report", "--format", "csv", "--db", db.path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("text") && bad.stderr.contains("markdown") && bad.stderr.contains("json"))

        // Every example in the help of the listing commands is a whole line that starts with
        // "redline" and fits the help's 80 columns, so the parser never wraps it mid-command.
        for command in ["lines", "events", "report", "export", "review", "serve", "eval", "bench-store", "ingest"] {
            let help = try await CLIRunner.run([command, "--help"]).stdout
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let examples = lines.indices.filter { lines[$0].contains("redline \(command)") && !lines[$0].hasPrefix("USAGE") }
            #expect(!examples.isEmpty, "\(command) --help shows examples")
            for i in examples {
                let line = lines[i].trimmingCharacters(in: .whitespaces)
                #expect(line.hasPrefix("redline "), "\(command): an example starts mid-line: \(line)")
                #expect(lines[i].count < 80)
                var j = i
                while lines[j].hasSuffix("\\"), j + 1 < lines.count {
                    j += 1
                    #expect(lines[j].hasPrefix("    "), "\(command): a continued example goes on indented: \(lines[j])")
                    #expect(lines[j].count < 80)
                }
                let next = i + 1 < lines.count ? lines[i + 1].trimmingCharacters(in: .whitespaces) : ""
                #expect(next.isEmpty || next.hasPrefix("redline ") || next.first!.isUppercase || line.hasSuffix("\\"),
                        "\(command): the example \(line) continues on the next line: \(next)")
            }
        }
    }
}

/// A `redline serve` process on a free port, over a store.
final class LiveServer: @unchecked Sendable {
    let process = Process()
    let port: Int

    /// `more` are further options of `redline serve`.
    init(db: URL, _ more: [String] = []) throws {
        process.executableURL = CLIRunner.executable
        process.arguments = ["serve", "--db", db.path, "--port", "0", "--today", "2025-01-01"] + more
        process.currentDirectoryURL = CLIRunner.repository
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen = Data()
        var found: Int?
        let deadline = Date().addingTimeInterval(120)
        while found == nil, Date() < deadline {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
            let text = String(decoding: seen, as: UTF8.self)
            if let range = text.range(of: "serving http://127.0.0.1:") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                found = Int(digits)
            }
        }
        guard let found else {
            process.terminate()
            throw OutputVocabularyTests.Failure("the server did not start: \(String(decoding: seen, as: UTF8.self))")
        }
        port = found
    }

    func get(_ path: String) async throws -> Any {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        return try JSONSerialization.jsonObject(with: data)
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}

/// A small RFC 4180 reader, to read back what the exports write.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false, i = text.unicodeScalars.startIndex
        let s = text.unicodeScalars
        while i < s.endIndex {
            let c = s[i]
            if quoted {
                if c == "\"" {
                    let next = s.index(after: i)
                    if next < s.endIndex && s[next] == "\"" { field.unicodeScalars.append("\""); i = next } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.unicodeScalars.append(c) }
            i = s.index(after: i)
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
