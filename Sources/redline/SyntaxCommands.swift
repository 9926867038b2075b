import ArgumentParser
import Foundation
import RedlineSyntax
import RedlineText

struct TrainSyntaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-syntax",
        abstract: "Train the part-of-speech tagger, lemmatizer and dependency parser from CoNLL-U treebanks.",
        discussion: """
            Trains an averaged-perceptron tagger (its training data for the parser tagged by \
            jackknifing), suffix-rule lemmas and a greedy arc-eager parser with a dynamic oracle, \
            prints accuracy on the dev file as it goes, and writes the model. The shipped model \
            is made by the example below; copy the result to \
            Sources/RedlineSyntax/Resources/Model/syntax.model to ship it.

            Example:
              redline train-syntax --train ../shared/corpus/ud-ewt/en_ewt-ud-train.conllu \\
                --dev ../shared/corpus/ud-ewt/en_ewt-ud-dev.conllu \\
                --unlabeled ../shared/corpus/bench/reuters21578.jsonl \\
                --unlabeled ../shared/corpus/bench/bbc2005.jsonl --output syntax.model
            """
    )

    @Option(help: ArgumentHelp("Training treebank (CoNLL-U).", valueName: "file"))
    var train: String

    @Option(help: ArgumentHelp("Development treebank (CoNLL-U), scored after training rounds.", valueName: "file"))
    var dev: String?

    @Option(help: ArgumentHelp("News to learn word classes from (any input of 'redline extract'); repeatable.", valueName: "input"))
    var unlabeled: [String] = []

    @Option(help: ArgumentHelp("Where to write the model.", valueName: "file"))
    var output = "syntax.model"

    @Option(help: "Passes of the tagger over the training data.")
    var taggerIterations = SyntaxTrainer.Options().taggerIterations

    @Option(help: "Passes of the parser over the training data.")
    var parserIterations = SyntaxTrainer.Options().parserIterations

    @Option(help: "Folds for tagging the parser's training data (1 trains on gold tags).")
    var folds = SyntaxTrainer.Options().jackknifeFolds

    @Option(help: ArgumentHelp("Parsers whose arcs vote, by direction: l (left to right) or r (right to left), e.g. lrl.", valueName: "directions"))
    var parsers = "l"

    @Option(help: "Move sequences each parser keeps (1 trains a greedy parser with the dynamic oracle; more, a beam parser trained globally).")
    var beam = SyntaxTrainer.Options().beamWidth

    @Option(help: "Move sequences the written parser keeps when it parses (default: as in training).")
    var parseBeam: Int?

    @Option(help: ArgumentHelp("Drop sequences scoring more than this below the best from the written parser's beam.", valueName: "score"))
    var parseBeamMargin: Float?

    @Flag(help: "Train the beam parser with max-violation updates instead of early updates.")
    var maxViolation = false

    @Option(help: ArgumentHelp("How word classes are learned from the unlabelled news: kmeans (neighbour counts) or exchange (predictive exchange).", valueName: "method"))
    var wordClasses = "kmeans"

    @Option(help: ArgumentHelp("Drop the rows of the parser's transition weights whose every weight is smaller than this in size.", valueName: "size"))
    var prune: Float = SyntaxTrainer.Options().pruneBelow

    func validate() throws {
        guard taggerIterations > 0, parserIterations > 0, folds > 0, (1...64).contains(beam),
              (1...64).contains(parseBeam ?? 1) else {
            throw ValidationError("--tagger-iterations, --parser-iterations and --folds must be positive, --beam and --parse-beam between 1 and 64")
        }
        guard WordClassMethod(rawValue: wordClasses) != nil else {
            throw ValidationError("--word-classes is kmeans or exchange, not '\(wordClasses)'")
        }
        guard !parsers.isEmpty, parsers.allSatisfy({ $0 == "l" || $0 == "r" }) else {
            throw ValidationError("--parsers takes one letter per parser, l (left to right) or r (right to left), not '\(parsers)'")
        }
    }

    func run() throws {
        let trainSet = try readTreebank(train)
        let devSet = try dev.map(readTreebank) ?? []
        var news = [[String]]()
        let reader = DocumentReader()
        for input in unlabeled {
            try reader.read(input) { result in
                switch result {
                case .success(let document): news += NewsWords.sentences(of: document)
                case .failure(let error): throw error
                }
            }
        }
        var options = SyntaxTrainer.Options()
        options.taggerIterations = taggerIterations
        options.parserIterations = parserIterations
        options.jackknifeFolds = folds
        options.parsers = parsers.map { $0 == "r" }
        options.beamWidth = beam
        options.parseBeamWidth = parseBeam
        options.movePruneBelow = prune
        options.maxViolation = maxViolation
        options.wordClasses = WordClassMethod(rawValue: wordClasses) ?? .kMeans
        if let parseBeamMargin { options.parseBeamMargin = parseBeamMargin }
        let trainer = SyntaxTrainer(options: options) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        let model = trainer.train(trainSet, dev: devSet, unlabeled: news)
        let bytes = model.serialized()
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CLIError("\(output): cannot write the model (\(error.localizedDescription))")
        }
        print("wrote \(output): \(bytes.count) bytes; \(model.summary)")
        if !devSet.isEmpty {
            // Scored through the written file, so the figures are those of the shipped weights.
            let reloaded = try SyntaxModel(bytes: bytes)
            print(SyntaxReport.line(name: dev ?? "dev", reloaded.evaluate(devSet)))
        }
    }
}

