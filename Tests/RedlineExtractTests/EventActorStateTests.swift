import RedlineCore
import Testing
@testable import RedlineExtract

/// Whose state an actor of a known sector acts for when no nationality stands beside it, and
/// whose a pronoun subject is when the parse names it: the institution told of before, the one
/// state the sentence names, the document's state, the dateline.
@Suite("PLOVER events: states of actors the sentence leaves bare")
struct EventActorStateTests {
    private func events(_ text: String, published: String? = nil) -> [Event] {
        Fixture.extract(text, published: published).events
    }

    private func actorCodes(_ text: String, _ type: EventType) -> Set<String> {
        Set(events(text).filter { $0.type == type }.flatMap(\.actor).compactMap(\.code))
    }

    @Test(arguments: [
        "Chile's government froze the accounts. Later the government accused two exporters of fraud.",
        "The Chilean government said on Monday it had frozen their accounts. The government also criticised the bank.",
    ])
    func theInstitutionToldOfBeforeGivesItsState(text: String) {
        #expect(actorCodes(text, .accuse).contains("CHL"), "\(text)")
    }

    @Test(arguments: [
        "A Socialist spokesman said the opposition would boycott the assembly unless the LDP backed down.",
        "The opposition said it would boycott the budget debate unless the LDP withdrew the tax bill.",
    ])
    func theOneStateOfTheSentenceGivesItsState(text: String) {
        let threats = events(text).filter { $0.type == .threaten }
        #expect(threats.contains { $0.actor.contains { $0.code == "JPN" && $0.sector == "OPP" } }, "\(text)")
    }

    @Test func severalStatesInTheSentenceLeaveItUnknown() {
        // Kenya and Uganda are both named: neither is told to be the police's.
        let found = events("Police arrested 12 traders who had crossed from Uganda into Kenya with fake permits.")
        #expect(!found.contains { $0.type == .coerce && $0.actor.contains { $0.code == "UGA" } })
    }

    @Test(arguments: [
        "Defence officials from 40 countries met in Germany on Tuesday, after Russia's army shelled Kharkiv.",
        "Naval officers of several nations met in Oslo while Russia's navy left port.",
    ])
    func officialsOfManyStatesHaveNoOne(text: String) {
        let found = events(text).filter { $0.type == .consult }
        #expect(!found.contains { $0.actor.contains { $0.code == "RUS" } }, "\(text)")
    }

    @Test func theStateActedOnIsNotTheActors() {
        let found = events("The ministry rejected Peru's demand for talks.")
        #expect(!found.contains { $0.type == .reject && $0.actor.contains { $0.code == "PER" } })
    }

    @Test func theDocumentsStateGivesItWhenTheSentenceNamesNone() {
        let text = "Bolivia's tin miners walked out on Monday. The government sent police to the mines on Tuesday."
        #expect(actorCodes(text, .mobilize).contains("BOL"))
    }

    @Test func twoStatesOfTheDocumentLeaveItUnknown() {
        let text = "Chad's army and Libya's army fought near the oasis. The government rejected the truce plan."
        let found = events(text).filter { $0.type == .reject }
        #expect(!found.contains { $0.actor.contains { $0.code == "LBY" || $0.code == "TCD" } })
    }

    @Test func whatAVerbActsOnIsNotTheDocumentsState() {
        let text = "Senior Kenyan officials met on Monday. Officials have accused Tokyo of dumping and have threatened retaliation."
        #expect(!events(text).contains { $0.type == .threaten && $0.actor.contains { $0.code == "JPN" } })
    }

    @Test(arguments: [
        "Spanish farmers blocked roads outside Seville in protest at low milk prices.",
        "Dutch employers turned down the union's call for shorter hours.",
    ])
    func farmersAndEmployersAreActors(text: String) {
        let found = events(text)
        #expect(found.contains { $0.actor.contains { $0.code == "ESP" || $0.code == "NLD" } }, "\(text)")
    }

    @Test(arguments: [
        "Canada said it would not let Denmark fish in the strait and offered its patrol boats to escort Inuit hunters.",
        "Canada has said it will not allow Denmark to build there, and offered aid to the islanders.",
    ])
    func aPronounSubjectTheParseNamesIsItsAntecedent(text: String) {
        let offers = events(text).filter { $0.type == .agree || $0.type == .aid }
        #expect(!offers.isEmpty, "\(text)")
        #expect(!offers.contains { $0.actor.contains { $0.code == "DNK" } }, "\(text)")
    }

