import RedlineCore
import RedlineText

/// Finds the actors of a document: states, organisations, groups and people, named by name,
/// title, metonym, demonym, surname, definite description or pronoun.
///
/// One left-to-right pass over each sentence's tokens: at each token the gazetteer's longest
/// match is read together with what follows it, so that "Russian Deputy Foreign Minister Sergei
/// Ryabkov" is one mention (RUS/GOV, from the title even when the name is unknown), "Russia's
/// Federal Security Service" one (RUS/SPY) and "Ukrainian forces" one (UKR/MIL). Later mentions
/// resolve to earlier ones (`ActorRecognizer+Reference.swift`).
public struct ActorRecognizer: Sendable {
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    public func recognize(_ text: SegmentedText) -> ActorAnnotations {
        var state = RecognitionState(text: text, gazetteer: gazetteer)
        for (s, sentence) in text.sentences.enumerated() {
            var i = sentence.tokens.lowerBound
            let end = sentence.tokens.upperBound
            while i < end {
                i = state.step(at: i, end: end, sentence: s)
            }
        }
        return state.annotations
    }
}

/// The working state of one document's recognition.
struct RecognitionState {
    let text: SegmentedText
    let gazetteer: Gazetteer
    var annotations = ActorAnnotations()
    var entityByKey: [String: Int] = [:]
    /// Surname comparison form → entity of a person named in this document.
    var personBySurname: [String: Int] = [:]
    /// A state read as the sponsor of what follows ("[Iran]-backed militias"), and where the
    /// mention it backs must start.
    var pendingBacker: (code: String, starts: ClosedRange<Int>)?

    init(text: SegmentedText, gazetteer: Gazetteer) {
        self.text = text
        self.gazetteer = gazetteer
    }

    var lexicon: Lexicon { gazetteer.lexicon }
    var published: Day? { text.document.published }

    /// Reads what starts at token `i` and returns the token to continue from.
    mutating func step(at i: Int, end: Int, sentence: Int) -> Int {
        let token = text.tokens[i]
        guard token.kind == .word else { return i + 1 }
        // The class bit first: the string switch only for tokens that are pronouns (or for text
        // segmented without the pipeline's vocabulary).
        if text.token(i, in: Pronoun.wordClass) || !text.isTagged, let pronoun = Pronoun(rawValue: text.norms[i]) {
            resolvePronoun(pronoun, at: i, sentence: sentence)
            return i + 1
        }
        if let code = sponsor(at: i), i + 1 < end {
            // "Iran-backed militias", "Russian-funded separatists": the state stands behind the
            // group named next and is not itself the one acting.
            pendingBacker = (code, (i + 1)...(i + 1))
            return i + 1
        }
        if token.isCapitalized, let next = readCompany(at: i, end: end, sentence: sentence) { return next }
        if let match = gazetteer.trie.longestMatch(text, from: i, limit: end) {
            if let next = readMatch(match, at: i, end: end, sentence: sentence) { return next }
        }
        if token.isCapitalized, let next = readUnknownName(at: i, end: end, sentence: sentence) {
            return next
        }
        return i + 1
    }

    // MARK: - Matches

