/// Words that name one thing in the language of crises, folded to one concept so that a line
/// restated in other words still shares its words: "Ukraine's membership of NATO", "NATO admits
/// Ukraine" and "no further enlargement, including the accession of Ukraine" all say JOIN.
///
/// Words whose other senses are common in threats are left out ("fire", as in "fire and fury";
/// "launch", as in "launch talks"). A word may stand for more than one concept ("attack" is a
/// strike and an aggression). The
/// groups are general vocabulary of threats and the acts they forbid, not any one article's
/// wording; a word left out simply compares by its stem. Each word is stemmed the way text is, so
/// its inflections fold with it.
enum Concepts {
    /// The concept hashes a stem stands for, or nil when it stands for itself.
    static func concepts(ofStem stem: UInt64) -> [UInt64]? {
        table[stem]
    }

    /// The hash a concept's words fold to.
    static func hash(of concept: String) -> UInt64 { Tokenizer.hash("#" + concept) }

    static let strikeHash = hash(of: "strike")
    static let enactHash = hash(of: "enact")
    static let complyHash = hash(of: "comply")
    /// Concepts of weapons, after which "strike" is a modifier ("strike systems", "strike missiles").
    static let weaponHashes: Set<UInt64> = [hash(of: "weapons"), hash(of: "missile")]

    /// The concepts that name an act (what must not be done) rather than a thing or a place.
    static let acts = SortedHashes([
        "join", "deploy", "strike", "aggression", "supply", "secede", "visit", "use", "test", "release", "kill",
        "damage", "permit", "levy", "intervene",
    ].map(hash(of:)))

    private static let groups: [(concept: String, words: String)] = [
        ("join", "join joins joined joining membership member members accession accede accedes acceded admit admits "
            + "admitted admission enlargement enlarge enlarged expansion expand expanded integration integrate"),
        ("deploy", "deploy deploys deployed deploying deployment deployments station stations stationed stationing"),
        ("troops", "troops troop forces soldiers boots contingent contingents servicemen personnel"),
        ("strike", "strike strikes striking struck attack attacks attacked attacking hit hits hitting bomb bombs "
            + "bombed bombing bombard bombardment shell shelled shelling raid raids assault"),
        // Armed interference is aggression to whom it is done: "any interference in the region",
        // "if U.S. intervention occurs" and "any aggressive measure by the United States" are one line.
        ("aggression", "aggression aggressive invade invades invaded invading invasion incursion incursions "
            + "escalate escalates escalated escalating escalation attack attacks attacked attacking offensive "
            + "intervene intervenes intervened intervening intervention interventions interfere interferes "
            + "interfered interfering interference"),
        // A missile, rocket or bomb is a weapon too: "rockets carrying sarin" are chemical weapons used.
        ("weapons", "weapon weapons arms armament armaments munitions ammunition arsenal systems missile missiles "
            + "rocket rockets bomb bombs shell shells"),
        ("missile", "missile missiles rocket rockets atacms"),
        ("supply", "supply supplies supplied supplying deliver delivers delivered delivering delivery deliveries "
            + "shipment shipments ship shipped send sends sent sending transfer transfers transferred provide "
            + "provides provided providing convoy convoys transport transports transported transporting"),
        ("secede", "secede secedes seceded seceding secession secessionist independence independent separatism "
            + "separatist separatists splittism"),
        ("visit", "visit visits visited visiting trip trips travel travels traveled travelled tour"),
        ("chemical", "chemical chemicals sarin chlorine nerve toxic"),
        ("nuclear", "nuclear atomic nukes warhead warheads"),
        ("permit", "allow allows allowed allowing permit permits permitted permission authorize authorizes "
            + "authorized authorise authorises authorised authorization authorisation"),
        ("hostage", "hostage hostages captive captives abductees"),
        ("release", "release releases released releasing free freed freeing"),
        ("kill", "kill kills killed killing death deaths dead casualties"),
        ("damage", "damage damaged destroy destroyed destruction harm harmed"),
        ("levy", "tax taxes taxed taxing taxation tariff tariffs duty duties levy levies levied quota quotas "
            + "embargo embargoes embargoed sanction sanctions sanctioned"),
        ("intervene", "intervene intervenes intervened intervening intervention interventions interfere interferes "
            + "interfered interfering interference meddle meddles meddled meddling"),
        ("use", "use uses used using usage employ employs employed"),
        // A measure put into force, however it is said: "if the Community adopts the tax", "if the
        // tax is approved", "enactment would leave us no choice".
        ("enact", "enact enacts enacted enacting enactment adopt adopts adopted adopting adoption approve approves "
            + "approved approving approval"),
        ("test", "test tests tested testing"),
        // Failing and keeping one's word, however inflected: "Japan's failure to honour the pact",
        // "Tokyo failing to abide by the accord", "once Japan honoured it".
        ("fail", "fail fails failed failing failure failures"),
        ("comply", "honor honors honored honoring honour honours honoured honouring abide abides abided abiding "
            + "comply complies complied complying compliance"),
        // What a trade or arms line is so often about: "the pact", "the deal", "the accord".
        ("pact", "pact pacts deal deals accord accords agreement agreements treaty treaties arrangement"),
        ("west", "west western westerners"),
    ]

    private static let table: [UInt64: [UInt64]] = {
        var table: [UInt64: [UInt64]] = [:]
        for (concept, words) in groups {
            let hash = hash(of: concept)
            for word in words.split(separator: " ") {
                Tokenizer.forEachToken(in: String(word)) { token, _, _ in
                    let stem = Stemmer.stemHash(token)
                    if !(table[stem]?.contains(hash) ?? false) { table[stem, default: []].append(hash) }
                }
            }
        }
        return table
    }()
}
