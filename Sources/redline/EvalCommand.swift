import ArgumentParser
import Foundation
import RedlineCore
import RedlineExtract
import RedlineText

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against hand annotations (redline-gold@1 or redline-dev@1).",
        discussion: """
            Runs the extractor on every document of the gold files and scores it with the rules of \
            shared/eval/score.py: red-line precision, recall and F1 by evidence anchors, declarer, \
            consequence and date accuracy, and event recall. A redline-gold@1 file names its \
            articles by path, relative to the folder above the gold file's folder, or to --root; a \
            redline-dev@1 file (shared/eval/dev/) holds each article's text itself, and is scored \
            as shared/eval/score_dev.py scores it: one row per slice, then the dev-F1 line.

            Examples:
              redline eval --gold ../shared/eval/gold-seeds.json --verbose
              redline eval --gold ../shared/eval/dev/mideast-asia.json \\
                --gold ../shared/eval/dev/wire.json
            """
    )

    @Option(help: ArgumentHelp("A gold file (JSON, redline-gold@1 or redline-dev@1); repeatable.", valueName: "file"))
    var gold: [String]

    @Option(help: ArgumentHelp("Folder the gold's file paths are relative to.", valueName: "dir"))
    var root: String?

    @Option(help: ArgumentHelp("A lexicon file to add to the built-in one; repeatable.", valueName: "file"))
    var lexicon: [String] = []

    @Flag(help: "List missed lines and false positives.")
    var verbose = false

    func run() throws {
        var standards = [(String, GoldStandard)]()
        for file in gold {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: file))
                // Other files of the dev folder (tracking histories) are not scored here, as score_dev.py skips them.
                if let schema = try? JSONDecoder().decode(Schema.self, from: data).schema, !Self.schemas.contains(schema) {
                    FileHandle.standardError.write(Data("redline: \(file): skipped, schema \(schema) is none of \(Self.schemas.joined(separator: ", "))\n".utf8))
                    continue
                }
                standards.append((file, try JSONDecoder().decode(GoldStandard.self, from: data)))
            } catch {
                throw CLIError("\(file): not a redline-gold@1 or redline-dev@1 file (\(error.localizedDescription))")
            }
        }
        var lex = try Lexicon.builtIn()
        for file in lexicon { try lex.add(contentsOf: URL(fileURLWithPath: file)) }
        let pipeline = try Pipeline.standard(lexicon: lex)
        let inline = standards.filter { $0.1.documents.contains { $0.text != nil } }
        let byPath = standards.filter { !$0.1.documents.contains { $0.text != nil } }
        if !byPath.isEmpty { try scoreFiles(byPath, pipeline) }
        if !inline.isEmpty { scoreInline(inline, pipeline) }
    }

    /// redline-gold@1: each document is a file, printed as score.py prints it.
    private func scoreFiles(_ standards: [(String, GoldStandard)], _ pipeline: Pipeline) throws {
        let scorer = GoldScorer()
        var scores = [GoldScorer.DocumentScore]()
        print("\("document".padding(toLength: 48, withPad: " ", startingAt: 0)) lines found  decl   fp   events")
        for (file, standard) in standards {
            let goldURL = URL(fileURLWithPath: file)
            let base = root.map { URL(fileURLWithPath: $0) } ?? goldURL.deletingLastPathComponent().deletingLastPathComponent()
            for doc in standard.documents {
                var configuration = ReaderConfiguration()
                configuration.defaultPublished = doc.published
                var extraction: Extraction?
                DocumentReader(configuration: configuration).read(base.appendingPathComponent(doc.file ?? "").path) { result in
                    switch result {
                    case .success(let d): if extraction == nil { extraction = pipeline.run(d).extraction() }
                    case .failure(let error): Diagnostics.report(error)
                    }
                }
                let r = scorer.score(doc, extraction)
                scores.append(r)
                let name = ((doc.file ?? "") as NSString).lastPathComponent.prefix(48)
                print("\(String(name).padding(toLength: 48, withPad: " ", startingAt: 0)) \(pad(r.goldLines, 5)) \(pad(r.found, 5)) \(pad(r.declarerOK, 5)) \(pad(r.falsePositives, 4))  \(pad(r.eventFound, 3))/\(r.eventGold)")
                if verbose {
                    for m in r.misses { print("   missed: \(m)") }
                    for f in r.falsePositiveEvidence { print("   false positive: \(f)") }
                }
            }
        }
        let total = scorer.total(scores)
        print(String(format: "red lines: precision %.2f recall %.2f F1 %.2f; declarer right %.2f of gold; consequence kind %.2f and date %.2f of matched",
                     total.precision, total.recall, total.f1, total.declarer, total.consequence, total.date))
        print(total.summary)
    }

    /// redline-dev@1: the text is in the file; each document is read as one JSON line, as
    /// score_dev.py hands it to `redline extract`, and the figures are printed as it prints them.
    private func scoreInline(_ standards: [(String, GoldStandard)], _ pipeline: Pipeline) {
        let scorer = GoldScorer()
        var slices = [(String, [GoldScorer.DocumentScore])]()
        for (file, standard) in standards {
            var rows = [GoldScorer.DocumentScore]()
            for doc in standard.documents {
                let line = InlineLine(id: doc.id, title: doc.title, text: doc.text ?? "", published: doc.published?.description)
                var extraction: Extraction?
                var bytes = [UInt8]((try? JSONEncoder().encode(line)) ?? Data())
                bytes.append(0x0A)
                DocumentReader().read(bytes: bytes, name: file) { result in
                    switch result {
                    case .success(let d): if extraction == nil { extraction = pipeline.run(d).extraction() }
                    case .failure(let error): Diagnostics.report(error)
                    }
                }
                let r = scorer.score(doc, extraction)
                rows.append(r)
                if verbose, !r.misses.isEmpty || !r.falsePositiveEvidence.isEmpty {
                    print(String("[\(doc.id ?? "?")] \(doc.title ?? "")".prefix(110)))
                    for m in r.misses { print("   missed: \(m)") }
                    for f in r.falsePositiveEvidence { print("   false positive: \(f)") }
                }
            }
            let name = standard.slice ?? "?"
            if let i = slices.firstIndex(where: { $0.0 == name }) { slices[i].1 += rows } else { slices.append((name, rows)) }
        }
        print("slice                     docs lines found   fp     F1   decl")
        for (name, rows) in slices {
            let t = scorer.total(rows)
            let lines = rows.reduce(0) { $0 + $1.goldLines }, found = rows.reduce(0) { $0 + $1.found }
            let fp = rows.reduce(0) { $0 + $1.falsePositives }
            print("\(name.padding(toLength: 24, withPad: " ", startingAt: 0)) \(pad(rows.count, 5)) \(pad(lines, 5)) \(pad(found, 5)) \(pad(fp, 4)) \(String(format: "%6.3f %6.3f", t.f1, t.declarer))")
        }
        let t = scorer.total(slices.flatMap(\.1))
        print(String(format: "score: dev-F1=%.3f precision=%.3f recall=%.3f declarer-acc=%.3f consequence-acc=%.3f date-acc=%.3f",
                     t.f1, t.precision, t.recall, t.declarer, t.consequence, t.date))
    }

    private static let schemas = ["redline-gold@1", "redline-dev@1"]

    private struct Schema: Decodable {
        var schema: String?
    }

    private struct InlineLine: Encodable {
        var id: String?
        var title: String?
        var text: String
        var published: String?
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }
}

/// A failure of the run itself, told in one line.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