    private mutating func readMatch(_ match: (end: Int, payloads: [NameSense]), at i: Int, end: Int, sentence: Int) -> Int? {
        let senses = match.payloads.sorted { $0.priority < $1.priority }
        guard let sense = senses.first else { return nil }
        // "U.S.-backed forces": a dotted name ends its word, so the modifier follows as "-" "backed".
        if match.end + 2 < end, text.norms[match.end] == "-", Self.sponsorWords.contains(text.norms[match.end + 1]) {
            switch sense {
            case .polity(let a, _, _), .adjective(let a), .demonym(let a):
                pendingBacker = (polityCode(a), (match.end + 2)...(match.end + 2))
                return match.end + 2
            default: break
            }
        }
        switch sense {
        case .ignore:
            return match.end
        case .person(let p):
            let e = personEntity(p)
            add(ActorMention(tokens: i..<match.end, sentence: sentence, entity: e, form: .name,
                             possessive: isPossessive(match.end)))
            return skipPossessive(match.end)
        case .surname:
            let candidates = senses.compactMap { if case .surname(let p) = $0 { p } else { nil } }
            guard !isCommonWordNotName(at: i, candidates) else { return nil }
            // "Michel Noir said": a known surname followed by more of the name is a first name.
            guard nameRun(from: i, end: end) <= match.end else { return nil }
            guard let e = resolveSurname(candidates, at: i) else { return nil }
            add(ActorMention(tokens: i..<match.end, sentence: sentence, entity: e, form: .surname,
                             possessive: isPossessive(match.end)))
            return skipPossessive(match.end)
        case .polity(let a, let sector, let metonym):
            if isPossessive(match.end), let next = readTitle(from: match.end + 1, end: end, actor: a, start: i, sentence: sentence) {
                return next
            }
            // A name used as a modifier before a title: "US troops", "the UK government", "NATO allies".
            if !metonym, let next = readTitle(from: match.end, end: end, actor: a, start: i, sentence: sentence) {
                return next
            }
            let locative = metonym && isLocative(at: i, end: match.end) || (!metonym && isLocativeCountry(at: i))
            let e = polityEntity(a, sector: locative ? nil : sector)
            add(ActorMention(tokens: i..<match.end, sentence: sentence, entity: e, form: metonym ? .metonym : .name,
                             plural: lexicon.actors[a].kind == .bloc && isPluralNoun(match.end - 1),
                             possessive: isPossessive(match.end), locative: locative))
            return skipPossessive(match.end)
        case .place(let a):
            return readPlace(a, at: i, matchEnd: match.end, end: end, sentence: sentence)
        case .adjective(let a):
            if let next = readTitle(from: match.end, end: end, actor: a, start: i, sentence: sentence) { return next }
            // A polity name that is also an adjective ("NATO forces" handled above; "NATO" alone is a name).
            if let polity = senses.first(where: { if case .polity = $0 { true } else { false } }),
               case .polity(let pa, let ps, let pm) = polity {
                let e = polityEntity(pa, sector: ps)
                add(ActorMention(tokens: i..<match.end, sentence: sentence, entity: e, form: pm ? .metonym : .name,
                                 possessive: isPossessive(match.end)))
                return skipPossessive(match.end)
            }
            let e = polityEntity(a, sector: nil)
            add(ActorMention(tokens: i..<match.end, sentence: sentence, entity: e, form: .modifier))
            return match.end
        case .demonym(let a):
            let e = polityEntity(a, sector: nil)
            add(ActorMention(tokens: i..<match.end, sentence: sentence, entity: e, form: .demonym, plural: true,
                             possessive: isPossessive(match.end)))
            return skipPossessive(match.end)
        case .generic(let a):
            let e = resolveGeneric(a, candidates: senses)
            add(ActorMention(tokens: i..<match.end, sentence: sentence, entity: e, form: .generic,
                             possessive: isPossessive(match.end)))
            return skipPossessive(match.end)
        case .role:
            return readTitle(from: i, end: end, actor: nil, start: i, sentence: sentence)
        }
    }

    /// Whether a surname that is also a common word ("May", "Ban", "Mark", "Said", "Bush") stands
    /// as that word here: a month before a number or after a preposition ("in May 1997", "on May 5")
    /// is always a date; otherwise the word is a person only once the document has named that
    /// person in full ("Theresa May ... May said").
    private func isCommonWordNotName(at i: Int, _ candidates: [Int]) -> Bool {
        let norm = text.norms[i]
        guard NameWords.commonWordSurnames.contains(norm) else { return false }
        if NameWords.months.contains(norm) {
            if i + 1 < text.tokens.count, text.tokens[i + 1].kind == .number { return true }
            if i > 0, NameWords.datePrepositions.contains(text.norms[i - 1]) { return true }
        }
        return !candidates.contains { entityByKey["person/\($0)"] != nil }
    }

