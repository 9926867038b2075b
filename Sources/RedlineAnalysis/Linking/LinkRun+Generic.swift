import RedlineCore

extension LinkRun {
    /// Whether an event names a kind of act rather than one act: its trigger is a plural noun
    /// followed by "by" ("regards visits by senior U.S. officials as support for independence"),
    /// and it has no date and no recipient of its own. Such a sentence tells what the declarer
    /// thinks of such acts; it does not report one, so it cannot cross a line. "Strikes by Russian
    /// drones killed three on Monday" has a date of its own and is an act.
    static func isGeneric(_ event: Event) -> Bool {
        guard event.dateText == nil, event.recipient.isEmpty, let trigger = event.trigger else { return false }
        let words = Tokenizer.tokenHashes(of: trigger)
        guard words.count == 1, trigger.count > 3, trigger.lowercased().hasSuffix("s"),
              !trigger.lowercased().hasSuffix("ss") else { return false }
        let tokens = Tokenizer.tokenHashes(of: event.evidence)
        for i in tokens.indices.dropLast() where tokens[i] == words[0] && tokens[i + 1] == by { return true }
        return false
    }

    private static let by = Tokenizer.hash("by")
}