    @Test func aNegatedActStaysNegatedWithItsState() {
        let found = events("Peru's government seized two tankers. The government did not seize the third ship.")
        let seizures = found.filter { $0.type == .coerce && $0.actor.contains { $0.code == "PER" } }
        #expect(seizures.contains { $0.negated })
    }
}

/// A decision against agreeing is a refusal; aid promised for later is an agreement to give it.
@Suite("PLOVER events: refusals decided, aid promised")
struct EventDecisionTests {
    private func events(_ text: String) -> [Event] { Fixture.extract(text).events }

    @Test(arguments: [
        "Oman has decided not to accept a Saudi offer of patrol boats, officials said.",
        "The Dutch cabinet decided for now not to sign the fisheries accord with Norway.",
        "Peru voted not to ratify the border treaty with Ecuador.",
    ])
    func aDecisionNotToAgreeIsARejection(text: String) {
        let found = events(text)
        #expect(found.contains { $0.type == .reject && !$0.negated }, "\(text)")
        #expect(!found.contains { $0.type == .agree && $0.negated }, "\(text)")
    }

    @Test func anAgreementNotMadeWithoutADecisionStaysANegatedAgreement() {
        let found = events("Oman did not accept the Saudi offer.")
        #expect(!found.contains { $0.type == .reject })
    }

    @Test(arguments: [
        "Norway will lend 40 million dollars to Tanzania next year.",
        "Sweden will give emergency aid to Mozambique, its foreign minister said.",
    ])
    func aidPromisedIsAnAgreement(text: String) {
        let found = events(text)
        #expect(found.contains { $0.type == .agree }, "\(text)")
        #expect(!found.contains { $0.type == .aid }, "\(text)")
    }

    @Test func aidGivenIsAid() {
        #expect(events("Norway lent 40 million dollars to Tanzania last year.").contains { $0.type == .aid })
    }
}

/// A meeting named as the setting of another act is no consultation of its own.
@Suite("PLOVER events: meetings as settings")
struct EventSettingTests {
    private func types(_ text: String) -> Set<EventType> { Set(Fixture.extract(text).events.map(\.type)) }

    @Test(arguments: [
        "At a closed meeting of his party, the Zambian president criticised the World Bank.",
        "The Zambian president criticised the World Bank during the annual session of parliament.",
    ])
    func aMeetingAsSettingIsNoConsultation(text: String) {
        let found = types(text)
        #expect(found.contains(.accuse), "\(text)")
        #expect(!found.contains(.consult), "\(text)")
    }

    @Test(arguments: [
        "Ghana hopes to secure new loans at a meeting with its creditors in Paris next week.",
        "Ghana's finance minister held a meeting with Nigerian officials on Monday.",
    ])
    func aMeetingWithPartiesIsStillOne(text: String) {
        #expect(types(text).contains(.consult), "\(text)")
    }
}

/// Companies named by their suffix are business, and their dealings among themselves no event.
@Suite("PLOVER events: companies")
struct EventCompanyTests {
    private func events(_ text: String) -> [Event] { Fixture.extract(text).events }

    @Test(arguments: [
        "Harlow Corp said it agreed to distribute the games of Bandai Co in Canada.",
        "American Motors agreed to sell its truck unit to Delmont Inc.",
    ])
    func dealingsBetweenCompaniesAreNoEvents(text: String) {
        #expect(!events(text).contains { $0.type == .agree }, "\(text)")
    }

    @Test func aCompanyNameTellsNoState() {
        let found = events("American Motors agreed to sell its truck unit to Delmont Inc.")
        #expect(!found.contains { $0.actor.contains { $0.code == "USA" } })
    }

    @Test(arguments: [
        "Harlow Corp and the dockers' union reached a pay agreement in Rotterdam.",
        "The Kenyan government agreed to buy a stake in Harlow Corp.",
    ])
    func dealingsWithWorkersOrStatesAreKept(text: String) {
        #expect(events(text).contains { $0.type == .agree }, "\(text)")
    }
}
