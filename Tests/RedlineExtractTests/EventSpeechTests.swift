import RedlineCore
import Testing
@testable import RedlineExtract

/// What speech acts make of the acts they name, stances coded by their type, aid that needs a
/// recipient, parties as actors and the Soviet Union's names before 1992.
@Suite("PLOVER events: speech, stance and actors")
struct EventSpeechTests {
    private func events(_ text: String, published: String? = nil) -> [Event] {
        Fixture.extract(text, published: published).events
    }

    private func types(_ text: String, published: String? = nil) -> Set<EventType> {
        Set(events(text, published: published).map(\.type))
    }

    private func codes(_ refs: [ActorRef]) -> Set<String> { Set(refs.compactMap(\.code)) }

    // MARK: - Questions

    @Test(arguments: [
        "The French foreign minister was asked why Paris had delayed the vote.",
        "Reporters asked the Canadian premier whether Ottawa would sign.",
        "Germany's chancellor was asked about the pipeline during the visit.",
    ])
    func aQuestionIsNoRequest(text: String) {
        #expect(!types(text).contains(.request), "\(text)")
    }

    @Test(arguments: [
        "France asked Germany to delay the vote.",
        "Canada asked the United Nations for emergency help.",
    ])
    func aRequestIsStillARequest(text: String) {
        #expect(types(text).contains(.request), "\(text)")
    }

    // MARK: - Content of speech, failure and blame

    @Test(arguments: [
        ("She urged the Bundestag to reject the treaty.", EventType.reject),
        ("They begged Parliament to reject the bill.", .reject),
        ("Italy accused Austria of breaking the border accord.", .reject),
        ("Brazil's failure to honour the debt accord angered its creditors.", .agree),
        ("Mexico failed to honour the water treaty.", .agree),
    ])
    func anActNamedAfterSpeechOrFailureIsContent(text: String, content: EventType) {
        #expect(!types(text).contains(content), "\(text)")
    }

    @Test(arguments: [
        "Spanish police were ordered to seize the smuggled cigarettes.",
        "The Dutch government rejected the treaty.",
    ])
    func anActDoneIsKept(text: String) {
        let found = types(text)
        #expect(found.contains(.coerce) || found.contains(.reject), "\(text)")
    }

    // MARK: - Sanctions named, not imposed

    @Test(arguments: [
        "Paris defended plans to lift the bloc's embargo on Cuba.",
        "Moves to end the European Union's ban on Iranian oil were criticised by Canada.",
        "Poland has never threatened Belarus with sanctions.",
    ])
    func aMeasureNamedAsLiftedOrThreatenedIsNoSanction(text: String) {
        #expect(!types(text).contains(.sanction), "\(text)")
    }

    @Test func aMeasureImposedIsASanction() {
        #expect(types("Canada imposed sanctions on Belarus.").contains(.sanction))
    }

    // MARK: - Warnings

    @Test(arguments: [
        "Pensioners may lose their savings, leading bankers have warned.",
        "The Dutch finance minister warned of the risk of a housing slump.",
    ])
    func aRiskWarningIsNoThreat(text: String) {
        #expect(!types(text).contains(.threaten), "\(text)")
    }

    @Test(arguments: [
        "The Iranian foreign minister warned of retaliation.",
        "Turkey warned it could respond with force if Greece extended its waters.",
        "China warned Japan against any visit to the shrine.",
    ])
    func aWarningOfAnAnswerIsAThreat(text: String) {
        #expect(types(text).contains(.threaten), "\(text)")
    }

    // MARK: - Stances

    @Test(arguments: [
        "The Kenyan opposition said it would boycott parliament unless the president resigned.",
        "Greek unions would strike again unless the government withdrew the bill, their leader said.",
    ])
    func aConditionalHostileActIsAThreat(text: String) {
        let found = types(text)
        #expect(found.contains(.threaten), "\(text)")
        #expect(!found.contains(.protest), "\(text)")
    }

    @Test func aBoycottByAGovernmentIsASanction() {
        let found = types("The Danish government announced a boycott of South African goods.")
        #expect(found.contains(.sanction))
        #expect(!found.contains(.protest))
    }

    @Test func aBoycottByStudentsIsAProtest() {
        #expect(types("Students in Nairobi began a boycott of classes.").contains(.protest))
    }

    @Test(arguments: [
        ("The Greek government withdrew its request for a new base agreement.", EventType.concede),
        ("The Czech minister pulled out of the trade talks in Vienna.", .reject),
        ("Soldiers occupied two refineries near Lagos, Nigerian officials said.", .coerce),
    ])
    func theActDecidesTheType(text: String, type: EventType) {
        let found = types(text)
        #expect(found.contains(type), "\(text)")
        #expect(!found.contains(.retreat) && !found.contains(.sanction) && !found.contains(.assault), "\(text)")
    }

    // MARK: - Aid needs a recipient

    @Test(arguments: [
        "Chile will need more money to fund its new hospitals.",
        "Foreign investment in Vietnam rose sharply.",
        "The Egyptian government plans to cut food subsidies.",
    ])
    func moneyWithoutARecipientIsNoAid(text: String) {
        let found = types(text)
        #expect(!found.contains(.aid) && !found.contains(.cooperate), "\(text)")
    }

    @Test(arguments: [
        "Japan lent 20 billion yen to Indonesia.",
        "The World Bank lent 40 million dollars to Haiti.",
    ])
    func moneyToAStateIsAid(text: String) {
        #expect(events(text).contains { $0.type == .aid && !codes($0.recipient).isEmpty }, "\(text)")
    }

    // MARK: - Parties and predecessors

    @Test(arguments: [
        ("The Tories criticised the budget.", "GBR"),
        ("The Lib Dems condemned the decision.", "GBR"),
        ("Senate Democrats rejected the nomination.", "USA"),
    ])
    func aPartyActsForItsCountry(text: String, code: String) {
        #expect(events(text).contains { codes($0.actor) == [code] }, "\(text)")
    }

    @Test func aChristianDemocratIsNoAmericanDemocrat() {
        #expect(!events("The Christian Democrats demanded a new election.").contains { codes($0.actor).contains("USA") })
    }

    @Test func aForeignLabourGovernmentKeepsItsState() {
        let found = events("Norway's Labour government condemned the raid.")
        #expect(found.contains { codes($0.actor) == ["NOR"] })
    }

    @Test(arguments: [("1987-04-02", "SUN"), ("2015-04-02", "RUS")])
    func moscowBefore1992IsTheSovietUnion(published: String, code: String) {
        let found = events("Moscow condemned the American raid on Libya.", published: published)
        #expect(found.contains { $0.type == .accuse && codes($0.actor) == [code] })
    }
}
