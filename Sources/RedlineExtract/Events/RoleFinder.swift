import RedlineText

/// Finds the actor and recipient mentions of a trigger from the clause structure.
struct RoleFinder {
    let c: DocumentContext
    let clause: ClauseMap

    var text: SegmentedText { c.text }
    var actors: ActorAnnotations { c.actors }

    /// Whether a mention can act here: an agent, not the object of a preposition.
    private func isFreeAgent(_ m: Int, verb k: Int) -> Bool {
        let mention = actors.mentions[m]
        let entity = actors.entities[mention.entity]
        // A collective with no country ("Police", "the authorities") still acts; its state is filled in later.
        guard mention.isAgent, entity.ref.code != nil || entity.isPerson || entity.ref.sector != nil else { return false }
        var b = mention.tokens.lowerBound - 1
        while b >= clause.range.lowerBound, ["the", "a", "an"].contains(text.norms[b]) { b -= 1 }
        guard b >= clause.range.lowerBound else { return true }
        // "after U.S. forces destroyed the platform": a word that opened the clause of the mention
        // and of its verb ("after", "before", "since", "until") is a conjunction there, not a
        // preposition ("stood before the General Assembly, drew a line").
        let start = clause.start(of: mention.tokens.lowerBound)
        if b < start, clause.start(of: k) == start { return true }
        // "Hundreds of marines were on alert", "scores of Syrian troops marched in": a quantity
        // before "of" leaves the noun after it the subject.
        if text.norms[b] == "of", b > clause.range.lowerBound, Self.countingPlurals.contains(text.norms[b - 1]) { return true }
        return !text.token(b, in: WordClasses.prepositions)
    }

    /// The subject of the clause of token `k`: the nearest free agent before `k` that is not the
    /// object of an earlier verb, with the mentions coordinated with it; else the subject of the
    /// clause it depends on.
    func subject(of k: Int) -> [Int] {
        if needsParse(k), let parsed = parsedSubject(of: k) { return parsed }
        var end = k
        var start = clause.start(of: k)
        while true {
            let candidates = actors.mentions(in: start..<end).filter { isFreeAgent($0, verb: k) && !isObjectOfEarlierVerb($0) }
            // The nearest; but a coordinated list counts from its first member.
            if let nearest = candidates.last {
                let first = firstOfList(ending: nearest, from: start)
                if actors.entities[actors.mentions[first].entity].ref.code != nil
                    || !candidates.dropLast().contains(where: { actors.entities[actors.mentions[$0].entity].ref.code != nil }) {
                    return coordinated(from: first, limit: end)
                }
                // A person of no known polity ("Kimmage said he feels Russia ...") yields to a coded actor.
                if let coded = candidates.last(where: { actors.entities[actors.mentions[$0].entity].ref.code != nil }) {
                    return coordinated(from: firstOfList(ending: coded, from: start), limit: end)
                }
            }
            guard start > clause.range.lowerBound else { return [] }
            end = start
            start = clause.start(of: start - 1)
        }
    }

    /// Whether the words right before the verb at `k` (past auxiliaries and adverbs) are a noun
    /// phrase of its clause that names no actor: a determiner and a word ("the strikes", "an
    /// explosion"). Then the verb's subject is that phrase, and no actor named before it
    /// ("officials said the strikes killed 12"). Relative pronouns and "to" are no such phrase.
    func hasNounSubject(before k: Int) -> Bool {
        let start = clause.range.lowerBound
        var p = k - 1
        while p > start, text.tokens[p].kind == .word,
              text.token(p, in: WordClasses.modals) || text.token(p, in: WordClasses.beForms)
                || text.token(p, in: WordClasses.haveForms) || Self.adverbs.contains(text.norms[p]) {
            p -= 1
        }
        guard p > start, text.tokens[p].kind == .word, actors.mention(covering: p) == nil,
              !["who", "which", "that", "whom"].contains(text.norms[p]),
              // A text speaks for whoever issued it: "a resolution calling for foreign troops to leave".
              !Self.issuedTexts.contains(text.norms[p]) else { return false }
        return Self.determiners.contains(text.norms[p - 1])
    }

    /// Numbers in the plural that count a crowd ("hundreds of marines"); "most of", "part of"
    /// may as well be an object ("administers most of Western Sahara").
    private static let countingPlurals: Set<String> = ["dozens", "hundreds", "thousands", "millions", "scores", "tens"]