    /// A place of state `a`: "in Gaza", "shelling in Donetsk". Before a title it names who acts
    /// there, as a capital does ("Gaza's health ministry", "Xinjiang authorities"); otherwise it is
    /// a locative mention of the state with no sector, never an agent.
    private mutating func readPlace(_ a: Int, at i: Int, matchEnd: Int, end: Int, sentence: Int) -> Int? {
        let titleStart = isPossessive(matchEnd) ? matchEnd + 1 : matchEnd
        if let next = readTitle(from: titleStart, end: end, actor: a, start: i, sentence: sentence, fromPlace: true) {
            return next
        }
        // "Milan Kundera", "Florence Pugh": before an unknown capitalised word that is not a kind
        // of place ("Kharkiv Oblast", "Aleppo Citadel"), a place name is a person's first name.
        if matchEnd < end, !isPossessive(matchEnd), text.tokens[matchEnd].kind == .word, text.tokens[matchEnd].isCapitalized,
           !gazetteer.trie.canStart(text.words[matchEnd]) {
            let next = text.norms[matchEnd]
            if !NameWords.siteNouns.contains(next), !NameWords.placeNouns.contains(next), !NameWords.nonNames.contains(next) {
                return nil
            }
        }
        // Not marked possessive: "Gaza's hospitals" says where the hospitals are, not whose
        // they are, so an event noun after it ("Gaza's bombardment") must not take it as actor.
        add(ActorMention(tokens: i..<matchEnd, sentence: sentence, entity: polityEntity(a, sector: nil), form: .name,
                         locative: true))
        return skipPossessive(matchEnd)
    }

    /// Words that make "X-…" name X as a group's sponsor: "Iran-backed", "Turkish-funded".
    static let sponsorWords: Set<String> = [
        "backed", "supported", "sponsored", "funded", "financed", "armed", "aligned", "allied", "trained", "equipped",
    ]

    /// The state a hyphenated sponsor modifier at token `k` names: "Iran-backed" → IRN,
    /// "Russian-funded" → RUS. A word keeps its inner hyphens, so the state is read off its first half.
    func sponsor(at k: Int) -> String? {
        // Called for every token: bytes first, strings only for a hyphenated word.
        let utf8 = text.norms[k].utf8
        guard utf8.count > 4, let dash = utf8.lastIndex(of: UInt8(ascii: "-")), text.tokens[k].kind == .word,
              let head = String(utf8[..<dash]), let tail = String(utf8[utf8.index(after: dash)...]),
              Self.sponsorWords.contains(tail), let a = gazetteer.sponsorNames[head] else { return nil }
        return polityCode(a)
    }

    /// The state named as sponsor in a hyphenated modifier between `start` and `end`
    /// ("an Iran-backed Iraqi militia").
    private func sponsor(from start: Int, end: Int) -> String? {
        (start..<end).lazy.compactMap { sponsor(at: $0) }.first
    }

    /// The state of "[Iran-backed] Iraqi militia" at `start`: a nationality adjective followed by a
    /// role, after at most one hyphenated modifier ("Iran-backed", "Turkish-supported").
    private func groupState(from start: Int, end: Int) -> Int? {
        var k = start
        while k < min(end, start + 4) {
            if let m = gazetteer.trie.longestMatch(text, from: k, limit: end),
               let a = m.payloads.lazy.compactMap({ if case .adjective(let a) = $0 { a } else { nil } }).first,
               m.end < end, gazetteer.trie.longestMatch(text, from: m.end, limit: end)?.payloads
                .contains(where: { if case .role = $0 { true } else { false } }) == true {
                // A sponsor ("Iran-backed") is not the group's state: it must be followed by a hyphen.
                if m.end < end, text.norms[m.end] == "-" { k = m.end; continue }
                return a
            }
            k += 1
        }
        return nil
    }

