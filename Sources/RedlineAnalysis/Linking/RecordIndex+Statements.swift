import RedlineCore

extension RecordIndex {
    /// Whether an event coded from the sentence of red-line statements describes them rather than
    /// an act: the condition ("if Finland joined NATO") or the threatened answer ("would be met with
    /// sanctions"). It does when its trigger word lies within a statement's trigger or consequence
    /// text, or when it has no trigger word to tell. A recap that reports the act beside the old
    /// warning ("Sweden formally joined NATO on Thursday, completing a shift ... that Russia had
    /// warned would bring military retaliation") holds an act all the same.
    ///
    /// Nor is an act the sentence gives as what prompted the statement one that crosses it: "Trump
    /// warned Iran that it would be held responsible for any damage, after militia supporters forced
    /// their way into the embassy" tells of an act before the warning (`prompted`).
    static func describes(_ lines: [RedLine], _ event: Event) -> Bool {
        guard let trigger = event.trigger else { return true }
        let words = stems(of: trigger)
        guard !words.isEmpty else { return true }
        if prompted(lines, event, trigger: trigger) { return true }
        return lines.contains { line in
            [line.trigger.text, line.consequence.text].contains { text in
                guard let text else { return false }
                let described = stems(of: text)
                return words.allSatisfy(described.contains)
            }
        }
    }

    /// Whether the event's trigger follows a word of cause ("after", "following", "in response to")
    /// that itself follows a statement's trigger or consequence in the sentence.
    static func prompted(_ lines: [RedLine], _ event: Event, trigger: String) -> Bool {
        let sentence = event.evidence.lowercased()
        let said = lines.flatMap { [$0.trigger.text, $0.consequence.text] }.compactMap { $0?.lowercased() }.filter { $0.count >= 4 }
        for marker in [" after ", " following ", " in response to ", " in the wake of "] {
            var from = sentence.startIndex
            while let cause = sentence.range(of: marker, range: from..<sentence.endIndex) {
                from = cause.upperBound
                guard sentence.range(of: trigger.lowercased(), range: cause.upperBound..<sentence.endIndex) != nil else { break }
                if said.contains(where: { text in sentence.range(of: text).map { $0.upperBound <= cause.lowerBound } ?? false }) {
                    return true
                }
            }
        }
        return false
    }

    private static func stems(of text: String) -> [UInt64] {
        var result: [UInt64] = []
        Tokenizer.forEachToken(in: text) { token, _, _ in result.append(Stemmer.stemHash(token)) }
        return result
    }
}
