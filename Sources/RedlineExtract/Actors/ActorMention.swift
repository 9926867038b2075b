import RedlineCore

/// How a mention names its actor.
public enum MentionForm: UInt8, Sendable {
    /// A proper name of a state, organisation or person ("Russia", "Vladimir Putin").
    case name
    /// A title, with or without a name ("Russian Deputy Foreign Minister Sergei Ryabkov", "Ukrainian forces").
    case title
    /// A surname standing for a person named before ("Putin").
    case surname
    /// A place or building standing for a government ("the Kremlin", "Moscow").
    case metonym
    /// A people ("Russians").
    case demonym
    /// A common noun referring back ("the alliance").
    case generic
    /// A definite description of an office holder ("the Russian leader").
    case definite
    /// he, she, they, its, we...
    case pronoun
    /// A nationality adjective before a noun that is not a role ("Russian gas", "Western aid"):
    /// not an actor mention of its own, but the actor of an event noun it modifies.
    case modifier
}

/// One place where the text names an actor.
public struct ActorMention: Sendable, Hashable {
    public var tokens: Range<Int>
    public var sentence: Int
    /// Index into `ActorAnnotations.entities`.
    public var entity: Int
    public var form: MentionForm
    public var plural: Bool
    /// Followed by a possessive `'s` (the token after `tokens`).
    public var possessive: Bool
    /// Names a place rather than an agent ("in Moscow", "near Kyiv").
    public var locative: Bool
    /// Names whom a stance is against ("anti-French protests", "his anti Iraq war stance"): the
    /// one acted against, never the doer.
    public var opposed: Bool

    public init(tokens: Range<Int>, sentence: Int, entity: Int, form: MentionForm, plural: Bool = false,
                possessive: Bool = false, locative: Bool = false, opposed: Bool = false) {
        self.tokens = tokens
        self.sentence = sentence
        self.entity = entity
        self.form = form
        self.plural = plural
        self.possessive = possessive
        self.locative = locative
        self.opposed = opposed
    }

    /// Whether the mention can act (not a pronoun of nothing, not a place, not what a stance opposes).
    public var isAgent: Bool { !locative && !opposed && form != .modifier }
}

/// An actor of a document: a person, or a polity and sector, that several mentions may name.
public struct ActorEntity: Sendable, Hashable {
    /// Code, sector, kind and the proper name, as output.
    public var ref: ActorRef
    public var isPerson: Bool
    /// Index into `Lexicon.people` for a known person.
    public var person: Int?
    /// Index into `Lexicon.actors` for a state, organisation or group.
    public var actor: Int?
    /// The person holds the head-of-state or head-of-government office of `ref.code`.
    public var isHead: Bool

    public init(ref: ActorRef, isPerson: Bool, person: Int? = nil, actor: Int? = nil, isHead: Bool = false) {
        self.ref = ref
        self.isPerson = isPerson
        self.person = person
        self.actor = actor
        self.isHead = isHead
    }
}

/// The actors of one document and where they are named, mentions in text order.
public struct ActorAnnotations: Sendable {
    public var entities: [ActorEntity] = []
    public var mentions: [ActorMention] = []

    public init() {}

    /// The mention covering token `k`, if any (binary search over the sorted mentions).
    public func mention(covering k: Int) -> Int? {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].tokens.upperBound <= k { lo = mid + 1 } else { hi = mid }
        }
        return lo < mentions.count && mentions[lo].tokens.contains(k) ? lo : nil
    }

    /// Indices of the mentions inside the token range, in order.
    public func mentions(in range: Range<Int>) -> [Int] {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].tokens.lowerBound < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var out = [Int]()
        var i = lo
        while i < mentions.count, mentions[i].tokens.lowerBound < range.upperBound {
            out.append(i)
            i += 1
        }
        return out
    }

    /// The reference of a mention as the contract writes it, with the mention's words as `text`.
    public func ref(of mention: Int, text: String?) -> ActorRef {
        var ref = entities[mentions[mention].entity].ref
        ref.text = text
        return ref
    }
}
