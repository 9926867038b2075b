import RedlineCore
import RedlineText

/// The event and red-line side of a lexicon, compiled: inflected forms to entries, and the
/// red-line cue phrases as patterns.
public struct EventLexicon: Sendable {
    struct Sense: Sendable {
        var entry: Int
        var isVerb: Bool
        var form: Inflection.VerbForm
        /// Vocabulary ids of the words that complete a multi-word entry ("off" in "cut off"):
        /// after the head for verbs, before it for nouns.
        var rest: [Int32]
    }

    let entries: [EventEntry]
    /// Vocabulary id of a head word → its senses, constrained ones first.
    private let sensesByWord: [[Sense]]
    private let heads: WordSet
    /// Per entry, the words one of which must be near its trigger, as every form that stems
    /// to one of them (``Inflection/stem(_:)``).
    let with: [WordSet?]
    /// Per entry, the words none of which may be near its trigger, likewise.
    let without: [WordSet?]
    let cues: CompiledCues

    /// Compiles `lexicon`'s events and cues, interning their words into `vocabulary`, which
    /// must already tag ``WordClasses/all``.
    public init(lexicon: Lexicon, vocabulary: inout Vocabulary) {
        entries = lexicon.events
        var senses = [String: [Sense]]()
        var with = [WordSet?]()
        var without = [WordSet?]()
        var stemForms = [String: [Int32]]()
        for (i, e) in lexicon.events.enumerated() {
            with.append(e.with.map { Self.stemSet($0, &vocabulary, &stemForms) })
            without.append(e.without.map { Self.stemSet($0, &vocabulary, &stemForms) })
            if let verb = e.verb {
                let words = verb.split(separator: " ").map { Normalizer.fold(String($0)) }
                guard let head = words.first else { continue }
                let irregular = lexicon.irregularVerbs[head]
                var forms = Inflection.verbForms(head, irregular: irregular)
                for f in e.forms ?? [] { forms.append((Normalizer.fold(f), f.hasSuffix("ing") ? .gerund : .past)) }
                for (form, kind) in forms {
                    senses[form, default: []].append(Sense(entry: i, isVerb: true, form: kind, rest: words.dropFirst().map { vocabulary.intern($0) }))
                }
            }
            if let noun = e.noun {
                let words = noun.split(separator: " ").map { Normalizer.fold(String($0)) }
                // The head of a compound noun is its last word ("military aid"), matched with what precedes.
                guard let head = words.last else { continue }
                var forms = Inflection.nounForms(head)
                forms += (e.forms ?? []).map(Normalizer.fold)
                for form in Set(forms) {
                    senses[form, default: []].append(Sense(entry: i, isVerb: false, form: .base, rest: words.dropLast().map { vocabulary.intern($0) }))
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
        self.with = with
        self.without = without
        var byWord = [[Sense]]()
        for (form, list) in senses.sorted(by: { $0.key < $1.key }) {
            let id = Int(vocabulary.intern(form))
            if id >= byWord.count { byWord += repeatElement([], count: id + 1 - byWord.count) }
            byWord[id] = list
        }
        sensesByWord = byWord
        var heads = WordSet()
        for (id, list) in byWord.enumerated() where !list.isEmpty { heads.insert(Int32(id)) }
        self.heads = heads
        cues = CompiledCues(lexicon.redLineCues, irregular: lexicon.irregularVerbs, vocabulary: &vocabulary)
    }

    /// The forms that `Inflection.stem` takes to one of `words` (or that are one of them):
    /// the word, and its plural spellings.
    private static func stemSet(_ words: [String], _ vocabulary: inout Vocabulary, _ memo: inout [String: [Int32]]) -> WordSet {
        var set = WordSet()
        for word in words {
            if let ids = memo[word] {
                for id in ids { set.insert(id) }
                continue
            }
            let stem = Inflection.stem(Normalizer.fold(word))
            var candidates = [stem, stem + "s", stem + "es"]
            if stem.hasSuffix("y") { candidates.append(String(stem.dropLast()) + "ies") }
            let ids = candidates.filter { $0 == stem || Inflection.stem($0) == stem }.map { vocabulary.intern($0) }
            memo[word] = ids
            for id in ids { set.insert(id) }
        }
        return set
    }

    /// The senses of the word with this vocabulary id, constrained ones first.
    func senses(of word: Int32) -> [Sense] {
        Int(word) < sensesByWord.count ? sensesByWord[Int(word)] : []
    }

    /// Whether the word with this id heads any entry: one bit test, for the loop over every token.
    @inline(__always)
    func isHead(_ word: Int32) -> Bool { heads.contains(word) }

    func entry(_ sense: Sense) -> EventEntry { entries[sense.entry] }
}