    /// Reads roles then an optional name from `j`: "[Russian] Deputy Foreign Minister Sergei Ryabkov",
    /// "[Ukrainian] forces", "President Joe Biden", "[the Russian] leader". `actor` is the polity
    /// named before the roles, if any; the mention starts at `start`. Armed men named
    /// after a region (`fromPlace`: "Tigray forces", "Donbas fighters") are its rebels, not the state's army.
    private mutating func readTitle(from j0: Int, end: Int, actor: Int?, start: Int, sentence: Int,
                                    fromPlace: Bool = false) -> Int? {
        var j = j0
        var roles = [Int]()
        // "French Foreign Trade Minister", "Soviet First Deputy Prime Minister": a portfolio the
        // lexicon does not list, in capitals between the polity and a person's title, is part of it.
        if actor != nil, j < end, isPortfolioWord(j), !startsRole(at: j, end: end) {
            var k = j + 1
            while k < min(end, j + 3), isPortfolioWord(k), !startsRole(at: k, end: end) { k += 1 }
            if k < end, let m = gazetteer.trie.longestMatch(text, from: k, limit: end),
               let r = m.payloads.lazy.compactMap({ if case .role(let r) = $0 { r } else { nil } }).first, lexicon.roles[r].person {
                j = k
            }
        }
        while j < end, let m = gazetteer.trie.longestMatch(text, from: j, limit: end) {
            let found = m.payloads.compactMap { if case .role(let r) = $0 { r } else { nil } }
            guard let r = found.first else { break }
            roles.append(r)
            j = m.end
            // Dotted military ranks come in pairs: "Lt. Gen." — skip the dots.
            while j < end, text.tokens[j].kind == .punctuation, text.norms[j] == "." { j += 1 }
        }
        guard let lastRole = roles.last else { return nil }
        var role = lexicon.roles[lastRole]
        if fromPlace, role.sector == "MIL" { role.sector = "REB" }
        let isPersonTitle = roles.contains { lexicon.roles[$0].person }
        var polity = actor
        // "the president of Russia", "the foreign minister of Iran"
        if polity == nil, j + 1 < end, text.norms[j] == "of",
           let m = gazetteer.trie.longestMatch(text, from: j + 1, limit: end),
           let a = m.payloads.lazy.compactMap({ sense -> Int? in
               switch sense {
               case .polity(let a, _, false), .place(let a): a
               default: nil
               }
           }).first {
            polity = a
            j = m.end
        } else if polity == nil, j + 3 < end, text.norms[j] == "of", NameWords.groupSectors.contains(role.sector),
                  ["a", "an", "the"].contains(text.norms[j + 1]), let a = groupState(from: j + 2, end: end) {
            // "supporters of an Iraqi militia", "fighters of an Iran-backed Iraqi militia": a crowd
            // or band belongs to the state of the group it follows, and has its sponsor. The
            // mention stays "supporters".
            polity = a
            if let code = sponsor(from: j + 2, end: min(end, j + 8)) { pendingBacker = (code, max(0, start - 1)...start) }
        }
        // A name after a person title.
        if isPersonTitle, j < end, text.tokens[j].isCapitalized, text.tokens[j].kind == .word {
            if let m = gazetteer.trie.longestMatch(text, from: j, limit: end) {
                if let p = m.payloads.compactMap({ if case .person(let p) = $0 { p } else { nil } }).first {
                    let e = personEntity(p)
                    add(ActorMention(tokens: start..<m.end, sentence: sentence, entity: e, form: .title,
                                     possessive: isPossessive(m.end)))
                    return skipPossessive(m.end)
                }
                let sur = m.payloads.compactMap { if case .surname(let p) = $0 { p } else { nil } }
                // "Minister Michel Noir": a known surname followed by more of the name is a first name.
                if !sur.isEmpty, nameRun(from: j, end: end) <= m.end,
                   let e = resolveSurname(sur, at: j, code: polity.map { polityCode($0) }, force: true) {
                    add(ActorMention(tokens: start..<m.end, sentence: sentence, entity: e, form: .title,
                                     possessive: isPossessive(m.end)))
                    return skipPossessive(m.end)
                }
            }
            let nameEnd = nameRun(from: j, end: end)
            if nameEnd > j {
                let code = polity.map { polityCode($0) }
                let e = unknownPerson(name: text.text(tokens: j..<nameEnd), surname: text.norms[nameEnd - 1],
                                      code: code, sector: role.sector, kind: polity.map { lexicon.actors[$0].kind })
                add(ActorMention(tokens: start..<nameEnd, sentence: sentence, entity: e, form: .title,
                                 possessive: isPossessive(nameEnd)))
                return skipPossessive(nameEnd)
            }
        }
        let mentionStart = start > 0 && text.norms[start - 1] == "the" ? start - 1 : start
        if isPersonTitle {
            // "the Russian leader", "the Kremlin's spokesman": an office holder.
            guard let polity else { return nil }
            let code = polityCode(polity)
            if role.head == true || gazetteer.isHeadTitle(Normalizer.fold(role.title)),
               let e = resolveHead(code: code, title: Normalizer.fold(role.title)) {
                add(ActorMention(tokens: mentionStart..<j, sentence: sentence, entity: e, form: .definite,
                                 possessive: isPossessive(j)))
                return skipPossessive(j)
            }
            let e = polityEntity(polity, sector: role.sector)
            add(ActorMention(tokens: mentionStart..<j, sentence: sentence, entity: e, form: .title, possessive: isPossessive(j)))
            return skipPossessive(j)
        }
        // A collective: "Ukrainian forces", "the authorities", "Police".
        let e: Int
        if let polity {
            e = polityEntity(polity, sector: role.sector)
        } else if mentionStart < start, role.sector == "GOV", !role.person, let named = governmentNamed(before: sentence) {
            // "The Philippine government seized the shares ... alleged by the government to be":
            // "the government" after one named in this sentence or the one before is that one.
            e = named
        } else {
            if role.owned == true { return nil }
            e = entity(key: "?/\(role.sector)", ActorEntity(ref: ActorRef(code: nil, sector: role.sector), isPerson: false))
        }
        add(ActorMention(tokens: mentionStart..<j, sentence: sentence, entity: e, form: .title, plural: true,
                         possessive: isPossessive(j)))
        return skipPossessive(j)
    }

