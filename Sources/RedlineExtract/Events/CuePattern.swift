import RedlineText

/// A phrase pattern over tokens: each slot a set of accepted forms, `~` a gap of up to three
/// tokens, `a|the` alternatives. Words match any of their inflections ("pay" meets "paid").
struct CuePattern: Sendable {
    enum Slot: Sendable {
        case words(Set<String>)
        case gap
    }

    let slots: [Slot]
    let source: String

    init?(_ phrase: String, irregular: [String: [String]]) {
        var slots = [Slot]()
        for part in phrase.split(separator: " ") {
            if part == "~" {
                slots.append(.gap)
                continue
            }
            var forms = Set<String>()
            for alternative in part.split(separator: "|") {
                let word = Normalizer.fold(String(alternative))
                forms.insert(word)
                guard word.allSatisfy({ $0.isLetter }) else { continue }
                for (f, _) in Inflection.verbForms(word, irregular: irregular[word]) { forms.insert(f) }
                for f in Inflection.nounForms(word) { forms.insert(f) }
            }
            // Words with an apostrophe ("won't") tokenise as they are; dots stay apart ("u.s.").
            slots.append(.words(forms))
        }
        guard case .words = slots.first else { return nil }
        self.slots = slots
        source = phrase
    }

    var firstForms: Set<String> {
        if case .words(let forms) = slots[0] { return forms }
        return []
    }

    /// The end of a match starting at token `start`, not crossing `limit`.
    func match(_ norms: [String], from start: Int, limit: Int) -> Int? {
        matchSlots(norms, slot: 0, at: start, limit: limit)
    }

    private func matchSlots(_ norms: [String], slot: Int, at k: Int, limit: Int) -> Int? {
        if slot == slots.count { return k }
        switch slots[slot] {
        case .words(let forms):
            guard k < limit, forms.contains(norms[k]) else { return nil }
            return matchSlots(norms, slot: slot + 1, at: k + 1, limit: limit)
        case .gap:
            for skip in 0...3 where k + skip <= limit {
                if let end = matchSlots(norms, slot: slot + 1, at: k + skip, limit: limit) { return end }
            }
            return nil
        }
    }
}

/// A set of patterns indexed by their first word.
struct CueSet<Payload: Sendable>: Sendable {
    private var patterns: [(CuePattern, Payload)] = []
    private var byFirst: [String: [Int]] = [:]

    init() {}

    mutating func add(_ phrase: String, _ payload: Payload, irregular: [String: [String]]) {
        guard let pattern = CuePattern(phrase, irregular: irregular) else { return }
        patterns.append((pattern, payload))
        for f in pattern.firstForms { byFirst[f, default: []].append(patterns.count - 1) }
    }

    var isEmpty: Bool { patterns.isEmpty }

    /// Every match in `range`, longest first at each start, as (tokens, payload).
    func matches(_ norms: [String], in range: Range<Int>) -> [(Range<Int>, Payload)] {
        var out = [(Range<Int>, Payload)]()
        var k = range.lowerBound
        while k < range.upperBound {
            var best: (Int, Payload)?
            if let candidates = byFirst[norms[k]] {
                for c in candidates {
                    if let end = patterns[c].0.match(norms, from: k, limit: range.upperBound), end > (best?.0 ?? k) {
                        best = (end, patterns[c].1)
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

    func contains(_ norms: [String], in range: Range<Int>) -> Bool { !matches(norms, in: range).isEmpty }
}

/// The red-line cues of a lexicon, compiled.
struct CompiledCues: Sendable {
    var explicit = CueSet<Void>()
    var consequences = CueSet<ConsequenceCue>()
    var warningVerbs = Set<String>()
    var conditionals = CueSet<Void>()
    var prohibitions = CueSet<Void>()
    var commentary = CueSet<Void>()
    var crossingVerbs = Set<String>()
    var withdrawal = CueSet<Void>()

    init(_ cues: RedLineCues, irregular: [String: [String]]) {
        for p in cues.explicit ?? [] { explicit.add(p, (), irregular: irregular) }
        for c in cues.consequences ?? [] { consequences.add(c.phrase, c, irregular: irregular) }
        for p in cues.conditionals ?? [] { conditionals.add(p, (), irregular: irregular) }
        for p in cues.prohibitions ?? [] { prohibitions.add(p, (), irregular: irregular) }
        for p in cues.commentary ?? [] { commentary.add(p, (), irregular: irregular) }
        for p in cues.withdrawal ?? [] { withdrawal.add(p, (), irregular: irregular) }
        for v in cues.warningVerbs ?? [] where !v.contains(" ") {
            let w = Normalizer.fold(v)
            for (f, _) in Inflection.verbForms(w, irregular: irregular[w]) { warningVerbs.insert(f) }
            for f in Inflection.nounForms(w) where w == "warning" || w == "threat" || w == "ultimatum" { warningVerbs.insert(f) }
        }
        for v in cues.crossingVerbs ?? [] {
            let w = Normalizer.fold(v)
            for (f, _) in Inflection.verbForms(w, irregular: irregular[w]) { crossingVerbs.insert(f) }
        }
    }
}
