/// The kinds of input redline reads. Normally told from the content (see `FormatSniffer`);
/// `ReaderConfiguration.inputFormat` (the CLI's `--input-format`) overrides that.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Plain text, optionally led by a `Title:` / `Published:` header block.
    case text
    /// A web page; its main article text is kept.
    case html
    /// An RSS 2.0, RSS 1.0 (RDF) or Atom feed, or a JSON Feed (1 or 1.1); each item or entry is
    /// one document.
    case feed
    /// JSON Lines: one `{"id", "text" | "html", "title", "url", "published"}` object per line.
    case jsonl
}