    /// The government a state's name gave in sentence `sentence` or the one before, the latest
    /// named; nil when none was, or when two states' governments were.
    private func governmentNamed(before sentence: Int) -> Int? {
        var found: Int?
        for m in annotations.mentions.reversed() {
            guard m.sentence >= sentence - 1 else { break }
            let entity = annotations.entities[m.entity]
            guard !entity.isPerson, entity.ref.sector == "GOV", let code = entity.ref.code, entity.ref.kind == .state else { continue }
            if let found, annotations.entities[found].ref.code != code { return nil }
            found = found ?? m.entity
        }
        return found
    }

    /// A capitalised word that may name a portfolio: no name the gazetteer knows, no function word.
    private func isPortfolioWord(_ k: Int) -> Bool {
        text.tokens[k].kind == .word && text.tokens[k].isCapitalized && !isNonName(k)
    }

    /// Whether a role of the lexicon starts at token `k`.
    private func startsRole(at k: Int, end: Int) -> Bool {
        guard let m = gazetteer.trie.longestMatch(text, from: k, limit: end) else { return false }
        return m.payloads.contains { if case .role = $0 { true } else { false } }
    }

    // MARK: - Unknown people

    /// A capitalised name not in the lexicon, read as a person where the context says so:
    /// an apposition ("Yuri Zhukov, an associate professor"), a speech verb ("Zhukov added"),
    /// or a surname of someone introduced before.
    private mutating func readUnknownName(at i: Int, end: Int, sentence: Int) -> Int? {
        if !personBySurname.isEmpty, let e = personBySurname[text.norms[i]], annotations.entities[e].person == nil {
            add(ActorMention(tokens: i..<(i + 1), sentence: sentence, entity: e, form: .surname, possessive: isPossessive(i + 1)))
            return skipPossessive(i + 1)
        }
        guard !isNonName(i) else { return nil }
        let nameEnd = nameRun(from: i, end: end)
        let count = nameEnd - i
        guard count >= 1, count <= 4 else { return nil }
        let after = nameEnd < end ? text.norms[nameEnd] : ""
        let before = i > 0 ? text.norms[i - 1] : ""
        let apposition = after == "," && nameEnd + 1 < end && ["a", "an", "the", "who"].contains(text.norms[nameEnd + 1])
        let speechAfter = nameEnd < end && isSpeechVerb(nameEnd)
        let speech = speechAfter
            || (before == "to" && i >= 2 && text.norms[i - 2] == "according")
            || (i > 0 && isSpeechVerb(i - 1) && i >= 2 && text.norms[i - 2] == "\"" || before == "said")
        let sentenceStart = i == text.sentences[sentence].tokens.lowerBound
        guard (count >= 2 && (apposition || speech))
            || (count == 1 && speechAfter && !sentenceStart) else { return nil }
        let e = unknownPerson(name: text.text(tokens: i..<nameEnd), surname: text.norms[nameEnd - 1], code: nil, sector: nil, kind: nil)
        add(ActorMention(tokens: i..<nameEnd, sentence: sentence, entity: e, form: .name, possessive: isPossessive(nameEnd)))
        return skipPossessive(nameEnd)
    }

