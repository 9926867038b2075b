/// Lemmas from suffix rules learned on the treebank, with the words those rules get wrong kept as
/// exceptions ("went" → "go", "mice" → "mouse").
///
/// A rule rewrites the end of a word of one part of speech: for "-ies" nouns, cut three letters
/// and add "y". The longest ending with a reliable rule wins; proper nouns keep their form.
public struct Lemmatizer: Sendable {
    struct Rule: Sendable, Hashable {
        var cut: Int
        var append: String
    }

    /// "TAG\u{1}form" → lemma.
    var exceptions: [String: String]
    /// "TAG\u{1}ending" → rule.
    var rules: [String: Rule]

    static let longestEnding = 5

    public func lemma(of form: String, tag: UPOS) -> String {
        switch tag {
        case .PROPN, .PUNCT, .NUM, .SYM, .X: return form
        default: break
        }
        let lower = form.lowercased()
        if let known = exceptions[Lemmatizer.key(tag, lower)] { return known }
        let scalars = Array(lower.unicodeScalars)
        var k = min(Lemmatizer.longestEnding, scalars.count - 1)
        while k >= 1 {
            let ending = String(String.UnicodeScalarView(scalars[(scalars.count - k)...]))
            if let rule = rules[Lemmatizer.key(tag, ending)] {
                return Lemmatizer.apply(rule, to: scalars)
            }
            k -= 1
        }
        return lower
    }

    static func key(_ tag: UPOS, _ text: String) -> String { "\(tag)\u{1}\(text)" }

    static func apply(_ rule: Rule, to scalars: [Unicode.Scalar]) -> String {
        guard rule.cut <= scalars.count else { return String(String.UnicodeScalarView(scalars)) }
        return String(String.UnicodeScalarView(scalars[0..<(scalars.count - rule.cut)])) + rule.append
    }

    static func rule(from form: [Unicode.Scalar], to lemma: [Unicode.Scalar]) -> Rule {
        var common = 0
        while common < form.count, common < lemma.count, form[common] == lemma[common] { common += 1 }
        return Rule(cut: form.count - common, append: String(String.UnicodeScalarView(lemma[common...])))
    }

    /// Learns rules and exceptions from gold lemmas.
    static func learn(_ sentences: [TreebankSentence]) -> Lemmatizer {
        var endings = [String: [Rule: Int]]()
        var words = [String: [String: Int]]()
        for s in sentences {
            for i in 0..<s.count {
                let tag = s.tags[i]
                switch tag {
                case .PROPN, .PUNCT, .NUM, .SYM, .X: continue
                default: break
                }
                let form = s.forms[i].lowercased()
                let lemma = s.lemmas[i].lowercased()
                guard lemma != "_" else { continue }
                words[key(tag, form), default: [:]][lemma, default: 0] += 1
                let f = Array(form.unicodeScalars)
                let rule = rule(from: f, to: Array(lemma.unicodeScalars))
                for k in 1...min(longestEnding, max(f.count - 1, 1)) where k < f.count {
                    let ending = String(String.UnicodeScalarView(f[(f.count - k)...]))
                    endings[key(tag, ending), default: [:]][rule, default: 0] += 1
                }
            }
        }
        var rules = [String: Rule]()
        for (ending, tally) in endings {
            let total = tally.values.reduce(0, +)
            // Ties go the same way in every run (dictionaries iterate in a random order).
            guard let (rule, count) = tally.max(by: { ($0.value, $1.key.cut, $1.key.append) < ($1.value, $0.key.cut, $0.key.append) }),
                  count >= 3,
                  Double(count) / Double(total) >= 0.6 else { continue }
            rules[ending] = rule
        }
        var lemmatizer = Lemmatizer(exceptions: [:], rules: rules)
        var exceptions = [String: String]()
        for (key, lemmas) in words {
            guard let (lemma, _) = lemmas.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { continue }
            let parts = key.split(separator: "\u{1}", maxSplits: 1)
            guard parts.count == 2, let tag = UPOS(name: String(parts[0])) else { continue }
            if lemmatizer.lemma(of: String(parts[1]), tag: tag) != lemma { exceptions[key] = lemma }
        }
        lemmatizer.exceptions = exceptions
        return lemmatizer
    }
}
