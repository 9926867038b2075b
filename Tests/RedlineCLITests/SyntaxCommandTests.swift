import Foundation
import Testing

/// `redline train-syntax` and `eval-syntax` end to end on a treebank written for the test.
@Suite("redline train-syntax and eval-syntax")
struct SyntaxCommandTests {
    /// Six sentences in CoNLL-U: id, form, lemma, UPOS, xpos, feats, head, relation, deps, misc.
    static let treebank: String = {
        let sentences: [[(String, String, Int, String)]] = [
            [("Ankara", "PROPN", 2, "nsubj"), ("warned", "VERB", 0, "root"), ("Damascus", "PROPN", 2, "obj"), (".", "PUNCT", 2, "punct")],
            [("The", "DET", 2, "det"), ("army", "NOUN", 3, "nsubj"), ("shelled", "VERB", 0, "root"), ("the", "DET", 5, "det"), ("town", "NOUN", 3, "obj"), (".", "PUNCT", 3, "punct")],
            [("Oslo", "PROPN", 2, "nsubj"), ("rejected", "VERB", 0, "root"), ("the", "DET", 4, "det"), ("plan", "NOUN", 2, "obj"), (".", "PUNCT", 2, "punct")],
            [("The", "DET", 2, "det"), ("envoy", "NOUN", 3, "nsubj"), ("warned", "VERB", 0, "root"), ("the", "DET", 5, "det"), ("rebels", "NOUN", 3, "obj"), (".", "PUNCT", 3, "punct")],
            [("Lima", "PROPN", 2, "nsubj"), ("shelled", "VERB", 0, "root"), ("Quito", "PROPN", 2, "obj"), (".", "PUNCT", 2, "punct")],
            [("The", "DET", 2, "det"), ("court", "NOUN", 3, "nsubj"), ("rejected", "VERB", 0, "root"), ("the", "DET", 5, "det"), ("appeal", "NOUN", 3, "obj"), (".", "PUNCT", 3, "punct")],
        ]
        return sentences.enumerated().map { n, words in
            "# sent_id = t\(n + 1)\n" + words.enumerated().map { i, w in
                "\(i + 1)\t\(w.0)\t\(w.1 == "PROPN" ? w.0 : w.0.lowercased())\t\(w.1)\t_\t_\t\(w.2)\t\(w.3)\t_\t_"
            }.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }()

    @Test func aBeamModelTrainedFromTheCommandLineScoresAndWritesItsParses() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bank = dir.appendingPathComponent("bank.conllu")
        try Data(Self.treebank.utf8).write(to: bank)
        let model = dir.appendingPathComponent("small.model").path
        let train = try await CLIRunner.run(["train-syntax", "--train", bank.path, "--dev", bank.path, "--output", model,
                                             "--folds", "1", "--tagger-iterations", "5", "--parser-iterations", "8",
                                             "--beam", "4", "--max-violation", "--parse-beam-margin", "1000", "--prune", "0"])
        #expect(train.status == 0, "\(train.stderr)")
        #expect(train.stdout.contains("wrote \(model)"))
        #expect(train.stderr.contains("beam parser iteration 8"))

        let parses = dir.appendingPathComponent("parses.txt").path
        let eval = try await CLIRunner.run(["eval-syntax", bank.path, "--model", model, "--parses", parses])
        #expect(eval.status == 0, "\(eval.stderr)")
        // Every head right on the training trees (labels, from six sentences, are not all learned).
        #expect(eval.stdout.contains("words 31 UPOS 100.00% UAS 100.00%"), "\(eval.stdout)")
        let written = try String(contentsOfFile: parses, encoding: .utf8)
        let blocks = written.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(blocks.count == 6)
        #expect(blocks.first?.split(separator: "\n").first == "1\tAnkara\tAnkara\tPROPN\t2\tnsubj")

        // The same weights parsed greedily: scored the same way, every word counted.
        let greedy = try await CLIRunner.run(["eval-syntax", bank.path, "--model", model, "--beam", "1"])
        #expect(greedy.status == 0)
        #expect(greedy.stdout.contains("words 31 UPOS 100.00%"))

        // Timed passes: one line each, after the scores.
        let timed = try await CLIRunner.run(["eval-syntax", bank.path, "--model", model, "--time", "2"])
        #expect(timed.status == 0, "\(timed.stderr)")
        let passes = timed.stdout.split(separator: "\n").filter { $0.hasPrefix("  pass ") }
        #expect(passes.count == 2, "\(timed.stdout)")
        #expect(passes.first?.contains("words/s") == true)
    }

    @Test func badBeamSettingsAndABrokenTreebankAreNamed() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bank = dir.appendingPathComponent("broken.conllu")
        try Data("1\tAnkara\tankara\tPROPN\t_\t_\tnot-a-number\tnsubj\t_\t_\n".utf8).write(to: bank)
        let broken = try await CLIRunner.run(["eval-syntax", bank.path])
        #expect(broken.status != 0)
        #expect(broken.stderr.contains(bank.path))
        let tooWide = try await CLIRunner.run(["train-syntax", "--train", bank.path, "--beam", "65"])
        #expect(tooWide.status != 0)
        #expect(tooWide.stderr.contains("--beam and --parse-beam between 1 and 64"))
        let negative = try await CLIRunner.run(["eval-syntax", bank.path, "--beam-margin", "-1"])
        #expect(negative.status != 0)
        let unknownClasses = try await CLIRunner.run(["train-syntax", "--train", bank.path, "--word-classes", "brown"])
        #expect(unknownClasses.status != 0)
        #expect(unknownClasses.stderr.contains("--word-classes is kmeans or exchange, not 'brown'"))
        let noPasses = try await CLIRunner.run(["eval-syntax", bank.path, "--time", "0"])
        #expect(noPasses.status != 0)
        #expect(noPasses.stderr.contains("--time must be 1 or more"))
    }
}
