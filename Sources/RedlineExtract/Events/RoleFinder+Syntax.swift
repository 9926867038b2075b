import RedlineSyntax
import RedlineText

/// Roles read off the dependency parse: who is the subject of a verb however far before it
/// it stands, through passives, control verbs, coordinated verbs and relative clauses.
extension RoleFinder {
    /// The actor mentions that are the subject of the verb at token `k`, by the parse; nil when
    /// the parse gives no actor (no parse, no subject, or a subject naming no actor), so the
    /// caller reads the clause's tokens instead.
    func parsedSubject(of k: Int) -> [Int]? {
        guard let parse = c.syntax?.sentence(ofToken: k), let verb = parse.word(ofToken: k) else { return nil }
        guard let subject = Self.subjectWord(of: verb, in: parse.tree),
              // Pronouns ("it", "its troops") are resolved by the coreference of the window reading.
              parse.tree.tags[subject] != .PRON else { return nil }
        var out = [Int]()
        for word in [subject] + Self.conjuncts(of: subject, in: parse.tree) {
            guard let m = mention(heading: word, parse), isAcceptableSubject(m), !out.contains(m) else { continue }
            out.append(m)
        }
        return out.isEmpty ? nil : out
    }

    /// Whether the parse can tell more than the window reading about the subject of the verb at
    /// `k`: some acting mention with a state stands before it in the sentence, but not right before it.
    func needsParse(_ k: Int) -> Bool {
        guard !hasAdjacentSubject(k) else { return false }
        let sentence = text.sentences[Int(text.sentenceOfToken[k])].tokens
        return actors.mentions(in: sentence.lowerBound..<k).contains { m in
            let mention = actors.mentions[m]
            return mention.isAgent && mention.form != .pronoun && actors.entities[mention.entity].ref.code != nil
        }
    }

    /// Whether an acting mention with a state ends right before the verb at `k`, with at most
    /// auxiliaries and adverbs between ("Russia warned", "Iran has repeatedly warned"): then the
    /// window reading is sure and the sentence need not be parsed, which keeps the parser to the
    /// sentences where subject and verb stand apart.
    func hasAdjacentSubject(_ k: Int) -> Bool {
        var j = k - 1
        var steps = 0
        while j >= clause.range.lowerBound, steps < 3, text.tokens[j].kind == .word,
              text.token(j, in: WordClasses.modals) || text.token(j, in: WordClasses.beForms)
                || text.token(j, in: WordClasses.haveForms) || text.norms[j].hasSuffix("ly") || text.norms[j] == "not"
                || text.norms[j] == "also" || text.norms[j] == "again" {
            j -= 1
            steps += 1
        }
        guard j >= clause.range.lowerBound, let m = actors.mention(covering: j), actors.mentions[m].tokens.upperBound == j + 1 else {
            return false
        }
        let mention = actors.mentions[m]
        return mention.isAgent && mention.form != .pronoun && actors.entities[mention.entity].ref.code != nil
    }

    /// The word that does what the verb `w` says: its `nsubj`; for a passive its `by` phrase;
    /// for a verb without a subject of its own, the subject its clause inherits.
    static func subjectWord(of w: Int, in tree: SyntaxTree, depth: Int = 0) -> Int? {
        guard depth < 5 else { return nil }
        let passive = tree.dependent(of: w, "aux:pass") != nil || tree.dependent(of: w, "nsubj:pass") != nil
        if passive {
            return tree.dependent(of: w, "obl:agent")
        }
        if let s = tree.heads.indices.first(where: { tree.heads[$0] == w && tree.relations[$0] == "nsubj" }) {
            // "which", "who", "that" stand for the noun their clause describes.
            if tree.relations[w].hasPrefix("acl"), tree.tags[s] == .PRON, Self.relativePronouns.contains(tree.lemmas[s]),
               tree.heads[w] >= 0 {
                return tree.heads[w]
            }
            return s
        }
        let head = tree.heads[w]
        guard head >= 0 else { return nil }
        switch tree.relations[w] {
        case "xcomp":
            // "urged Iran to withdraw": the object of the governing verb does it; "agreed to withdraw": its subject.
            if let object = tree.dependent(of: head, "obj") ?? tree.dependent(of: head, "iobj") { return object }
            return subjectWord(of: head, in: tree, depth: depth + 1)
        case "conj", "advcl":
            guard tree.tags[head].isVerbal else { return nil }
            return subjectWord(of: head, in: tree, depth: depth + 1)
        case "acl":
            // "troops crossing the border": the noun does it (an -ing participle).
            return tree.words[w].lowercased().hasSuffix("ing") ? head : tree.dependent(of: w, "obl:agent")
        default:
            return nil
        }
    }

    static let relativePronouns: Set<String> = ["who", "which", "that", "whom"]

    /// Words coordinated with `w` ("Britain and France"): its `conj` dependents that are nominal.
    static func conjuncts(of w: Int, in tree: SyntaxTree) -> [Int] {
        tree.heads.indices.filter { tree.heads[$0] == w && tree.relations[$0] == "conj" && tree.tags[$0].isNominal }
    }

    /// The mention the subject word stands for: one covering the word itself, or a modifier
    /// that names its owner ("Russian officials", "Moscow's envoy", "the Kremlin spokesman").
    private func mention(heading word: Int, _ parse: SentenceSyntax) -> Int? {
        let tree = parse.tree
        if let m = actors.mention(covering: parse.token(ofWord: word)) { return m }
        for d in tree.dependents(of: word) where Self.ownerRelations.contains(tree.relations[d]) {
            if let m = actors.mention(covering: parse.token(ofWord: d)) { return m }
        }
        return nil
    }

    private static let ownerRelations: Set<String> = ["compound", "amod", "nmod:poss", "flat", "appos"]

    /// An acting mention that names its state or is a person. A bare collective ("police",
    /// "warplanes") or a pronoun is left to the window reading, which finds its state or antecedent.
    private func isAcceptableSubject(_ m: Int) -> Bool {
        let mention = actors.mentions[m]
        let entity = actors.entities[mention.entity]
        guard mention.form != .pronoun, mention.isAgent || mention.form == .modifier || mention.possessive else { return false }
        return entity.ref.code != nil || entity.isPerson
    }
}
