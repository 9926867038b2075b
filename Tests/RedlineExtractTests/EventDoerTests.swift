import RedlineCore
import Testing
@testable import RedlineExtract

/// Who did it: the doer of an act told in a temporal clause, after a verb of saying, beside a
/// coordinated verb, or named with particles, portfolios and units the lexicon does not list.
@Suite("PLOVER events: the doer of the act")
struct EventDoerTests {
    private func events(_ text: String) -> [Event] {
        Fixture.extract(text, published: "1987-10-21").events
    }

    private func doers(_ type: EventType, in text: String) -> Set<String> {
        Set(events(text).filter { $0.type == type }.flatMap { $0.actor.compactMap(\.code) })
    }

    @Test("an act in a clause opened by 'after', 'before' or 'since' is its own subject's", arguments: [
        "The envoys met on Monday after Iraqi jets bombed two Iranian oil terminals.",
        "Before Syrian troops shelled the camp, the ministers had met in Damascus.",
        "Tehran has been quiet since Iraqi warplanes struck the refinery at Abadan.",
    ])
    func temporalClauseSubject(text: String) {
        let doers = doers(.assault, in: text)
        #expect(doers == ["IRQ"] || doers == ["SYR"], "\(text): \(doers)")
    }

    @Test("a noun after 'before' or 'after' with no verb of its own is no doer", arguments: [
        "The Israeli leader stood before the United Nations General Assembly and warned Iran against building a bomb.",
        "The Israeli leader spoke after the United Nations General Assembly vote and warned Iran against building a bomb.",
    ])
    func prepositionalNounIsNoDoer(text: String) {
        let warnings = events(text).filter { $0.type == .threaten || $0.type == .accuse || $0.type == .request }
        #expect(!warnings.isEmpty, "\(text)")
        #expect(warnings.allSatisfy { event in event.actor.allSatisfy { $0.code != "UN" } }, "\(text)")
    }

    @Test("a unit of an army named with its state acts for it", arguments: [
        ("A communique from Baghdad said an Iranian infantry brigade, supported by tanks, launched a night attack.", "IRN"),
        ("Witnesses said a Libyan force of about 2,000 men was abandoning the town.", "LBY"),
        ("Iraqi planes attacked a Greek tanker in the Gulf, shipping sources said.", "IRQ"),
    ])
    func namedUnits(text: String, code: String) {
        let acts = events(text).filter { $0.type == .assault || $0.type == .retreat }
        #expect(acts.contains { event in event.actor.contains { $0.code == code } }, "\(text)")
    }

    @Test("a unit word with no state named is a common word, not an actor", arguments: [
        "Russia threatened to use force against Georgia over the border dispute.",
        "The ministry wants to move people easily across regiments and to post them where needed.",
    ])
    func unitWordsAlone(text: String) {
        let annotated = Fixture.annotate(text, published: "1987-10-21")
        let stateless = annotated.actors.entities.filter { $0.ref.code == nil && $0.ref.sector == "MIL" }
        #expect(stateless.isEmpty, "\(text): \(stateless.map(\.ref))")
        // The threat keeps its addressee: force is no recipient.
        if text.hasPrefix("Russia") {
            #expect(events(text).contains { $0.type == .threaten && $0.actor.contains { $0.code != nil } && $0.recipient.allSatisfy { $0.sector != "MIL" } }, "\(text)")
        }
    }

    @Test("a verb coordinated after a reported clause is the reporter's", arguments: [
        ("Iran said two sailors were wounded in the American raid on its platform and vowed revenge.", EventType.threaten, "IRN"),
        ("Washington has said it will not let Iran use missiles to close the strait and offered its warships to escort the convoys.", EventType.agree, "USA"),
    ])
    func coordinatedAfterReport(text: String, type: EventType, code: String) {
        #expect(doers(type, in: text).contains(code), "\(text): \(doers(type, in: text))")
    }

    @Test("a name with particles is one person, not someone else by its last word", arguments: [
        "Crown Prince Abdullah bin Abdul Aziz met the Vice President in Washington.",
        "Prince Sultan bin Abdul Aziz met the Vice President in Washington.",
    ])
    func nameParticles(text: String) {
        // "Aziz" alone is the surname of Iraq's foreign minister of the time.
        #expect(!doers(.consult, in: text).contains("IRQ"), "\(text)")
    }

