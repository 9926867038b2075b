import ArgumentParser
import Foundation
import RedlineCore
import RedlineExtract
import RedlineText

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against hand annotations (redline-gold@1).",
        discussion: """
            Runs the extractor on every document of the gold file and scores it with the rules of \
            shared/eval/score.py: red-line precision, recall and F1 by evidence anchors, declarer, \
            consequence and date accuracy, and event recall. Files are relative to the folder \
            above the gold file's folder, or to --root.

            Example:
              redline eval --gold ../shared/eval/gold-seeds.json --verbose
            """
    )

    @Option(help: ArgumentHelp("The gold annotations (JSON, redline-gold@1).", valueName: "file"))
    var gold: String

    @Option(help: ArgumentHelp("Folder the gold's file paths are relative to.", valueName: "dir"))
    var root: String?

    @Option(help: ArgumentHelp("A lexicon file to add to the built-in one; repeatable.", valueName: "file"))
    var lexicon: [String] = []

    @Flag(help: "List missed lines and false positives.")
    var verbose = false

    func run() throws {
        let goldURL = URL(fileURLWithPath: gold)
        let standard: GoldStandard
        do {
            standard = try JSONDecoder().decode(GoldStandard.self, from: Data(contentsOf: goldURL))
        } catch {
            throw CLIError("\(gold): not a redline-gold@1 file (\(error.localizedDescription))")
        }
        let base = root.map { URL(fileURLWithPath: $0) } ?? goldURL.deletingLastPathComponent().deletingLastPathComponent()
        var lex = try Lexicon.builtIn()
        for file in lexicon { try lex.add(contentsOf: URL(fileURLWithPath: file)) }
        let pipeline = try Pipeline.standard(lexicon: lex)
        let scorer = GoldScorer()
        var scores = [GoldScorer.DocumentScore]()
        print("\("document".padding(toLength: 48, withPad: " ", startingAt: 0)) lines found  decl   fp   events")
        for doc in standard.documents {
            var configuration = ReaderConfiguration()
            configuration.defaultPublished = doc.published
            var extraction: Extraction?
            DocumentReader(configuration: configuration).read(base.appendingPathComponent(doc.file).path) { result in
                switch result {
                case .success(let d): if extraction == nil { extraction = pipeline.run(d).extraction() }
                case .failure(let error): Diagnostics.report(error)
                }
            }
            let r = scorer.score(doc, extraction)
            scores.append(r)
            let name = (doc.file as NSString).lastPathComponent.prefix(48)
            print("\(String(name).padding(toLength: 48, withPad: " ", startingAt: 0)) \(pad(r.goldLines, 5)) \(pad(r.found, 5)) \(pad(r.declarerOK, 5)) \(pad(r.falsePositives, 4))  \(pad(r.eventFound, 3))/\(r.eventGold)")
            if verbose {
                for m in r.misses { print("   missed: \(m)") }
                for f in r.falsePositiveEvidence { print("   false positive: \(f)") }
            }
        }
        let total = scorer.total(scores)
        print(String(format: "red lines: precision %.2f recall %.2f F1 %.2f; declarer right %.2f of gold; consequence kind %.2f and date %.2f of matched",
                     total.precision, total.recall, total.f1, total.declarer, total.consequence, total.date))
        print(total.summary)
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
