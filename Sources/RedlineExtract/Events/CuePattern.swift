import RedlineText

/// A phrase pattern over tokens: each slot a set of accepted forms, `~` a gap of up to three
/// tokens, `a|the` alternatives. Words match any of their inflections ("pay" meets "paid").
struct CuePattern: Sendable {
    enum Slot: Sendable {
        /// Vocabulary ids of the accepted forms, sorted.
        case words([Int32])
        case gap
    }

    let slots: [Slot]
    let source: String
    /// Vocabulary ids of "and", "or" and ",": a last word may follow a coordinated one
    /// ("a forceful and violent response", "serious, lasting consequences").
    private let coordinators: [Int32]

    /// `slotCache` keeps each slot's compiled forms by its spelling: many patterns share a slot
    /// ("will|would|could|...") and inflecting it again is most of the lexicon's load time.
    init?(_ phrase: String, irregular: [String: [String]], vocabulary: inout Vocabulary,
          slotCache: inout [Substring: [Int32]]) {
        var slots = [Slot]()
        for part in Self.split(phrase, 0x20) {
            if part == "~" {
                slots.append(.gap)
                continue
            }
            if let cached = slotCache[part] {
                slots.append(.words(cached))
                continue
            }
            var forms = Set<String>()
            for alternative in Self.split(part, 0x7C) {
                let word = Normalizer.fold(String(alternative))
                forms.insert(word)
                guard word.allSatisfy({ $0.isLetter }) else { continue }
                for (f, _) in Inflection.verbForms(word, irregular: irregular[word]) { forms.insert(f) }
                for f in Inflection.nounForms(word) { forms.insert(f) }
            }
            // Words with an apostrophe ("won't") tokenise as they are; dots stay apart ("u.s.").
            let ids = forms.map { vocabulary.intern($0) }.sorted()
            slotCache[part] = ids
            slots.append(.words(ids))
        }
        guard case .words = slots.first else { return nil }
        self.slots = slots
        source = phrase
        coordinators = ["and", "or", ","].map { vocabulary.intern($0) }
    }

