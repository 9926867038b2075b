import ArgumentParser
import Foundation
import RedlineExport

@main
struct Redline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redline",
        abstract: "Track red lines in international crises from the text of the news.",
        discussion: """
            redline reads news (plain text, saved web pages, RSS/Atom/JSON feeds, JSON Lines), finds the \
            actors, dates, quotes, PLOVER events and red lines in it, and prints them.
            """,
        version: RedlineVersion.string,
        subcommands: [ExtractCommand.self, IngestCommand.self, ReportCommand.self, LinesCommand.self, EventsCommand.self,
                      ActorsCommand.self, ExportCommand.self, ReviewCommand.self, EvalCommand.self, BenchCommand.self,
                      ServeCommand.self, SyntheticStoreCommand.self, StoreBenchCommand.self, TrainSyntaxCommand.self,
                      EvalSyntaxCommand.self, ParseCommand.self, WatchCommand.self]
    )

    /// Runs the command, mapping failures to exit codes in one place: 2 for usage errors (a bad
    /// option, a missing argument), 1 for a run that failed, 0 otherwise.
    static func main() async {
        Output.ignoreBrokenPipes()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            switch exitCode(for: error) {
            case .success:
                exit(withError: error)  // --help, --version
            case .validationFailure:
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            default:
                FileHandle.standardError.write(Data("redline: \(Diagnostics.message(for: error))\n".utf8))
                Foundation.exit(1)
            }
        }
    }
}