    @Test("a portfolio the lexicon does not list stays part of the title", arguments: [
        ("Diplomats said French Foreign Trade Minister Michel Noir had walked out of the talks.", "FRA"),
        ("Soviet Foreign Trade Minister Boris Aristov walked out of the talks, diplomats said.", "SUN"),
    ])
    func portfolioTitles(text: String, code: String) {
        let annotated = Fixture.annotate(text, published: "1987-10-21")
        let people = annotated.actors.entities.filter(\.isPerson)
        #expect(people.contains { $0.ref.code == code }, "\(text): \(people.map(\.ref))")
    }

    @Test("a known surname followed by more of a name is a first name", arguments: [
        "French minister Michel Noir said the talks had failed.",
        "Michel Noir, a French minister, said the talks had failed.",
    ])
    func firstNameIsNoSurname(text: String) {
        let annotated = Fixture.annotate(text, published: "1987-10-21")
        // Charles Michel heads the European Council decades later.
        #expect(!annotated.actors.entities.contains { $0.ref.code == "EU" }, "\(text)")
    }

    @Test("an auxiliary capitalised after 'U.S.' is no speaker's name", arguments: [
        "The U.S. Has said it will protect the tankers.",
        "The U.S. Will send more ships, officials said.",
    ])
    func capitalisedAuxiliary(text: String) {
        let annotated = Fixture.annotate(text, published: "1987-10-21")
        #expect(!annotated.actors.entities.contains { $0.ref.name == "Has" || $0.ref.name == "Will" }, "\(text)")
    }

    @Test("places, companies and agencies of a state", arguments: [
        ("Union and New South Wales government officials reached a compromise over pay.", "AUS"),
        ("The Sudanese minister, quoted by SUNA, said Khartoum rejected the demand.", "SDN"),
    ])
    func placesAndAgencies(text: String, code: String) {
        let annotated = Fixture.annotate(text, published: "1987-10-21")
        #expect(annotated.actors.entities.contains { $0.ref.code == code }, "\(text)")
        #expect(!annotated.actors.entities.contains { $0.ref.code == "GBR" }, "\(text)")
    }

    @Test("a company or club named with a demonym or capital is not that state", arguments: [
        "Anglo American said it had held talks with the mineworkers' union.",
        "Morocco won new loans after last week's Paris Club rescheduling.",
    ])
    func demonymInNames(text: String) {
        let annotated = Fixture.annotate(text, published: "1987-10-21")
        #expect(!annotated.actors.entities.contains { $0.ref.code == "USA" || $0.ref.code == "FRA" }, "\(text)")
    }

    @Test("a name before an act's noun is its doer, not the verb's subject", arguments: [
        "The Mexican minister said he expected calm despite the U.S. military attack on an Iranian oil rig.",
        "Prices rose in spite of the U.S. navy attack on the Iranian platform, the minister said.",
    ])
    func nameBeforeEventNoun(text: String) {
        #expect(doers(.assault, in: text) == ["USA"], "\(text): \(doers(.assault, in: text))")
    }