struct EvalSyntaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-syntax",
        abstract: "Score the tagger and parser on CoNLL-U treebanks with gold tokenisation.",
        discussion: """
            Prints UPOS accuracy, unlabelled and labelled attachment scores and lemma accuracy, \
            every word counted (punctuation included).

            Example:
              redline eval-syntax ../shared/corpus/ud-ewt/en_ewt-ud-test.conllu
            """
    )

    @Argument(help: ArgumentHelp("Treebank files (CoNLL-U).", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("A model file instead of the bundled one.", valueName: "file"))
    var model: String?

    @Flag(help: "Also list the commonest tagging confusions and the relations most often attached wrongly.")
    var mistakes = false

    @Option(help: "Parse with this beam width instead of the one the model was trained with (1 is greedy).")
    var beam: Int?

    @Option(help: ArgumentHelp("Parse dropping sequences that score more than this below the best.", valueName: "score"))
    var beamMargin: Float?

    @Option(help: ArgumentHelp("Score the model with the rows of the parser's transition weights smaller than this dropped, and print the size its file would have.", valueName: "size"))
    var prune: Float?

    @Option(help: ArgumentHelp("Also write the parses, one sentence after another as in the input, to this file (word, lemma, tag, head, relation per line).", valueName: "file"))
    var parses: String?

    @Option(help: ArgumentHelp("Also time this many passes of tagging and parsing each file, and print each pass's CPU time.", valueName: "passes"))
    var time: Int?

    func run() throws {
        var syntax = try model.map { try SyntaxModel.load(contentsOf: $0) } ?? SyntaxModel.bundled()
        if let beam, !(1...64).contains(beam) { throw ValidationError("--beam must be between 1 and 64") }
        if let beamMargin, !(beamMargin >= 0) { throw ValidationError("--beam-margin must be 0 or more") }
        if let time, time < 1 { throw ValidationError("--time must be 1 or more") }
        if beam != nil || beamMargin != nil { syntax = syntax.withBeam(width: beam, margin: beamMargin) }
        if let prune {
            syntax = syntax.pruned(tagger: 0, moves: prune, labels: 0)
            print("pruned below \(prune): \(syntax.serialized().count) bytes; \(syntax.summary)")
        }
        var written = ""
        for file in files {
            let sentences = try readTreebank(file)
            print(SyntaxReport.line(name: file, syntax.evaluate(sentences)))
            if let time {
                let words = sentences.reduce(0) { $0 + $1.count }
                for pass in 1...time {
                    let start = CPUTime.seconds()
                    for s in sentences { _ = syntax.analyze(s.forms) }
                    let cpu = CPUTime.seconds() - start
                    print(String(format: "  pass %d: cpu time %.3f s, %.0f words/s", pass, cpu, Double(words) / cpu))
                }
            }
            if parses != nil {
                for s in sentences { written += syntax.analyze(s.forms).conllu() + "\n\n" }
            }
            guard mistakes else { continue }
            let found = syntax.mistakes(sentences)
            print("  tags (gold→given): " + found.tags.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
            print("  wrong heads by relation: " + found.relations.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
        }
        if let parses {
            do {
                try Data(written.utf8).write(to: URL(fileURLWithPath: parses), options: .atomic)
            } catch {
                throw CLIError("\(parses): cannot write the parses (\(error.localizedDescription))")
            }
        }
    }
}

enum SyntaxReport {
    static func line(name: String, _ s: SyntaxScores) -> String {
        func pct(_ x: Double) -> String { String(format: "%.2f%%", x * 100) }
        return "\(name): words \(s.words) UPOS \(pct(s.upos)) UAS \(pct(s.uas)) LAS \(pct(s.las)) lemma \(pct(s.lemma))"
    }
}

private func readTreebank(_ path: String) throws -> [TreebankSentence] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CLIError("\(path): cannot read the treebank (no such file or not readable)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
        throw CLIError("\(path): the treebank is not UTF-8 text")
    }
    return try Treebank.parse(text, source: path)
}

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag and parse news text, printing each sentence as CoNLL-U.",
        discussion: """
            Reads inputs as 'redline extract' does, cuts them into sentences and prints each one's \
            words (as the parser sees them), lemma, UPOS tag, head and relation.

            Example:
              echo "Moscow warned Kyiv that any strike would be answered." | redline parse -
            """
    )

    @OptionGroup var input: InputOptions

    @Argument(help: "Files, directories, or - for standard input.")
    var inputs: [String]

    func run() throws {
        let syntax = try input.syntaxModel.map { try SyntaxModel.load(contentsOf: $0) } ?? SyntaxModel.bundled()
        let reader = DocumentReader(configuration: input.readerConfiguration)
        var failures = 0
        for name in inputs {
            reader.read(name) { result in
                switch result {
                case .success(let document):
                    var out = "# document = \(document.source)\n"
                    let text = SegmentedText(document)
                    for (n, sentence) in text.sentences.enumerated() {
                        let words = NewsWords(bytes: text.buffer.bytes, tokens: text.tokens[sentence.tokens])
                        let sentenceText = String(decoding: text.buffer.bytes[sentence.range], as: UTF8.self)
                        out += "# sent_id = \(n + 1)\n# text = \(sentenceText.split(whereSeparator: \.isNewline).joined(separator: " "))\n"
                        out += syntax.analyze(words.forms).conllu() + "\n\n"
                    }
                    FileHandle.standardOutput.write(Data(out.utf8))
                case .failure(let error):
                    Diagnostics.report(error)
                    failures += 1
                }
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
