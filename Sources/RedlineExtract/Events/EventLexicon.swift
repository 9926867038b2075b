import RedlineCore
import RedlineText

/// The event and red-line side of a lexicon, compiled: inflected forms to entries, and the
/// red-line cue phrases as patterns.
public struct EventLexicon: Sendable {
    struct Sense: Sendable {
        var entry: Int
        var isVerb: Bool
        var form: Inflection.VerbForm
        /// Words after the head that complete a multi-word entry ("off" in "cut off").
        var rest: [String]
    }

    let entries: [EventEntry]
    /// Comparison form of a head word → its senses, constrained ones first.
    let senses: [String: [Sense]]
    let with: [Set<String>?]
    let without: [Set<String>?]
    let cues: CompiledCues

    public init(lexicon: Lexicon) {
        entries = lexicon.events
        var senses = [String: [Sense]]()
        var with = [Set<String>?]()
        var without = [Set<String>?]()
        for (i, e) in lexicon.events.enumerated() {
            with.append(e.with.map { Set($0.map { Inflection.stem(Normalizer.fold($0)) }) })
            without.append(e.without.map { Set($0.map { Inflection.stem(Normalizer.fold($0)) }) })
            if let verb = e.verb {
                let words = verb.split(separator: " ").map { Normalizer.fold(String($0)) }
                guard let head = words.first else { continue }
                let irregular = lexicon.irregularVerbs[head]
                var forms = Inflection.verbForms(head, irregular: irregular)
                for f in e.forms ?? [] { forms.append((Normalizer.fold(f), f.hasSuffix("ing") ? .gerund : .past)) }
                for (form, kind) in forms {
                    senses[form, default: []].append(Sense(entry: i, isVerb: true, form: kind, rest: Array(words.dropFirst())))
                }
            }
            if let noun = e.noun {
                let words = noun.split(separator: " ").map { Normalizer.fold(String($0)) }
                // The head of a compound noun is its last word ("military aid"), matched with what precedes.
                guard let head = words.last else { continue }
                var forms = Inflection.nounForms(head)
                forms += (e.forms ?? []).map(Normalizer.fold)
                for form in Set(forms) {
                    senses[form, default: []].append(Sense(entry: i, isVerb: false, form: .base, rest: Array(words.dropLast())))
                }
            }
        }
        for key in senses.keys {
            senses[key]!.sort { a, b in
                // Multi-word and constrained entries are more specific: try them first.
                let sa = a.rest.count * 2 + (with[a.entry] != nil ? 1 : 0)
                let sb = b.rest.count * 2 + (with[b.entry] != nil ? 1 : 0)
                return sa != sb ? sa > sb : a.entry < b.entry
            }
        }
        self.senses = senses
        self.with = with
        self.without = without
        cues = CompiledCues(lexicon.redLineCues, irregular: lexicon.irregularVerbs)
    }

    func entry(_ sense: Sense) -> EventEntry { entries[sense.entry] }
}