    /// A company named with its legal or trade suffix ("Tonka Corp", "American Motors",
    /// "Consolidated-Bathurst Inc"): business of no state its name tells. Read before the gazetteer,
    /// so that "American" in "American Motors" is no American actor.
    private mutating func readCompany(at i: Int, end: Int, sentence: Int) -> Int? {
        guard !isNonName(i) else { return nil }
        var k = i + 1
        while k < end, k - i < 5, text.tokens[k].kind == .word, text.tokens[k].isCapitalized, !isNonName(k) {
            if NameWords.companySuffixes.contains(text.norms[k]) {
                let name = text.text(tokens: i..<(k + 1))
                let e = entity(key: "company/\(Normalizer.fold(name))",
                               ActorEntity(ref: ActorRef(code: nil, sector: "BUS", kind: nil, name: name), isPerson: false))
                add(ActorMention(tokens: i..<(k + 1), sentence: sentence, entity: e, form: .name, possessive: isPossessive(k + 1)))
                return skipPossessive(k + 1)
            }
            k += 1
        }
        return nil
    }

    /// The end of a run of capitalised name words (and initials) from `j`.
    func nameRun(from j: Int, end: Int) -> Int {
        var k = j
        while k < end, k - j < 5 {
            let t = text.tokens[k]
            // A particle inside a name ("Abdullah bin Abdul Aziz", "Charles de Gaulle") joins the
            // names around it, so the last word is not read as a surname of someone else.
            if k > j, k + 1 < end, t.kind == .word, NameWords.nameParticles.contains(text.norms[k]),
               text.tokens[k + 1].kind == .word, text.tokens[k + 1].isCapitalized {
                k += 1
                continue
            }
            guard t.kind == .word, t.isCapitalized, !isNonName(k) else { break }
            if gazetteer.trie.canStart(text.words[k]), k > j,
               let m = gazetteer.trie.longestMatch(text, from: k, limit: end),
               m.payloads.contains(where: { if case .surname = $0 { false } else { true } }) { break }
            k += 1
            // An initial: "George W. Bush"
            if k < end, t.end - t.start == 1, text.norms[k] == "." { k += 1 }
        }
        while k > j, text.norms[k - 1] == "." { k -= 1 }
        return k
    }

    // MARK: - Helpers

    /// Whether token `k` is one of ``NameWords/nonNames``: a class bit when segmentation set them.
    private func isNonName(_ k: Int) -> Bool {
        text.isTagged ? text.token(k, in: NameWords.nonNameClass) : NameWords.nonNames.contains(text.norms[k])
    }

    /// Whether token `k` is one of ``NameWords/speechVerbs``.
    private func isSpeechVerb(_ k: Int) -> Bool {
        text.isTagged ? text.token(k, in: NameWords.speechVerbClass) : NameWords.speechVerbs.contains(text.norms[k])
    }

    func isPossessive(_ k: Int) -> Bool { k < text.tokens.count && text.tokens[k].kind == .possessive }
    func skipPossessive(_ k: Int) -> Int { isPossessive(k) ? k + 1 : k }

    private func isPluralNoun(_ k: Int) -> Bool { text.norms[k].hasSuffix("s") }

    /// A capital or seat named as a place: "in Moscow", "east of Moscow", "a Moscow suburb".
    private func isLocative(at i: Int, end: Int) -> Bool {
        let before = i > 0 ? text.norms[i - 1] : ""
        if NameWords.locativePrepositions.contains(before) { return true }
        if before == "of", i >= 2, NameWords.directions.contains(text.norms[i - 2]) { return true }
        if end < text.tokens.count, NameWords.placeNouns.contains(text.norms[end]) { return true }
        return false
    }

