import ArgumentParser
import Foundation
import RedlineCore
import RedlineExtract
import RedlineText

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract actors, dates, quotes, events and red lines from news (redline/extract@1).",
        discussion: """
            INPUT is a file, a directory (read recursively) or - for standard input. The format of \
            each input is told from its content; --input-format overrides it.

            Examples:
              redline extract Samples/ --format text
              redline extract --published 2022-05-03 article.txt
              cat feed.xml | redline extract - --format pretty
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .jsonl

    @Flag(help: "Add the decoded text to each document record.")
    var includeText = false

    @Flag(help: "With --format text, show the dependency parse of each sentence that holds an event or red line, and the roles read off it.")
    var explain = false

    @Argument(help: "Files, directories, or - for standard input.")
    var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one INPUT (a file, a directory, or - for standard input)") }
        if explain, format != .text { throw ValidationError("--explain goes with --format text") }
    }

    func run() throws {
        let pipeline = try input.pipeline()
        let reader = DocumentReader(configuration: input.readerConfiguration)
        var writer = ExtractionWriter(format: format)
        var failures = 0
        for name in inputs {
            // A failed write ends the run: reading on would only fail again.
            try reader.read(name) { result in
                switch result {
                case .success(let document):
                    let annotated = pipeline.run(document)
                    try writer.write(annotated.extraction(includeText: includeText))
                    if explain { try writer.write(text: SyntaxExplanation(annotated).render()) }
                case .failure(let error):
                    try writer.flush()
                    Diagnostics.report(error)
                    failures += 1
                }
            }
        }
        try writer.flush()
        input.reportSyntaxProblem(pipeline)
        if failures > 0 { throw ExitCode(1) }
    }
}
