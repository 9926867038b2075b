/// Regular English inflection, generous by design: generating a form that never occurs costs
/// nothing, missing one loses an event.
enum Inflection {
    enum VerbForm: UInt8, Sendable { case base, third, past, participle, gerund }

    static func verbForms(_ lemma: String, irregular: [String]?) -> [(String, VerbForm)] {
        var out: [(String, VerbForm)] = [(lemma, .base)]
        let chars = Array(lemma)
        guard let last = chars.last else { return out }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let beforeLast = chars.count >= 2 ? chars[chars.count - 2] : " "
        // Third person.
        if lemma.hasSuffix("s") || lemma.hasSuffix("x") || lemma.hasSuffix("z") || lemma.hasSuffix("ch")
            || lemma.hasSuffix("sh") || lemma.hasSuffix("o") {
            out.append((lemma + "es", .third))
        } else if last == "y", !vowels.contains(beforeLast) {
            out.append((String(chars.dropLast()) + "ies", .third))
        } else {
            out.append((lemma + "s", .third))
        }
        // Past and participle.
        var past = [String]()
        if last == "e" {
            past.append(lemma + "d")
        } else if last == "y", !vowels.contains(beforeLast) {
            past.append(String(chars.dropLast()) + "ied")
        } else {
            past.append(lemma + "ed")
            if !vowels.contains(last), vowels.contains(beforeLast), last != "w", last != "x", last != "y" {
                past.append(lemma + String(last) + "ed")
            }
        }
        if last == "c" { past.append(lemma + "ked") }
        // Gerund.
        var gerunds = [String]()
        if lemma.hasSuffix("ie") {
            gerunds.append(String(chars.dropLast(2)) + "ying")
        } else if last == "e", !lemma.hasSuffix("ee"), chars.count > 2 {
            gerunds.append(String(chars.dropLast()) + "ing")
        } else {
            gerunds.append(lemma + "ing")
            if !vowels.contains(last), vowels.contains(beforeLast), last != "w", last != "x", last != "y" {
                gerunds.append(lemma + String(last) + "ing")
            }
        }
        if last == "c" { gerunds.append(lemma + "king") }
        if let irregular, !irregular.isEmpty {
            out.append((irregular[0], .past))
            for form in irregular.dropFirst() { out.append((form, .participle)) }
        } else {
            for p in past {
                out.append((p, .past))
                out.append((p, .participle))
            }
        }
        for g in gerunds { out.append((g, .gerund)) }
        return out
    }

    static func nounForms(_ lemma: String) -> [String] {
        let chars = Array(lemma)
        guard let last = chars.last else { return [lemma] }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let beforeLast = chars.count >= 2 ? chars[chars.count - 2] : " "
        if lemma.hasSuffix("s") || lemma.hasSuffix("x") || lemma.hasSuffix("ch") || lemma.hasSuffix("sh") {
            return [lemma, lemma + "es"]
        }
        if last == "y", !vowels.contains(beforeLast) { return [lemma, String(chars.dropLast()) + "ies"] }
        if lemma.hasSuffix("sis") { return [lemma, String(chars.dropLast(2)) + "es"] }
        return [lemma, lemma + "s"]
    }

    /// A crude lemma for `with`/`without` checks: plural and verb endings removed.
    static func stem(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return word
    }
}
