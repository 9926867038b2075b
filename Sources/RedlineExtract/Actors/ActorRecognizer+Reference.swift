import RedlineCore
import RedlineText

/// Pronouns the recogniser resolves, by their comparison form.
enum Pronoun: String, CaseIterable {
    case he, him, his, himself, she, her, hers, herself, they, them, their, theirs, themselves, its
    /// Only as the subject of a verb ("Moscow said it would respond", "it became the 31st member"):
    /// "it is unclear" and "X attacked it" are left alone.
    case it

    /// Every pronoun as a word class, so that the recogniser tests a bit before the string switch.
    static let wordClass = WordClass(bit: 28, Set(allCases.map(\.rawValue)))

    var isPersonal: Bool {
        switch self {
        case .he, .him, .his, .himself, .she, .her, .hers, .herself: true
        default: false
        }
    }

    var isPlural: Bool {
        switch self {
        case .they, .them, .their, .theirs, .themselves: true
        default: false
        }
    }

    var isPossessive: Bool {
        switch self {
        case .his, .her, .hers, .their, .theirs, .its: true
        default: false
        }
    }
}

extension RecognitionState {
    /// Resolves a pronoun to the entity it most likely refers back to, within the last few sentences.
    ///
    /// Personal pronouns take the most recent person; a subject pronoun opening a sentence prefers
    /// the subject of the sentence before ("Putin made public warnings. Last November, he said...").
    /// `they`/`their` take the most recent plural group ("Western nations ... They warned");
    /// `its` the most recent state or organisation.
    mutating func resolvePronoun(_ pronoun: Pronoun, at i: Int, sentence: Int) {
        if pronoun == .it, !isSubjectIt(at: i) { return }
        let mentions = annotations.mentions
        let window = max(0, sentence - 3)
        var chosen: Int?
        let sentenceStart = text.sentences[sentence].tokens.lowerBound
        let opensSentence = (i - sentenceStart) <= 3 && !pronoun.isPossessive
        if pronoun.isPersonal, opensSentence {
            // The first person named in the nearest earlier sentence that names one.
            // Walk back to the nearest earlier sentence with a person; take its first person.
            var k = mentions.count - 1
            while k >= 0, mentions[k].sentence >= sentence { k -= 1 }
            var found: (sentence: Int, entity: Int)?
            while k >= 0, mentions[k].sentence >= window {
                let m = mentions[k]
                if let f = found, m.sentence != f.sentence { break }
                if annotations.entities[m.entity].isPerson, m.form != .modifier { found = (m.sentence, m.entity) }
                k -= 1
            }
            chosen = found?.entity
        }
        if chosen == nil, pronoun.isPlural, pronoun.isPossessive {
            chosen = pluralAntecedent(before: i, sentence: sentence)
        }
        if chosen == nil {
            for m in mentions.reversed() {
                if m.sentence < window { break }
                guard m.tokens.upperBound <= i, !m.locative else { continue }
                let entity = annotations.entities[m.entity]
                if pronoun.isPersonal {
                    if entity.isPerson { chosen = m.entity }
                } else if pronoun.isPlural {
                    if m.plural || entity.ref.kind == .bloc || entity.ref.kind == .igo { chosen = m.entity }
                } else if !entity.isPerson, m.form != .modifier, entity.ref.code != nil,
                          m.tokens.lowerBound == 0 || !text.token(m.tokens.lowerBound - 1, in: SpeechVerbs.prepositions) {
                    // "its" refers to an actor, not to the object of a preposition ("a swathe of eastern Ukraine").
                    chosen = m.entity
                }
                if chosen != nil { break }
            }
        }
        guard let chosen else { return }
        if pronoun == .it, annotations.entities[chosen].ref.kind == nil { return }
        add(ActorMention(tokens: i..<(i + 1), sentence: sentence, entity: chosen, form: .pronoun,
                         plural: pronoun.isPlural, possessive: pronoun.isPossessive))
    }

