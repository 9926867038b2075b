import RedlineCore

/// A state, organisation, bloc or group, and the words that name it.
///
/// ```json
/// {"code": "RUS", "kind": "state", "names": ["Russia", "Russian Federation"], "adjectives": ["Russian"],
///  "demonyms": ["Russians"], "metonyms": {"GOV": ["Moscow", "the Kremlin"], "MIL": ["the Russian Defence Ministry"]},
///  "places": ["St Petersburg", "Belgorod", "Chechnya"]}
/// ```
public struct ActorEntry: Codable, Sendable, Hashable {
    public var code: String
    public var kind: ActorKind
    /// The sector every name of this entry carries (armed groups: `INS`, `REB`).
    public var sector: String?
    /// The proper name shown in output for groups and NGOs ("Hamas").
    public var name: String?
    public var names: [String]
    public var adjectives: [String]?
    public var demonyms: [String]?
    /// Sector code → words that stand for that part of the polity ("the Pentagon" → MIL).
    public var metonyms: [String: [String]]?
    /// Cities, regions and sites inside the state that news names as where things happen
    /// ("Gaza", "Donetsk", "Darfur"). A place never acts: "killed 12 people in Gaza" gives the
    /// state of the event's location, not an agent. Capitals stay in `metonyms` (they also stand
    /// for governments). Disputed places: see the README's lexicon section.
    public var places: [String]?
    /// Nouns that refer back to this actor when it was named before ("the alliance").
    public var generic: [String]?
    /// Member codes, for alliances and blocs.
    public var members: [String]?
}

/// One office a person held.
public struct PersonRole: Codable, Sendable, Hashable {
    public var code: String
    public var sector: String?
    public var title: String?
    public var from: Day?
    public var to: Day?

    /// Whether the role was held on `day` (open ends count as held).
    public func isHeld(on day: Day) -> Bool {
        if let from, day < from { return false }
        if let to, day > to { return false }
        return true
    }
}

/// A person, with spellings and the offices held over time.
public struct PersonEntry: Codable, Sendable, Hashable {
    public var name: String
    public var aliases: [String]?
    public var roles: [PersonRole]

    /// The role held on `day`, else the latest one.
    public func role(on day: Day?) -> PersonRole? {
        if let day, let held = roles.first(where: { $0.isHeld(on: day) }) { return held }
        return roles.max { ($0.from ?? Day(ordinal: -100_000)) < ($1.from ?? Day(ordinal: -100_000)) }
    }
}

/// A title or role noun and the sector it tells ("deputy foreign minister" → GOV, "forces" → MIL).
public struct RoleEntry: Codable, Sendable, Hashable {
    public var title: String
    public var sector: String
    /// Names one person ("president") rather than a collective ("troops").
    public var person: Bool
    /// The head of state or government ("president", "prime minister", "leader").
    public var head: Bool?
    /// Stands for an actor only with its state named ("an Iranian brigade", "a Libyan force",
    /// "the force of some 3,000 men" after "Libyan"): alone it is a common word ("the force of the
    /// blast", "threatened to use force", "across regiments").
    public var owned: Bool?
}

/// A verb or noun that codes a PLOVER event.
///
/// ```json
/// {"verb": "expel", "type": "SANCTION", "mode": "expel", "context": ["diplomatic"], "recipient": ["object", "from"]}
/// {"verb": "launch", "with": ["attack", "strike"], "type": "ASSAULT", "recipient": ["on", "against"]}
/// {"noun": "expulsion", "type": "SANCTION", "mode": "expel", "recipient": ["of"]}
/// ```
public struct EventEntry: Codable, Sendable, Hashable {
    public var verb: String?
    public var noun: String?
    public var forms: [String]?
    /// Fires only when one of these words follows within four tokens.
    public var with: [String]?
    /// Blocked when one of these words follows within four tokens.
    public var without: [String]?
    public var type: EventType
    public var mode: String?
    public var context: [String]?
    /// Where the recipient is found: "object" or a preposition, in order of preference.
    public var recipient: [String]?
    /// A speech act whose content is the event ("warn", "accuse", "demand").
    public var speech: Bool?
    /// An act of money or goods that is political only toward a named state or organisation:
    /// "lent 27 billion yen to Indonesia" is aid, "to fund its own plans" or "investments" alone
    /// are business.
    public var needsRecipient: Bool?
}

/// A threatened consequence and what it tells of the threat.
public struct ConsequenceCue: Codable, Sendable, Hashable {
    public var phrase: String
    public var kind: ConsequenceKind
    public var severity: Int?
}

/// The words the red-line extractor looks for.
public struct RedLineCues: Codable, Sendable, Hashable {
    public var explicit: [String]?
    public var consequences: [ConsequenceCue]?
    public var warningVerbs: [String]?
    public var conditionals: [String]?
    public var prohibitions: [String]?
    public var commentary: [String]?
    public var crossingVerbs: [String]?
    public var withdrawal: [String]?
    /// A speaker's guess or forecast rather than a warning: "I think", "my guess", "predicted".
    public var speculation: [String]?
    /// Hedges that make an unattributed sentence the writer's own guess: "could", "of course".
    public var hedges: [String]?
    /// Words of trade and the economy: a retaliation threatened among them is economic.
    public var economicContext: [String]?

    mutating func merge(_ other: RedLineCues) {
        func join<T>(_ a: [T]?, _ b: [T]?) -> [T]? { (a ?? []) + (b ?? []) }
        explicit = join(explicit, other.explicit)
        consequences = join(consequences, other.consequences)
        warningVerbs = join(warningVerbs, other.warningVerbs)
        conditionals = join(conditionals, other.conditionals)
        prohibitions = join(prohibitions, other.prohibitions)
        commentary = join(commentary, other.commentary)
        crossingVerbs = join(crossingVerbs, other.crossingVerbs)
        withdrawal = join(withdrawal, other.withdrawal)
        speculation = join(speculation, other.speculation)
        hedges = join(hedges, other.hedges)
        economicContext = join(economicContext, other.economicContext)
    }
}

/// One lexicon file: any of the sections, all optional. Built-in files and a user's `--lexicon`
/// files share this format and are merged in order.
public struct LexiconFile: Codable, Sendable {
    public var format: String?
    public var actors: [ActorEntry]?
    public var people: [PersonEntry]?
    public var roles: [RoleEntry]?
    public var events: [EventEntry]?
    public var irregularVerbs: [String: [String]]?
    public var redLineCues: RedLineCues?
    /// Phrases that contain actor names but name none ("Latin America", "Sea of Azov").
    public var notActors: [String]?

    public static let format = "redline-lexicon@1"
}
