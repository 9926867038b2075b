/// Whether a statement's trigger says on its own what must not happen, or only points at it.
///
/// An extractor often gets the condition of a restatement wrong: a pronoun it could not resolve
/// ("if she went ahead", "if it invades", "He said ... if he used them"), the declaration taken for
/// the condition ("I didn't set a red line", "would cross a red line for Russia"), or the
/// reporting or threatening clause taken for it ("the West would respond to military escalation",
/// "President Xi said China would never promise to renounce force"). Such a trigger is *weak*: its
/// words, actors and action are not the line's, and the linker reads the whole sentence and the
/// article around it instead, the way an analyst resolves a reference.
///
/// Weak when the trigger text
/// - has fewer than two content words (see `WordSet`; a trigger actor it names counts as one:
///   "Finland joined NATO" says who and what; a word of failing does not: "if Tokyo failed to
///   act" says who, not what), unless its one word names an act ("an invasion"),
/// - starts with a subject pronoun (the actor was never resolved),
/// - names red lines itself ("red line", "line in the sand"),
/// - holds a reporting verb ("said", "told", "warned", "vowed") or a modal of the consequence
///   ("would", "will", "shall"): the condition of a red line is a plain clause ("if Russia
///   invades"), never the report of it or the threatened answer.
enum TriggerQuality {
    static func isWeak(_ text: String, words: WordSet, namesActor: Bool) -> Bool {
        // One word says what must not happen only when it names an act ("an invasion", "any
        // escalation"), not who or what ("the decision", "them").
        // A word of failing says that something is not done, not what: "if Tokyo failed to act".
        let tokens = Tokenizer.tokenHashes(of: text)
        let failing = Set(tokens.filter { W.failure.contains($0) && !StopWords.contains(hash: $0) }).count
        let what = max(0, words.count - failing)
        if what + (namesActor ? 1 : 0) < 2, words.acts.isEmpty || what != 1 { return true }
        guard let first = tokens.first else { return true }
        if W.pronouns.contains(first) { return true }
        for (i, t) in tokens.enumerated() {
            if W.reporting.contains(t) || W.modals.contains(t) { return true }
            if t == W.red, i + 1 < tokens.count, W.line.contains(tokens[i + 1]) { return true }
            if t == W.sand, i >= 2, W.line.contains(tokens[i - 2]) { return true }
        }
        return false
    }

    /// Whether a trigger names a failure to act rather than an act: a negation or a word of failing
    /// ("Tokyo failed to act", "if Japan did not move to open its markets", "Japan's failure to
    /// honour the pact", "refuses to withdraw").
    static func isFailure(_ text: String) -> Bool {
        Tokenizer.tokenHashes(of: text).contains { W.failure.contains($0) }
    }

    private enum W {
        static let failure = SortedHashes(words: """
            not didnt doesnt dont wont isnt arent hasnt havent cannot cant never no fail fails failed failing failure refuse refuses refused refusing refusal \
            reneges reneged reneging
            """)
        static let pronouns = SortedHashes(words: "he she it they we i you this that these those")
        static let reporting = SortedHashes(words: """
            said says say told tells warned warns announced announces stated added adds vowed vows insisted \
            insists framed argued argues
            """)
        static let modals = SortedHashes(words: "would will shall")
        static let red = Tokenizer.hash("red")
        static let line = SortedHashes(words: "line lines")
        static let sand = Tokenizer.hash("sand")
    }
}
