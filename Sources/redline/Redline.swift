import ArgumentParser

@main
struct Redline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redline",
        abstract: "Track red lines in international crises from the text of the news.",
        discussion: """
            redline reads news (plain text, saved web pages, RSS/Atom feeds, JSON Lines), finds the \
            actors, dates, quotes, PLOVER events and red lines in it, and prints them.
            """,
        subcommands: [ExtractCommand.self, EvalCommand.self, BenchCommand.self]
    )
}