    private func isLocativeCountry(at i: Int) -> Bool {
        var k = i - 1
        // "in northern Burkina Faso", "across eastern Ukraine"
        if k > 0, Self.regionAdjectives.contains(text.norms[k]) { k -= 1 }
        return k >= 0 && ["in", "inside", "across", "throughout", "within"].contains(text.norms[k])
    }

    private static let regionAdjectives: Set<String> = [
        "northern", "southern", "eastern", "western", "central", "north-eastern", "north-western", "south-eastern",
        "south-western", "northeastern", "northwestern", "southeastern", "southwestern", "rural", "coastal",
    ]

    mutating func add(_ mention: ActorMention) {
        var mention = mention
        // "anti-French", "anti Iraq war": the name is what the stance is against.
        var b = mention.tokens.lowerBound - 1
        if b >= 0, text.norms[b] == "-" { b -= 1 }
        if b >= 0, text.norms[b] == "anti" { mention.opposed = true }
        if let pending = pendingBacker {
            pendingBacker = nil
            if pending.starts.contains(mention.tokens.lowerBound) { mention.entity = backed(mention.entity, by: pending.code) }
        }
        annotations.mentions.append(mention)
    }

    /// The entity `e` with `code` as its sponsor; `e` itself when that is its own state.
    mutating func backed(_ e: Int, by code: String) -> Int {
        var backed = annotations.entities[e]
        guard backed.ref.code != code, !backed.isPerson else { return e }
        backed.ref.backer = code
        return entity(key: "\(e)/backed-by/\(code)", backed)
    }

    mutating func entity(key: String, _ make: @autoclosure () -> ActorEntity) -> Int {
        if let e = entityByKey[key] { return e }
        annotations.entities.append(make())
        let e = annotations.entities.count - 1
        entityByKey[key] = e
        return e
    }

    /// The code of lexicon actor `a` on the document's date ("Moscow" in 1987 is the Soviet Union).
    func polityCode(_ a: Int) -> String {
        PredecessorStates.code(lexicon.actors[a].code, on: published)
    }

    mutating func polityEntity(_ a: Int, sector: String?) -> Int {
        let entry = lexicon.actors[a]
        let sector = sector ?? entry.sector
        let code = polityCode(a)
        return entity(key: "\(code)/\(sector ?? "")/\(entry.name ?? "")",
                      ActorEntity(ref: ActorRef(code: code, sector: sector, kind: entry.kind, name: entry.name),
                                  isPerson: false, actor: a))
    }

    mutating func personEntity(_ p: Int) -> Int {
        let person = lexicon.people[p]
        let role = person.role(on: published)
        // The polity itself, not a party or armed group of its country listed under the same code.
        let kind = role.flatMap { r in
            (lexicon.actors.first { $0.code == r.code && $0.kind != .group } ?? lexicon.actors.first { $0.code == r.code })?.kind
        }
        let isHead = role?.title.map { gazetteer.isHeadTitle(Normalizer.fold($0)) } ?? false
        let e = entity(key: "person/\(p)",
                       ActorEntity(ref: ActorRef(code: role?.code, sector: role?.sector, kind: kind, name: person.name),
                                   isPerson: true, person: p, isHead: isHead))
        if let last = person.name.split(separator: " ").last { personBySurname[Normalizer.fold(String(last))] = e }
        return e
    }

    mutating func unknownPerson(name: String, surname: String, code: String?, sector: String?, kind: ActorKind?) -> Int {
        if let e = personBySurname[surname], annotations.entities[e].ref.name?.hasSuffix(name) == true
            || name.hasSuffix(annotations.entities[e].ref.name ?? "\u{0}") {
            if annotations.entities[e].ref.code == nil, let code {
                annotations.entities[e].ref.code = code
                annotations.entities[e].ref.sector = sector
                annotations.entities[e].ref.kind = kind
            }
            return e
        }
        let e = entity(key: "unknown/\(Normalizer.fold(name))",
                       ActorEntity(ref: ActorRef(code: code, sector: sector, kind: kind, name: name), isPerson: true))
        personBySurname[surname] = e
        return e
    }
}