    private static let issuedTexts: Set<String> = [
        "resolution", "resolutions", "statement", "statements", "letter", "letters", "communique", "declaration",
        "report", "bill", "motion", "petition", "decree", "note", "message", "memo", "memorandum", "order", "ruling",
    ]
    private static let determiners: Set<String> = ["the", "a", "an", "this", "these", "those", "its", "their", "his", "her"]
    private static let adverbs: Set<String> = ["not", "also", "then", "later", "reportedly", "allegedly", "already", "again"]

    /// The first mention of a coordinated list that ends with mention `m`.
    private func firstOfList(ending m: Int, from start: Int) -> Int {
        var first = m
        while first > 0 {
            let previous = actors.mentions[first - 1]
            guard previous.tokens.lowerBound >= start, previous.isAgent || previous.form == .modifier else { break }
            let gap = (previous.tokens.upperBound..<actors.mentions[first].tokens.lowerBound).map { text.norms[$0] }
                .filter { $0 != "the" }
            guard !gap.isEmpty, gap.allSatisfy({ WordClasses.coordinators.contains($0) }) else { break }
            first -= 1
        }
        return first
    }

    /// A mention right after a verb is its object ("told Tass", "accused the Kremlin"), not a subject.
    private func isObjectOfEarlierVerb(_ m: Int) -> Bool {
        var b = actors.mentions[m].tokens.lowerBound - 1
        while b >= clause.range.lowerBound, ["the", "a", "an"].contains(text.norms[b]) || text.tokens[b].kind == .number { b -= 1 }
        guard b >= clause.range.lowerBound else { return false }
        let before = text.norms[b]
        if WordClasses.objectTakingSpeechVerbs.contains(before) { return true }
        return c.isTriggerVerb(b)
    }

    /// Whether a light verb comes just before an event noun ("issued a stern warning").
    func hasLightVerb(before k: Int) -> Bool {
        var j = k - 1
        var steps = 0
        while j >= clause.range.lowerBound, steps < 4 {
            if text.token(j, in: WordClasses.lightVerbs) { return true }
            guard text.tokens[j].kind == .word else { return false }
            j -= 1
            steps += 1
        }
        return false
    }

    /// The direct object: the first free agent after `k` in the clause, within a few words.
    func object(after k: Int) -> [Int] {
        let limit = min(clause.range.upperBound, k + 8)
        guard k < limit else { return [] }
        for m in actors.mentions(in: k..<limit) {
            let mention = actors.mentions[m]
            guard mention.isAgent || mention.form == .modifier else { continue }
            // Stop at a clause boundary between the trigger and the object.
            if (k..<mention.tokens.lowerBound).contains(where: { text.token($0, in: ClauseMap.complementisers) || text.norms[$0] == ";" }) {
                return []
            }
            var b = mention.tokens.lowerBound - 1
            while b >= k, ["the", "a", "an"].contains(text.norms[b]) || text.tokens[b].kind == .number { b -= 1 }
            // "dozens of Navalny supporters": a quantity before "of" keeps the object.
            let quantity = b > k && text.norms[b] == "of" && text.token(b - 1, in: WordClasses.quantities)
            if b >= k, text.token(b, in: WordClasses.prepositions), !quantity { continue }
            return coordinated(from: m, limit: clause.range.upperBound)
        }
        return []
    }

    /// The mention after preposition `p` following `k` ("on Ukraine", "to Poland and Bulgaria").
    func prepositionObject(_ p: String, after k: Int) -> [Int] {
        let limit = min(clause.range.upperBound, k + 12)
        var j = k
        while j < limit {
            if text.norms[j] == p {
                var a = j + 1
                var reach = j + 6
                var pastOf = false
                while a < limit, a < reach {
                    if let m = actors.mention(covering: a) {
                        let mention = actors.mentions[m]
                        // Past an "of", only the owner named outright: not "of them", "of the
                        // German leader's visit".
                        if pastOf, mention.possessive || mention.form == .pronoun || actors.entities[mention.entity].ref.code == nil {
                            break
                        }
                        if mention.isAgent || mention.form == .modifier || mention.locative {
                            return coordinated(from: m, limit: clause.range.upperBound)
                        }
                    }
                    // "by a barrage of Russian drones", "by dozens of protesters": the "of" of a
                    // quantity leads on to the agent.
                    let ofQuantity = a > j + 1 && text.norms[a] == "of" && text.token(a - 1, in: WordClasses.quantities)
                    // "into the outer compound of the U.S. Embassy": a part or site is its owner's.
                    let ofOwner = p != "by" && a > j + 1 && text.norms[a] == "of" && !ofQuantity && text.tokens[a - 1].kind == .word
                        && !NameWords.directions.contains(text.norms[a - 1])
                    if ofOwner { reach = min(limit, a + 5); pastOf = true }
                    if !ofQuantity, !ofOwner, text.token(a, in: WordClasses.prepositions) || text.tokens[a].kind == .punctuation { break }
                    a += 1
                }
            }
            if text.token(j, in: ClauseMap.complementisers) && j > k { break }
            j += 1
        }
        return []
    }

