import RedlineCore

/// The ids the tracker gives lines and links. They come from the records themselves (document id,
/// span, type), never from positions in an input, so re-linking the same records gives the same ids.
enum LinkID {
    /// A statement: `DOC@START-END`; a crossing or response event: `DOC@START-END/TYPE`; a claim:
    /// `DOC@START-END/claim`.
    static func record(document: String, span: ScalarSpan, tag: String?) -> String {
        let base = "\(document)@\(span.start)-\(span.end)"
        guard let tag else { return base }
        return base + "/" + tag
    }

    /// A line: `rl-` and 16 hex digits of a hash of the declarer and the founding statement's
    /// trigger, normalised (actor codes sorted, action, content-word stems sorted).
    static func line(declarer: String, trigger: Trigger, words: WordSet, actorCodes: [String]) -> String {
        let key = [
            declarer,
            actorCodes.sorted().joined(separator: ","),
            trigger.action?.rawValue ?? "-",
            words.hashes.map { String($0, radix: 16) }.joined(separator: " "),
        ].joined(separator: "|")
        return "rl-" + ContentHash.hex(of: key).prefix(16)
    }
}
