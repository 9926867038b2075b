import RedlineText

/// Verbs of saying, in their inflected comparison forms.
enum SpeechVerbs {
    /// Forms that attribute a direct quote next to them.
    static let forms = WordClass(bit: 25, [
        "said", "says", "say", "told", "tells", "added", "adds", "continued", "continues", "wrote", "writes",
        "warned", "warns", "noted", "notes", "argued", "argues", "explained", "explains", "stressed", "stresses",
        "insisted", "insists", "declared", "declares", "stated", "states", "asked", "asks", "replied", "replies",
        "responded", "responds", "observed", "remarked", "claimed", "claims", "cautioned", "cautions",
        "announced", "announces", "threatened", "threatens", "vowed", "vows", "tweeted", "posted", "emphasized",
        "emphasised", "recalled", "countered", "admitted", "acknowledged", "predicted", "suggested", "concluded",
        "quipped", "exclaimed", "shouted", "urged", "urges", "pledged", "promised", "conceded",
    ])

    /// Forms that introduce reported speech ("X said that ...").
    static let reporting = WordClass(bit: 26, [
        "said", "says", "told", "tells", "warned", "warns", "stated", "states", "declared", "declares",
        "announced", "announces", "insisted", "insists", "claimed", "claims", "argued", "argues", "noted",
        "notes", "indicated", "indicates", "signaled", "signalled", "signals", "stressed", "stresses",
        "added", "adds", "suggested", "suggests", "asserted", "asserts", "maintained", "maintains",
        "threatened", "threatens", "vowed", "vows", "pledged", "pledges", "promised", "promises", "cautioned",
        "cautions", "reiterated", "reiterates", "confirmed", "confirms", "believes", "believed", "thinks",
        "predicted", "predicts", "reported", "reports", "acknowledged", "acknowledges", "admitted", "admits",
        "emphasized", "emphasised", "emphasizes", "emphasises", "explained", "explains", "wrote", "writes",
        "hinted", "hints", "implied", "implies", "alleged", "alleges",
    ])

    /// Prepositions whose object is not the subject of a following verb.
    static let prepositions = WordClass(bit: 27, [
        "to", "of", "in", "on", "at", "with", "against", "from", "by", "for", "into", "over", "about",
        "toward", "towards", "between", "among", "through", "near", "than", "like", "under", "without",
    ])
}