    /// The non-empty pieces of `text` between `separator` bytes: `split(separator:)` walks
    /// `Character`s, which is most of the cost of compiling a large cue lexicon.
    static func split<S: StringProtocol>(_ text: S, _ separator: UInt8) -> [Substring] where S.SubSequence == Substring {
        var pieces = [Substring]()
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == separator {
                if i != start { pieces.append(text[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { pieces.append(text[start..<utf8.endIndex]) }
        return pieces
    }

    var firstForms: [Int32] {
        if case .words(let forms) = slots[0] { return forms }
        return []
    }

    /// The forms of the most selective slot: a sentence without any of them cannot match, so
    /// the pattern is not tried there (many patterns open with a modal and differ later).
    var keyForms: [Int32] {
        var best: [Int32] = firstForms
        for case .words(let forms) in slots where forms.count < best.count { best = forms }
        return best
    }

    /// The end of a match starting at token `start`, not crossing `limit`. `words` are the
    /// tokens' vocabulary ids (``SegmentedText/words``).
    func match(_ words: [Int32], from start: Int, limit: Int) -> Int? {
        matchSlots(words, slot: 0, at: start, limit: limit)
    }

    private func matchSlots(_ words: [Int32], slot: Int, at k: Int, limit: Int) -> Int? {
        if slot == slots.count { return k }
        switch slots[slot] {
        case .words(let forms):
            guard k < limit, forms.contains(words[k]) else { return nil }
            if let end = matchSlots(words, slot: slot + 1, at: k + 1, limit: limit) { return end }
            // "forceful and violent response": one more word coordinated before the last.
            if slot + 2 == slots.count, case .words = slots[slot + 1], k + 3 <= limit, coordinators.contains(words[k + 1]) {
                return matchSlots(words, slot: slot + 1, at: k + 3, limit: limit)
            }
            return nil
        case .gap:
            for skip in 0...3 where k + skip <= limit {
                if let end = matchSlots(words, slot: slot + 1, at: k + skip, limit: limit) { return end }
            }
            return nil
        }
    }
}

/// A set of patterns indexed by their first word.
struct CueSet<Payload: Sendable>: Sendable {
    private var patterns: [(CuePattern, Payload)] = []
    /// For each vocabulary id, the patterns that can start with it.
    private var byFirst: [[Int32]] = []
    /// For each vocabulary id, the patterns whose key slot (``CuePattern/keyForms``) accepts it.
    private var byKey: [[Int32]] = []

    init() {}

    mutating func add(_ phrase: String, _ payload: Payload, irregular: [String: [String]], vocabulary: inout Vocabulary,
                      slotCache: inout [Substring: [Int32]]) {
        guard let pattern = CuePattern(phrase, irregular: irregular, vocabulary: &vocabulary, slotCache: &slotCache) else { return }
        patterns.append((pattern, payload))
        let index = Int32(patterns.count - 1)
        for f in pattern.firstForms { Self.append(index, at: f, to: &byFirst) }
        for f in pattern.keyForms { Self.append(index, at: f, to: &byKey) }
    }

    private static func append(_ pattern: Int32, at word: Int32, to table: inout [[Int32]]) {
        let w = Int(word)
        if w >= table.count { table += repeatElement([], count: w + 1 - table.count) }
        if table[w].last != pattern { table[w].append(pattern) }
    }

    var isEmpty: Bool { patterns.isEmpty }

    /// Every match in `range`, longest first at each start, as (tokens, payload).
    func matches(_ words: [Int32], in range: Range<Int>) -> [(Range<Int>, Payload)] {
        var out = [(Range<Int>, Payload)]()
        // Patterns whose key word occurs in the range, as bits.
        // Allocated at the first key word: most sentences have none.
        var viable = [UInt64]()
        for k in range where Int(words[k]) < byKey.count {
            let candidates = byKey[Int(words[k])]
            guard !candidates.isEmpty else { continue }
            if viable.isEmpty { viable = [UInt64](repeating: 0, count: (patterns.count + 63) >> 6) }
            for c in candidates { viable[Int(c) >> 6] |= 1 << UInt64(c & 63) }
        }
        guard !viable.isEmpty else { return out }
        var k = range.lowerBound
        while k < range.upperBound {
            var best: (Int, Payload)?
            let first = Int(words[k])
            if first < byFirst.count {
                for c in byFirst[first] where viable[Int(c) >> 6] & (1 << UInt64(c & 63)) != 0 {
                    let (pattern, payload) = patterns[Int(c)]
                    if let end = pattern.match(words, from: k, limit: range.upperBound), end > (best?.0 ?? k) {
                        best = (end, payload)
                    }
                }
            }
            if let best {
                out.append((k..<best.0, best.1))
                k = best.0
            } else {
                k += 1
            }
        }
        return out
    }

    func contains(_ words: [Int32], in range: Range<Int>) -> Bool { !matches(words, in: range).isEmpty }
}

/// The red-line cues of a lexicon, compiled.
///
/// A class: compiled once, never changed, and read by every stage of every document, which then
/// share it instead of copying its many tables.
final class CompiledCues: Sendable {
    let explicit: CueSet<Void>
    let consequences: CueSet<ConsequenceCue>
    let warningVerbs: WordSet
    let conditionals: CueSet<Void>
    let prohibitions: CueSet<Void>
    let commentary: CueSet<Void>
    let crossingVerbs: WordSet
    let withdrawal: CueSet<Void>
    let speculation: CueSet<Void>
    let hedges: CueSet<Void>
    let economicContext: CueSet<Void>

    init(_ cues: RedLineCues, irregular: [String: [String]], vocabulary: inout Vocabulary) {
        var cache = [Substring: [Int32]]()
        func compile(_ phrases: [String]?) -> CueSet<Void> {
            var set = CueSet<Void>()
            for p in phrases ?? [] { set.add(p, (), irregular: irregular, vocabulary: &vocabulary, slotCache: &cache) }
            return set
        }
        explicit = compile(cues.explicit)
        var consequences = CueSet<ConsequenceCue>()
        for c in cues.consequences ?? [] { consequences.add(c.phrase, c, irregular: irregular, vocabulary: &vocabulary, slotCache: &cache) }
        self.consequences = consequences
        conditionals = compile(cues.conditionals)
        prohibitions = compile(cues.prohibitions)
        commentary = compile(cues.commentary)
        withdrawal = compile(cues.withdrawal)
        speculation = compile(cues.speculation)
        hedges = compile(cues.hedges)
        economicContext = compile(cues.economicContext)
        var warningVerbs = WordSet()
        var crossingVerbs = WordSet()
        for v in cues.warningVerbs ?? [] where !v.contains(" ") {
            let w = Normalizer.fold(v)
            for (f, _) in Inflection.verbForms(w, irregular: irregular[w]) { warningVerbs.insert(vocabulary.intern(f)) }
            for f in Inflection.nounForms(w) where w == "warning" || w == "threat" || w == "ultimatum" {
                warningVerbs.insert(vocabulary.intern(f))
            }
        }
        for v in cues.crossingVerbs ?? [] {
            let w = Normalizer.fold(v)
            for (f, _) in Inflection.verbForms(w, irregular: irregular[w]) { crossingVerbs.insert(vocabulary.intern(f)) }
        }
        self.warningVerbs = warningVerbs
        self.crossingVerbs = crossingVerbs
    }
}
