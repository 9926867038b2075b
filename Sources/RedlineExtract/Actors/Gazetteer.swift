import RedlineCore
import RedlineText

/// What a matched lexicon phrase stands for.
enum NameSense: Sendable, Hashable {
    /// A name or metonym of a state, organisation or group, with the sector it implies.
    case polity(actor: Int, sector: String?, metonym: Bool)
    case adjective(actor: Int)
    case demonym(actor: Int)
    case generic(actor: Int)
    /// A city, region or site of a state ("Gaza", "Donetsk"): where something happens, never who.
    case place(actor: Int)
    case person(Int)
    case surname(Int)
    case role(Int)
    /// A phrase that names no actor although it contains a name ("Latin America").
    case ignore

    var priority: Int {
        switch self {
        case .ignore: -1
        case .person: 0
        case .polity(_, _, false): 1
        case .polity(_, _, true): 2
        case .place: 3
        case .role: 4
        case .demonym: 5
        case .adjective: 6
        case .surname: 7
        case .generic: 8
        }
    }
}

/// The actor side of a lexicon, compiled for matching: one trie over every name, title, place and
/// metonym, plus indexes for heads of state and generic nouns.
public struct Gazetteer: Sendable {
    let lexicon: Lexicon
    let trie: PhraseTrie<NameSense>
    /// Person indexes by the comparison form of their surname.
    let surnames: [String: [Int]]
    /// Roles that denote a head of state or government, by comparison form.
    let headTitles: Set<String>
    /// One-word names, adjectives and metonyms of polities by comparison form, for the first half
    /// of a sponsor modifier ("iran" in "Iran-backed", "russian" in "Russian-funded").
    let sponsorNames: [String: Int]

    /// Compiles `lexicon`'s actors, interning their words into `vocabulary`.
    public init(lexicon: Lexicon, vocabulary: inout Vocabulary) {
        self.lexicon = lexicon
        var trie = PhraseTrie<NameSense>()
        for (i, a) in lexicon.actors.enumerated() {
            for name in a.names { trie.insert(name, .polity(actor: i, sector: a.sector, metonym: false), vocabulary: &vocabulary) }
            for adj in a.adjectives ?? [] { trie.insert(adj, .adjective(actor: i), vocabulary: &vocabulary) }
            for d in a.demonyms ?? [] { trie.insert(d, .demonym(actor: i), vocabulary: &vocabulary) }
            for (sector, words) in a.metonyms ?? [:] {
                for w in words { trie.insert(w, .polity(actor: i, sector: sector, metonym: true), vocabulary: &vocabulary) }
            }
            for p in a.places ?? [] { trie.insert(p, .place(actor: i), vocabulary: &vocabulary) }
            for g in a.generic ?? [] { trie.insert(g, .generic(actor: i), caseSensitive: false, vocabulary: &vocabulary) }
        }
        var sponsorNames = [String: Int]()
        for (i, a) in lexicon.actors.enumerated() where a.kind == .state {
            let words = a.names + (a.adjectives ?? []) + (a.metonyms ?? [:]).values.flatMap { $0 }
            for word in words where !word.contains(" ") {
                let folded = Normalizer.fold(word)
                if sponsorNames[folded] == nil { sponsorNames[folded] = i }
            }
        }
        self.sponsorNames = sponsorNames
        var surnames = [String: [Int]]()
        for (i, p) in lexicon.people.enumerated() {
            for name in [p.name] + (p.aliases ?? []) {
                trie.insert(name, .person(i), vocabulary: &vocabulary)
                let parts = name.split(separator: " ")
                if parts.count >= 2, let last = parts.last {
                    // "Kim Jong Un" is "Kim" later; most names keep their last word.
                    let surname = Self.koreanOrChineseOrder(parts) ? String(parts[0]) : String(last)
                    let folded = Normalizer.fold(surname)
                    if !(surnames[folded]?.contains(i) ?? false) {
                        surnames[folded, default: []].append(i)
                        trie.insert(surname, .surname(i), vocabulary: &vocabulary)
                    }
                }
            }
        }
        for phrase in lexicon.notActors { trie.insert(phrase, .ignore, vocabulary: &vocabulary) }
        var heads = Set<String>()
        for (i, r) in lexicon.roles.enumerated() {
            trie.insert(r.title, .role(i), caseSensitive: false, vocabulary: &vocabulary)
            if r.head == true { heads.insert(Normalizer.fold(r.title)) }
        }
        self.trie = trie
        self.surnames = surnames
        self.headTitles = heads
    }

    /// Family-name-first names: Chinese, Korean and Vietnamese names whose first word is a common
    /// family name ("Xi Jinping" is "Xi" later, "Kim Jong Un" is "Kim").
    private static func koreanOrChineseOrder(_ parts: [Substring]) -> Bool {
        guard parts.count == 2 || parts.count == 3 else { return false }
        let family: Set<String> = [
            "kim", "xi", "li", "wang", "moon", "park", "yoon", "lee", "hu", "wen", "ma", "lai", "tsai", "han", "ban",
            "zhao", "hua", "mao", "lin", "qin", "zhou", "chen", "liu", "zhang", "yang", "huang", "wu", "sun", "guo",
            "choe", "choi", "ri", "jiang", "deng", "dong", "zheng", "he", "gao", "luo", "song", "ko", "chung", "roh",
        ]
        // "Lee" and "Ma" are also English given names; two-part names need a hyphen or a one-syllable family name only.
        return family.contains(parts[0].lowercased()) && (parts.count == 3 || parts[1].contains("-") || parts[1].count > 3)
    }

    /// The head of state (or, failing one, of government) of `code` on `day`, from the lexicon.
    func head(of code: String, on day: Day?, title: String?) -> Int? {
        var best: (Int, Int)?
        for (i, p) in lexicon.people.enumerated() {
            guard let role = p.role(on: day), role.code == code, let t = role.title.map(Normalizer.fold),
                  headTitles.contains(t) else { continue }
            if let day, !role.isHeld(on: day) { continue }
            var rank = t == "president" ? 0 : t.contains("supreme") ? 1 : t == "king" || t == "emir" ? 2 : 3
            if let title, t == title { rank = -1 }
            if best == nil || rank < best!.1 { best = (i, rank) }
        }
        return best?.0
    }

    func isHeadTitle(_ fold: String) -> Bool { headTitles.contains(fold) }
}