    /// Whose "their" is in its own sentence when that sentence names many: a plural mention, or two
    /// joined by "and" ("sanctions on Putin and Lavrov, and the EU froze their assets": theirs, not
    /// the EU's; the later of the two stands for both). A single organisation named as one ("the
    /// EU") is passed over here, and taken only when nothing else fits. A subject "they" is left to
    /// the clause ("the UK and US must realise they ...").
    private func pluralAntecedent(before i: Int, sentence: Int) -> Int? {
        let mentions = annotations.mentions
        var k = mentions.count - 1
        while k >= 0, mentions[k].sentence == sentence {
            let m = mentions[k]
            defer { k -= 1 }
            guard m.tokens.upperBound <= i, !m.locative, m.form != .modifier, m.form != .pronoun else { continue }
            if m.plural { return m.entity }
            let start = m.tokens.lowerBound
            if k > 0, start >= 2, text.norms[start - 1] == "and", mentions[k - 1].sentence == sentence,
               mentions[k - 1].tokens.upperBound == start - 1, !mentions[k - 1].locative {
                return m.entity
            }
        }
        return nil
    }

    /// A surname: the person of that name already named in the document, else the only person of
    /// that surname in the lexicon who held office at the time (or `force` when a title vouches).
    mutating func resolveSurname(_ candidates: [Int], at i: Int, code: String? = nil, force: Bool = false) -> Int? {
        for p in candidates {
            if let e = entityByKey["person/\(p)"] { return e }
        }
        let filtered = candidates.filter { p in
            guard let code else { return true }
            return lexicon.people[p].roles.contains { $0.code == code }
        }
        if let day = published {
            let active = filtered.filter { lexicon.people[$0].roles.contains { $0.isHeld(on: day) } }
            if active.count == 1 { return personEntity(active[0]) }
            if active.count > 1 { return nil }
            // A surname in a text written before the person held any office is someone else:
            // "Trump agreed to buy the stock" in 1987 is a businessman, not a president.
            if !force, filtered.allSatisfy({ p in lexicon.people[p].roles.allSatisfy { ($0.from.map { day < $0 }) ?? false } }) {
                return nil
            }
        }
        if filtered.count == 1 { return personEntity(filtered[0]) }
        return force && !filtered.isEmpty ? personEntity(filtered[0]) : nil
    }

    /// "the alliance": the most recent actor named before that this noun can mean, else the
    /// lexicon's only claimant.
    mutating func resolveGeneric(_ a: Int, candidates: [NameSense]) -> Int {
        let claimants = Set(candidates.compactMap { if case .generic(let x) = $0 { x } else { nil } })
        for m in annotations.mentions.reversed() {
            if let actor = annotations.entities[m.entity].actor, claimants.contains(actor) { return m.entity }
        }
        return polityEntity(a, sector: nil)
    }

    /// "the Russian leader": the head of that state named before, else the one in office.
    mutating func resolveHead(code: String, title: String) -> Int? {
        for m in annotations.mentions.reversed() {
            let e = annotations.entities[m.entity]
            if e.isPerson, e.isHead, e.ref.code == code { return m.entity }
        }
        guard let p = gazetteer.head(of: code, on: published, title: title) else { return nil }
        return personEntity(p)
    }

    /// "it" followed by a verb of its own (a modal, "has", a past tense, a saying verb), not by a
    /// form of "be" or a verb of seeming, which make it the empty subject of "it is unclear".
    private func isSubjectIt(at i: Int) -> Bool {
        let next = i + 1
        guard next < text.tokens.count, text.tokens[next].kind == .word, Int(text.sentenceOfToken[next]) == Int(text.sentenceOfToken[i]),
              i == 0 || !text.token(i - 1, in: WordClasses.prepositions) else { return false }
        let norm = text.norms[next]
        if text.token(next, in: WordClasses.beForms) || ["seems", "seemed", "appears", "appeared", "remains", "remained", "means", "meant", "takes", "took", "looks", "looked"].contains(norm) {
            return false
        }
        return text.token(next, in: WordClasses.modals) || text.token(next, in: WordClasses.haveForms)
            || text.token(next, in: SpeechVerbs.reporting) || norm.hasSuffix("ed")
            || ["became", "becomes", "joined", "struck", "hit", "sent", "sought", "began", "won", "lost", "shot", "threw", "broke", "took"].contains(norm)
    }
}
