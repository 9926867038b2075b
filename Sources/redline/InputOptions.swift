import ArgumentParser
import Foundation
import RedlineCore
import RedlineExtract
import RedlineText

/// Options shared by the commands that read news.
struct InputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for inputs that carry none.", valueName: "date"))
    var published: Day?

    @Option(help: "Read every input as this format: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var inputFormat: InputFormat?

    @Option(help: ArgumentHelp("A lexicon file (JSON, see README) to add to the built-in one; repeatable.", valueName: "file"))
    var lexicon: [String] = []

    @Option(help: ArgumentHelp("Refuse a single document larger than this many megabytes.", valueName: "MB"))
    var maxDocumentSize: Int = 32

    @Option(help: ArgumentHelp("A syntax model made by 'redline train-syntax' instead of the bundled one.", valueName: "file"))
    var syntaxModel: String?

    @Flag(help: "Read roles from token windows only, without parsing.")
    var noSyntax = false

    /// The largest `--max-document-size`: 64 GB, far past what fits in memory, and small enough
    /// that the limit in bytes cannot overflow.
    static let maxDocumentSizeLimit = 65_536

    func validate() throws {
        guard (1...Self.maxDocumentSizeLimit).contains(maxDocumentSize) else {
            throw ValidationError("--max-document-size must be from 1 to \(Self.maxDocumentSizeLimit) (MB), not \(maxDocumentSize)")
        }
    }

    /// The parser the pipeline uses, loaded when first needed.
    var syntaxSource: SyntaxSource {
        if noSyntax { return .none }
        return syntaxModel.map { SyntaxSource.file($0) } ?? .bundled
    }

    /// A model that could not be loaded leaves extraction to the window heuristics: say so once.
    func reportSyntaxProblem(_ pipeline: Pipeline) {
        guard let error = pipeline.syntax?.error else { return }
        FileHandle.standardError.write(Data("redline: warning: \(Diagnostics.message(for: error)); roles were read without a parse\n".utf8))
    }

    var readerConfiguration: ReaderConfiguration {
        var configuration = ReaderConfiguration()
        configuration.inputFormat = inputFormat
        configuration.defaultPublished = published
        configuration.maxDocumentBytes = maxDocumentSize << 20
        return configuration
    }

    func loadLexicon() throws -> Lexicon {
        var lexicon = try Lexicon.builtIn()
        for file in self.lexicon {
            try lexicon.add(contentsOf: URL(fileURLWithPath: file))
        }
        return lexicon
    }

    func pipeline() throws -> Pipeline {
        try Pipeline.standard(lexicon: loadLexicon(), syntax: syntaxSource)
    }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        guard argument.utf8.count == 10 else { return nil }
        self.init(argument)
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}

extension InputFormat: ExpressibleByArgument {}