    /// The actor of an event noun: a possessive or nationality modifier before it ("Russia's
    /// invasion", "Western military aid", "its attacks"), or a `by`/`from`/`between` phrase after.
    func nominalActor(of trigger: Range<Int>) -> [Int] {
        var b = trigger.lowerBound - 1
        var steps = 0
        while b >= clause.range.lowerBound, steps < 4 {
            if let m = actors.mention(covering: b) {
                let mention = actors.mentions[m]
                if !mention.opposed, mention.form == .modifier || mention.possessive || (mention.isAgent && mention.tokens.upperBound == trigger.lowerBound) {
                    return [m]
                }
                break
            }
            if text.tokens[b].kind == .possessive { b -= 1; continue }
            let norm = text.norms[b]
            guard text.tokens[b].kind == .word, !isClass(b, WordClasses.prepositions), !isClass(b, WordClasses.beForms),
                  !["the", "a", "an"].contains(norm) || steps == 0 else { break }
            b -= 1
            steps += 1
        }
        for p in ["by", "from", "between", "among"] {
            let found = prepositionObject(p, after: trigger.upperBound)
            if !found.isEmpty, isNear(p, trigger.upperBound) { return found }
        }
        return []
    }

    private func isNear(_ p: String, _ k: Int) -> Bool {
        let limit = min(clause.range.upperBound, k + 6)
        return (k..<limit).contains { text.norms[$0] == p }
    }

    /// Whether token `k` is of `wordClass`: its bit when segmentation set the classes.
    private func isClass(_ k: Int, _ wordClass: WordClass) -> Bool {
        text.isTagged ? text.token(k, in: wordClass) : wordClass.contains(text.norms[k])
    }

    /// A participle after a form of "be" (perhaps with "being" or an adverb between) is passive.
    func isPassive(_ k: Int) -> Bool {
        var j = k - 1
        var steps = 0
        while j >= clause.range.lowerBound, steps < 3 {
            let norm = text.norms[j]
            if isClass(j, WordClasses.beForms) || norm == "got" || norm == "get" { return true }
            guard norm.hasSuffix("ly") || norm == "not" || norm == "also" || norm == "reportedly" || norm == "being" else { return false }
            j -= 1
            steps += 1
        }
        return false
    }

    /// A mention and those coordinated with it: "the US, NATO, the OSCE and Russia".
    func coordinated(from m: Int, limit: Int) -> [Int] {
        var out = [m]
        var last = actors.mentions[m].tokens.upperBound
        if actors.mentions[m].possessive { return out }
        var next = m + 1
        while next < actors.mentions.count {
            let candidate = actors.mentions[next]
            guard candidate.tokens.lowerBound < limit, candidate.isAgent || candidate.form == .modifier else { break }
            var gap = Array(last..<candidate.tokens.lowerBound).map { text.norms[$0] }
            gap.removeAll { $0 == "the" || $0 == "as" || $0 == "well" }
            // A bracketed acronym of the same actor: "the Organization for ... in Europe (OSCE)".
            if gap == ["("], candidate.entity == actors.mentions[out[out.count - 1]].entity {
                last = candidate.tokens.upperBound
                if last < limit, text.norms[last] == ")" { last += 1 }
                next += 1
                continue
            }
            guard !gap.isEmpty, gap.allSatisfy({ WordClasses.coordinators.contains($0) || $0 == ")" }) else { break }
            // A person and a state in a row are rarely one compound actor ("Ukraine and President Putin has ...").
            let isPerson = actors.entities[candidate.entity].isPerson
            guard isPerson == actors.entities[actors.mentions[m].entity].isPerson else { break }
            if !out.contains(where: { actors.mentions[$0].entity == candidate.entity }) { out.append(next) }
            last = candidate.tokens.upperBound
            next += 1
        }
        return out
    }
}