    @Test("troops pushed back or out are attacked, and 'back' there is no support", arguments: [
        "Baghdad said its troops were pushing Iranian forces back.",
        "Baghdad said its troops were pushing Iranian forces out of the marshes.",
    ])
    func pushedBack(text: String) {
        let found = events(text)
        #expect(found.contains { $0.type == .assault && $0.actor.contains { $0.code == "IRQ" } && $0.recipient.contains { $0.code == "IRN" } },
                "\(text)")
        #expect(!found.contains { $0.type == .support }, "\(text)")
    }

    @Test("a state named after 'anti' is what the stance is against, not a doer", arguments: [
        "The deputy, thrown out of his party over his anti Iran stance, accused the minister of lying.",
        "The deputy, known for his anti Iran views, accused the minister of lying.",
    ])
    func antiStance(text: String) {
        #expect(!doers(.accuse, in: text).contains("IRN"), "\(text)")
    }

    @Test("a demand, request or offer its owner made stays an event when another verb takes it", arguments: [
        ("Sudan rejected an IMF demand to scrap its bread subsidy.", EventType.request, "IMF"),
        ("Tehran turned down a U.S. request for direct talks.", EventType.request, "USA"),
    ])
    func ownedSpeechNouns(text: String, type: EventType, code: String) {
        #expect(doers(type, in: text).contains(code), "\(text): \(events(text).map { ($0.type, $0.actor) })")
        #expect(events(text).contains { $0.type == .reject }, "\(text)")
    }

    @Test("a quantity before 'of' leaves the noun after it the subject", arguments: [
        "Hundreds of Brazilian marines were on alert at the ports.",
        "Scores of Brazilian marines were on alert at the ports.",
    ])
    func quantityOf(text: String) {
        #expect(doers(.mobilize, in: text) == ["BRA"], "\(text): \(doers(.mobilize, in: text))")
    }

    @Test("an investigation begun or started is an accusation's first step", arguments: [
        "The FBI began a criminal investigation of the trading house.",
        "French prosecutors started an inquiry into the arms sales.",
    ])
    func investigationsBegun(text: String) {
        #expect(events(text).contains { $0.type == .accuse && $0.mode == "investigate" }, "\(text)")
    }

    @Test("opposition from a state is its disapproval; the opposition as a party is not", arguments: [
        ("London pressed on with the plan despite opposition from Washington and Tokyo.", true),
        ("The opposition leader from Nairobi spoke to reporters.", false),
    ])
    func oppositionFrom(text: String, disapproval: Bool) {
        #expect(events(text).contains { $0.type == .accuse && $0.mode == "disapprove" } == disapproval, "\(text)")
    }

    @Test("a withdrawal, agreement or apology refused with 'will not' is a rejection", arguments: [
        "Damascus said it would not withdraw its troops from Lebanon.",
        "Syria won't withdraw its troops from Lebanon, the minister said.",
        "Syria will never accept the plan, the minister said.",
    ])
    func refusals(text: String) {
        let found = events(text)
        #expect(found.contains { $0.type == .reject && !$0.negated && $0.actor.contains { $0.code == "SYR" } }, "\(text): \(found.map { ($0.type, $0.negated) })")
        #expect(!found.contains { ($0.type == .retreat || $0.type == .agree) && $0.negated }, "\(text)")
    }

    @Test("under a condition the refusal stays a negated act", arguments: [
        "If Iran does not withdraw its troops, Iraq will attack.",
    ])
    func conditionalNegation(text: String) {
        #expect(!events(text).contains { $0.type == .reject }, "\(text)")
    }

    @Test("'the government' after a state's government named just before is that government", arguments: [
        "The Philippine government seized the shares, which are said by the government to belong to Marcos.",
        "The Philippine government seized the shares. Officials said the government would sell them.",
    ])
    func theGovernmentNamedBefore(text: String) {
        let annotated = Fixture.annotate(text, published: "1987-10-21")
        let governments = annotated.actors.mentions.filter { annotated.text.text(tokens: $0.tokens) == "the government" }
        #expect(!governments.isEmpty, "\(text)")
        #expect(governments.allSatisfy { annotated.actors.entities[$0.entity].ref.code == "PHL" }, "\(text)")
    }

    @Test("with two states' governments named, 'the government' stays unknown")
    func twoGovernments() {
        let annotated = Fixture.annotate("The Iraqi government and the Iranian government traded charges. The government later denied it.",
                                         published: "1987-10-21")
        let governments = annotated.actors.mentions.filter { annotated.text.text(tokens: $0.tokens) == "The government" }
        #expect(!governments.isEmpty)
        #expect(governments.allSatisfy { annotated.actors.entities[$0.entity].ref.code == nil })
    }

    @Test("ministers of one portfolio, in the plural, act for their state or bloc", arguments: [
        ("Community foreign ministers agreed to open talks with Hungary.", "EU"),
        ("Soviet finance ministers agreed to open talks with Hungary.", "SUN"),
    ])
    func ministersInThePlural(text: String, code: String) {
        #expect(doers(.agree, in: text).contains(code), "\(text): \(doers(.agree, in: text))")
    }
}
