import Foundation
import RedlineCore
import Testing

@Suite("redline extract, end to end", .serialized)
struct ExtractCommandTests {
    private func decode(_ stdout: String) async throws -> [Extraction] {
        try stdout.split(separator: "\n").map { try JSONDecoder().decode(Extraction.self, from: Data($0.utf8)) }
    }

    @Test func everyContractFieldIsPresentEvenWhenEmpty() async throws {
        let r = try await CLIRunner.run(["extract", "-"], stdin: Data("Nothing happened here.".utf8))
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["schema", "document", "actors", "dates", "quotes", "events", "redLines", "crossingClaims"])
        #expect(object["schema"] as? String == "redline/extract@1")
        let document = try #require(object["document"] as? [String: Any])
        #expect(Set(document.keys) == ["id", "source", "title", "url", "published", "language", "sentences"])
        #expect(document["published"] is NSNull)
    }

    @Test func aSyntaxModelThatCannotBeReadIsNamedOnceAndExtractionGoesOn() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let model = dir.appendingPathComponent("broken.model")
        try Data("RLSYNTAX, but nothing a model holds".utf8).write(to: model)
        let r = try await CLIRunner.run(["extract", "--syntax-model", model.path, "-"],
                                  stdin: Data("Russia expelled ten Estonian diplomats.\n\nThe ministry, in a statement on Friday, warned Kyiv.".utf8))
        #expect(r.status == 0)
        let warnings = r.stderr.split(separator: "\n")
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("redline: warning: \(model.path): not a usable syntax model:") == true, "\(r.stderr)")
        await #expect(try decode(r.stdout).first?.events.contains { $0.type == .sanction } == true)
    }

    @Test func explainShowsTheParseBehindTheRoles() async throws {
        let r = try await CLIRunner.run(["extract", "--format", "text", "--explain", "-"],
                                  stdin: Data("The Turkish foreign ministry, in a statement issued on Sunday, condemned Sweden.".utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("parses:"))
        #expect(r.stdout.contains("obj Sweden [PROPN Sweden]"))
        #expect(r.stdout.contains("→ ACCUSE 'condemned': actor TUR/GOV, recipient SWE"))
        let refused = try await CLIRunner.run(["extract", "--explain", "-"], stdin: Data("Russia warned NATO.".utf8))
        #expect(refused.status == 2)
    }

    @Test func publishedResolvesRelativeDates() async throws {
        let r = try await CLIRunner.run(["extract", "--published", "2022-05-03", "-"], stdin: Data("Last week, Russia warned NATO.".utf8))
        let x = try await #require(try decode(r.stdout).first)
        #expect(x.document.published == Day("2022-05-03"))
        #expect(x.dates.first?.value == Day("2022-04-25"))
        #expect(x.dates.first?.precision == .week)
    }

    @Test func badInputsAreReportedOneLineEachAndTheRestIsRead() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.txt")
        try Data("Title: Good\nPublished: 2022-04-13\n\nRussia warned NATO on Wednesday.".utf8).write(to: good)
        let binary = dir.appendingPathComponent("binary.txt")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3]).write(to: binary)
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let lines = dir.appendingPathComponent("docs.jsonl")
        try Data("{\"id\": \"a\", \"text\": \"Iran warned Israel.\", \"published\": \"2024-04-01\"}\n{not json\n{\"id\": \"c\", \"text\": \"China warned Taiwan.\"}\n".utf8).write(to: lines)
        let r = try await CLIRunner.run(["extract", good.path, binary.path, empty.path, lines.path])
        #expect(r.status == 1)
        let errors = r.stderr.split(separator: "\n")
        #expect(errors.count == 3)
        #expect(errors.contains { $0.contains("binary.txt") })
        #expect(errors.contains { $0.contains("empty.txt") })
        #expect(errors.contains { $0.contains("docs.jsonl:2") })
        let docs = try await decode(r.stdout)
        #expect(docs.count == 3)
        #expect(docs[0].document.title == "Good")
        #expect(docs[0].document.published == Day("2022-04-13"))
    }

    @Test func usageErrorsExitWithTwo() async throws {
        let r = try await CLIRunner.run(["extract", "--format", "yaml", "x.txt"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("jsonl"))
        let none = try await CLIRunner.run(["extract"])
        #expect(none.status == 2)
        let badDate = try await CLIRunner.run(["extract", "--published", "2022-13-45", "x.txt"])
        #expect(badDate.status == 2)
    }

    @Test func aMissingFileIsAnInputError() async throws {
        let r = try await CLIRunner.run(["extract", "no/such/file.txt"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("redline: no/such/file.txt:"))
        #expect(r.stdout.isEmpty)
    }

    @Test func textFormatIsReadable() async throws {
        let r = try await CLIRunner.run(["extract", "--format", "text", "--published", "2022-04-14", "-"],
                                  stdin: Data("On April 13, Russian Deputy Foreign Minister Sergei Ryabkov said Russia would consider Western weapons convoys in Ukraine legitimate military targets.".utf8))
        #expect(r.status == 0)
        #expect(r.stdout.contains("RED LINES"))
        #expect(r.stdout.contains("RUS/GOV (Sergei Ryabkov)"))
        #expect(r.stdout.contains("military (level 4)"))
    }

    @Test func aUserLexiconAddsActors() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lexicon = dir.appendingPathComponent("mine.json")
        try Data(#"{"format": "redline-lexicon@1", "actors": [{"code": "ATL", "kind": "state", "names": ["Atlantis"], "adjectives": ["Atlantean"], "demonyms": ["Atlanteans"], "metonyms": {"GOV": ["Poseidonia"]}}]}"#.utf8).write(to: lexicon)
        let r = try await CLIRunner.run(["extract", "--lexicon", lexicon.path, "-"], stdin: Data("Atlantean forces shelled the port. Poseidonia denied it.".utf8))
        let x = try await #require(try decode(r.stdout).first)
        #expect(x.actors.contains { $0.code == "ATL" && $0.sector == "MIL" })
        #expect(x.actors.contains { $0.code == "ATL" && $0.sector == "GOV" })
        let broken = dir.appendingPathComponent("broken.json")
        try Data(#"{"actors": [{"kind": "state"}]}"#.utf8).write(to: broken)
        let bad = try await CLIRunner.run(["extract", "--lexicon", broken.path, "-"], stdin: Data("x".utf8))
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("broken.json"))
        #expect(bad.stderr.contains("code"))
    }
}

@Suite("Read commands as of a day")
struct AsOfTests {
    @Test("--as-of recomputes statuses for that day and writes nothing to the store")
    func asOfRecomputesWithoutWriting() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try "Title: Oslo warns Moscow\nPublished: 2030-01-10\n\nNorway warned Russia on Thursday that any attack on Norwegian fishing vessels would be met with a military response.\n"
            .write(to: input.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Title: Trawlers hit\nPublished: 2030-03-05\n\nRussian warships attacked Norwegian fishing vessels in the Barents Sea on Tuesday, the Norwegian defence ministry said.\n"
            .write(to: input.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("s.sqlite").path
        #expect(try await CLIRunner.run(["ingest", "--db", db, "--today", "2030-06-30", input.path]).status == 0)

        func status(_ extra: [String]) async throws -> String? {
            let result = try await CLIRunner.run(["lines", "--db", db, "--format", "json"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
            return lines?.first?["status"] as? String
        }
        // What is stored: the lines as the last write left them, and every event. (The file's
        // header may change on any open, as SQLite readers set up the write-ahead log.)
        func snapshot() async throws -> [String] {
            var outputs: [String] = []
            for what in ["lines", "events"] {
                let result = try await CLIRunner.run([what, "--db", db, "--format", "json"])
                #expect(result.status == 0, "\(result.stderr)")
                outputs.append(result.stdout)
            }
            return outputs
        }
        let before = try await snapshot()
        let stored = try await status([])
        let early = try await status(["--as-of", "2030-02-01"])
        let later = try await status(["--as-of", "2030-04-01"])
        #expect(stored == "not-enforced")
        #expect(early == "declared")
        #expect(later == "crossed")
        let report = try await CLIRunner.run(["report", "--db", db, "--as-of", "2030-02-01"])
        #expect(report.stdout.contains("as of 2030-02-01"))
        #expect(report.stdout.contains("[DECLARED]"))
        // Reading as of another day wrote nothing: the stored lines keep the ingest's day.
        let after = try await snapshot()
        #expect(after == before)
        let storedAgain = try await status([])
        #expect(storedAgain == "not-enforced")
    }

    @Test("events are listed with how the text tells them: a fact, or negated, hypothetical or future")
    func eventsSayHowTheyAreTold() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.txt")
        try "Title: Barents\nPublished: 2030-03-05\n\nRussian warships attacked Norwegian fishing vessels on Tuesday. Russia did not attack the Norwegian coast guard.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("s.sqlite").path
        #expect(try await CLIRunner.run(["ingest", "--db", db, "--today", "2030-06-30", file.path]).status == 0)
        let table = try await CLIRunner.run(["events", "--db", db, "--type", "ASSAULT"])
        #expect(table.status == 0, "\(table.stderr)")
        let rows = table.stdout.split(separator: "\n").filter { $0.contains("attack") }
        #expect(rows.contains { $0.contains(" fact ") && $0.contains("attacked") }, "\(table.stdout)")
        #expect(rows.contains { $0.contains("negated") && $0.contains("did not attack") }, "\(table.stdout)")
        let facts = try await CLIRunner.run(["events", "--db", db, "--type", "ASSAULT", "--factual"])
        #expect(!facts.stdout.contains("did not attack"))
    }

    @Test("ingest says when documents are published after its --today, instead of leaving them out silently")
    func ingestNamesDocumentsAfterToday() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.txt")
        try "Title: Barents\nPublished: 2030-03-05\n\nNorway warned Russia that any attack on its fishing vessels would be met with force.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("s.sqlite").path
        let early = try await CLIRunner.run(["ingest", "--db", db, "--today", "2030-01-01", file.path])
        #expect(early.status == 0)
        #expect(early.stderr.contains("1 document(s) published after 2030-01-01 are stored but left out"), "\(early.stderr)")
        #expect(early.stdout.contains("0 tracked lines"))
        let later = try await CLIRunner.run(["ingest", "--db", db, "--today", "2030-06-01", file.path])
        #expect(!later.stderr.contains("published after"))
        #expect(later.stdout.contains("1 tracked lines"))
    }
}
