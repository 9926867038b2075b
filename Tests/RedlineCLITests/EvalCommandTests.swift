import Foundation
import Testing

/// `redline eval` on a file of the development-set format, with the article text inside it.
@Suite("redline eval on the dev-set format")
struct EvalCommandTests {
    @Test func scoresInlineArticlesByTheRowsOfScoreDev() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("mine.json")
        let gold: [String: Any] = [
            "schema": "redline-dev@1", "slice": "mine",
            "documents": [
                ["id": "a1", "title": "A warning", "published": "2019-10-10",
                 "text": "Ankara warned that any attack on its border posts would be met with force. The talks ended.",
                 "redLines": [["id": "tur-border-posts", "declarer": ["TUR"], "anchors": ["any attack on its border posts"],
                               "consequence": "military", "date": "2019-10-10", "datePrecision": "week"]],
                 "optional": [String](), "negatives": [String]()],
                ["id": "a2", "title": "Nothing", "published": "2019-10-10",
                 "text": "The minister opened a bridge on Tuesday.", "redLines": [[String: Any]](), "optional": [String]()],
            ],
        ]
        try JSONSerialization.data(withJSONObject: gold).write(to: file)
        let r = try await CLIRunner.run(["eval", "--gold", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "slice                     docs lines found   fp     F1   decl")
        #expect(lines.contains("mine                         2     1     1    0  1.000  1.000"))
        #expect(lines.last == "score: dev-F1=1.000 precision=1.000 recall=1.000 declarer-acc=1.000 consequence-acc=1.000 date-acc=1.000")
    }

    @Test func filesOfAnotherSchemaAreSkippedWithANote() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("tracking.json")
        try Data(#"{"schema": "redline-tracking-gold@1", "histories": []}"#.utf8).write(to: file)
        let r = try await CLIRunner.run(["eval", "--gold", file.path])
        #expect(r.stderr.contains("skipped, schema redline-tracking-gold@1"))
    }
}
