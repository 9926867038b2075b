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
        guard let subject = Self.subjectWord(of: verb, in: parse.tree) else { return nil }
        if parse.tree.tags[subject] == .PRON {
            // A pronoun subject the recogniser resolved to a state stands for it: "The U.S. said it
            // would not allow Iran to ... and offered its warships" — the window reading would take
            // the nearer "Iran". Other pronouns are left to the window reading's coreference.
            guard let m = actors.mention(covering: parse.token(ofWord: subject)), actors.mentions[m].form == .pronoun,
                  actors.mentions[m].tokens.lowerBound < k, actors.entities[actors.mentions[m].entity].ref.code != nil
            else { return nil }
            return [m]
        }
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

    /// The grammatical subject of the verb `w` (for a passive, the one acted on: the caller reads
    /// the `by` phrase itself): its `nsubj` or `nsubj:pass`; for a verb without a subject of its
    /// own, the subject its clause inherits.
    static func subjectWord(of w: Int, in tree: SyntaxTree, depth: Int = 0) -> Int? {
        guard depth < 5 else { return nil }
        if let s = tree.heads.indices.first(where: { tree.heads[$0] == w && SyntaxTree.matches(tree.relations[$0], "nsubj") }) {
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
            // "urged Iran to withdraw": the object of a verb of asking or making does it; "agreed to
            // withdraw", "summoned the envoy to lodge a protest": the governing verb's subject.
            if Self.objectControlVerbs.contains(tree.lemmas[head]),
               let object = tree.dependent(of: head, "obj") ?? tree.dependent(of: head, "iobj") {
                return object
            }
            return subjectWord(of: head, in: tree, depth: depth + 1)
        case "conj" where Self.isMisattachedConjunct(w, to: head, in: tree):
            // "said it would not allow Iran to use missiles ... and offered its warships", "said
            // several people were injured ... and vowed retaliation": an active verb of its own tense
            // is not coordinated with an infinitive or a passive below a verb of saying; it goes
            // with that verb, and has its subject.
            var reporter = tree.heads[head]
            while reporter >= 0, tree.tags[reporter].isVerbal, Self.isBareForm(reporter, in: tree),
                  !Self.reportingVerbs.contains(tree.lemmas[reporter]), ["xcomp", "ccomp", "advcl", "conj"].contains(tree.relations[reporter]) {
                reporter = tree.heads[reporter]
            }
            guard reporter >= 0, tree.tags[reporter].isVerbal else { return nil }
            return subjectWord(of: reporter, in: tree, depth: depth + 1)
        case "conj", "advcl":
            // A subject of another clause between the two verbs makes the attachment doubtful
            // ("the Ministry said the army was on alert and would launch ..."): leave it to the windows.
            guard tree.tags[head].isVerbal,
                  !(min(head, w) + 1..<max(head, w)).contains(where: { SyntaxTree.matches(tree.relations[$0], "nsubj") && tree.heads[$0] != head })
            else { return nil }
            // "a communique said an Iranian brigade, backed by tanks, launched the attack": a verb of
            // saying takes a clause, not a noun; a noun object of one is the misread subject of the
            // reported clause, so the coordination is doubtful too.
            if Self.reportingVerbs.contains(tree.lemmas[head]),
               let object = tree.dependent(of: head, "obj"), tree.tags[object] != .PRON, object < w {
                return nil
            }
            return subjectWord(of: head, in: tree, depth: depth + 1)
        case "acl":
            // "troops crossing the border", "the militia hit by strikes": the noun is the subject.
            return head
        default:
            return nil
        }
    }

    static let relativePronouns: Set<String> = ["who", "which", "that", "whom"]

    /// Whether the conjunct verb `w`, a finite active verb with no subject or auxiliary of its
    /// own ("and offered", "and vowed"), was attached to a verb it cannot be coordinated with: a
    /// bare infinitive ("to use") or a passive ("were injured"), itself the complement of another verb.
    static func isMisattachedConjunct(_ w: Int, to head: Int, in tree: SyntaxTree) -> Bool {
        guard tree.tags[w] == .VERB, !isBareForm(w, in: tree), tree.tags[head].isVerbal,
              !tree.heads.indices.contains(where: { tree.heads[$0] == w && (tree.relations[$0].hasPrefix("nsubj") || tree.relations[$0].hasPrefix("aux")) }),
              ["xcomp", "ccomp", "advcl"].contains(tree.relations[head]) || tree.heads[head] >= 0 && tree.relations[head] == "conj"
        else { return false }
        let headIsPassive = tree.heads.indices.contains { tree.heads[$0] == head && (tree.relations[$0] == "nsubj:pass" || tree.relations[$0] == "aux:pass") }
        let headIsInfinitive = isBareForm(head, in: tree)
            && tree.heads.indices.contains { tree.heads[$0] == head && tree.relations[$0] == "mark" && tree.lemmas[$0] == "to" }
        return headIsPassive || headIsInfinitive
    }

    /// Whether the verb `w` stands in its bare form ("use", "allow"), not inflected ("offered").
    static func isBareForm(_ w: Int, in tree: SyntaxTree) -> Bool {
        tree.words[w].lowercased() == tree.lemmas[w]
    }

    /// Verbs that report what was said: their complement is a clause.
    static let reportingVerbs: Set<String> = ["say", "report", "claim", "state", "announce", "add", "insist", "declare", "confirm", "deny"]

    /// Verbs whose object does what the infinitive after it says ("urged Tehran to halt").
    static let objectControlVerbs: Set<String> = [
        "urge", "ask", "tell", "order", "force", "persuade", "press", "call", "warn", "invite", "allow",
        "encourage", "pressure", "advise", "instruct", "compel", "require", "permit", "authorize", "authorise",
        "enable", "oblige", "direct", "request", "implore", "beg", "push", "lead", "cause", "get", "want",
    ]

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
