import ArgumentParser

/// How `redline extract` prints its records.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// One compact JSON object per line (the contract's default).
    case jsonl
    /// Indented JSON, one object per document.
    case pretty
    /// A summary for people: actors, dated statements, red lines, events, quotes.
    case text
}
