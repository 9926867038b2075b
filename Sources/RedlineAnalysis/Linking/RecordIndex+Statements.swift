import RedlineCore

extension RecordIndex {
    /// Whether an event coded from the sentence of red-line statements describes them rather than
    /// an act: the condition ("if Finland joined NATO") or the threatened answer ("would be met with
    /// sanctions"). It does when its trigger word lies within a statement's trigger or consequence
    /// text, or when it has no trigger word to tell. A recap that reports the act beside the old
    /// warning ("Sweden formally joined NATO on Thursday, completing a shift ... that Russia had
    /// warned would bring military retaliation") holds an act all the same.
    static func describes(_ lines: [RedLine], _ event: Event) -> Bool {
        guard let trigger = event.trigger else { return true }
        let words = stems(of: trigger)
        guard !words.isEmpty else { return true }
        return lines.contains { line in
            [line.trigger.text, line.consequence.text].contains { text in
                guard let text else { return false }
                let described = stems(of: text)
                return words.allSatisfy(described.contains)
            }
        }
    }

    private static func stems(of text: String) -> [UInt64] {
        var result: [UInt64] = []
        Tokenizer.forEachToken(in: text) { token, _, _ in result.append(Stemmer.stemHash(token)) }
        return result
    }
}
