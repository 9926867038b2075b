import RedlineCore
import Testing
@testable import RedlineExtract

/// Events in real news: names that are words, force out of place, acts that are only the content
/// of what someone said, actors of no named state, and the organisations of the 1980s.
@Suite("PLOVER events in context")
struct EventContextTests {
    private func events(_ text: String, published: String? = nil) -> [Event] {
        Fixture.extract(text, published: published).events
    }

    private func codes(_ refs: [ActorRef]) -> Set<String> { Set(refs.compactMap(\.code)) }

    // MARK: - Actors of the 1980s

    @Test(arguments: [
        ("The Soviet Union condemned West Germany for expelling two of its journalists.", EventType.accuse, "SUN", "DEU"),
        ("Moscow's ally East Germany accused West Germany of meddling.", .accuse, "DDR", "DEU"),
        ("Yugoslavia criticised the European Community over its steel quotas.", .accuse, "YUG", "EU"),
        ("The EC imposed anti-dumping duties on Japanese photocopiers.", .sanction, "EU", "JPN"),
        ("Peking welcomed the GATT decision on textiles.", .support, "CHN", "GATT"),
    ])
    func historicalStatesAndOrganisationsAct(text: String, type: EventType, actor: String, recipient: String) {
        let e = events(text, published: "1987-05-01").first { $0.type == type }
        #expect(codes(e?.actor ?? []) == [actor], "\(text)")
        let recipients = codes(e?.recipient ?? [])
        #expect(recipients.contains(recipient), "\(text)")
    }

    @Test(arguments: [
        ("Nakasone rejected the American demand for rice imports.", EventType.reject, "JPN"),
        ("Gorbachev praised the arms control treaty.", .support, "SUN"),
        ("Prime Minister Thatcher urged Washington to cut its budget deficit.", .request, "GBR"),
    ])
    func leadersOfThe1980sActForTheirStates(text: String, type: EventType, actor: String) {
        let e = events(text, published: "1987-06-01").first { $0.type == type }
        #expect(codes(e?.actor ?? []) == [actor], "\(text)")
    }

    @Test func aSurnameBeforeAnyOfficeIsSomeoneElse() {
        let found = events("Trump agreed to buy more casino stock, the company said.", published: "1987-06-01")
        #expect(!found.contains { codes($0.actor).contains("USA") })
    }

    // MARK: - Names that are words

    @Test(arguments: [
        "UN Secretary-General Ban Ki-moon called for calm in the region.",
        "Speaking in Seoul, Secretary-General Ban Ki-moon urged restraint.",
    ])
    func aNameIsNoBan(text: String) {
        #expect(!events(text).contains { $0.type == .sanction }, "\(text)")
    }

    @Test func aSurnameThatIsAModalIsNoModal() {
        let met = events("Theresa May met Angela Merkel in Berlin on Monday.", published: "2017-03-01").first { $0.type == .consult }
        #expect(met?.hypothetical == false)
        #expect(codes(met?.actor ?? []) == ["GBR"])
    }

    @Test(arguments: [
        "May has struggled to keep up with larger retail chains.",
        "The pact was signed by Britain and Ireland in May 1997.",
        "Officials agreed on May 5 to resume the talks.",
    ])
    func aMonthOrAWordIsNoPerson(text: String) {
        let people = Fixture.annotate(text, published: "2018-01-10").mentionSummary.filter { $0.hasPrefix("May=") }
        #expect(people.isEmpty, "\(text): \(people)")
    }

    @Test func aDirectionIsNoSurname() {
        let mentions = Fixture.annotate("Seoul called for sanctions on the North.", published: "1987-03-01").mentionSummary
        #expect(!mentions.contains { $0.hasPrefix("North=") }, "\(mentions)")
        // Named in full first, the surname is the person.
        let named = Fixture.annotate("Oliver North refused to testify. North said he would appeal.", published: "1987-03-01").mentionSummary
        #expect(named.contains("North=USA/MIL"), "\(named)")
    }

    // MARK: - Force out of place

    @Test(arguments: [
        "The stock market slump has killed investors' appetite for Japanese shares.",
        "Falling prices crushed hopes of a recovery in Russian exports.",
        "A Japanese airliner crash killed 520 people near Tokyo in 1985.",
        "An earthquake in eastern Turkey killed 300 people on Sunday.",
        "American chipmakers have been hurt by Japan's unfair trade practices.",
        "Brazil crushed Argentina 3-0 in the World Cup semi-final.",
    ])
    func forceInMarketsAccidentsSportAndFiguresIsNoAssault(text: String) {
        let force = events(text).filter { $0.type == .assault }
        #expect(force.isEmpty, "\(text): \(force.map { "\($0.trigger ?? "") \(codes($0.actor))" })")
    }

    @Test func forceInWarStillCounts() {
        #expect(events("Iraqi jets killed 40 Iranian soldiers near Basra.").contains { $0.type == .assault })
    }

    @Test(arguments: [
        ("An Iraqi infantry brigade, supported by tanks, pushed into the marshes.", EventType.support),
        ("Syrian troops backed by artillery entered the town.", .support),
        ("The finance ministry's plan met with fierce opposition in parliament.", .consult),
        ("Her proposal was met with scepticism by Tokyo.", .consult),
        ("The remark was seized upon by critics of the Chinese government.", .coerce),
    ])
    func wordsOfPoliticsInOtherSensesAreNoEvents(text: String, type: EventType) {
        #expect(!events(text).contains { $0.type == type }, "\(text)")
    }

    @Test(arguments: [
        "Brazilian miners struck over pay on Monday.",
        "Dock workers in Rotterdam went on strike, and the port was closed.",
    ])
    func workersWhoStrikeProtest(text: String) {
        let found = events(text)
        #expect(found.contains { $0.type == .protest }, "\(text)")
        #expect(!found.contains { $0.type == .assault }, "\(text)")
    }

    @Test(arguments: [
        "The miners' strike entered its fifth day in Bolivia.",
        "Postal workers held rotating strikes across Canada.",
    ])
    func aStrikeOfWorkersIsAProtest(text: String) {
        let found = events(text)
        #expect(found.contains { $0.type == .protest }, "\(text)")
        #expect(!found.contains { $0.type == .assault }, "\(text)")
    }

    @Test func aStrikeOnPowerPlantsIsStillForce() {
        #expect(events("Russian strikes hit power plants across Ukraine.").contains { $0.type == .assault })
    }

    @Test(arguments: [
        "The central bank chief warned that a further fall in the yen could push up interest rates.",
        "Leading economists have warned that pension funds may need a bailout.",
    ])
    func aWarningAtNoOneIsAForecast(text: String) {
        #expect(!events(text).contains { $0.type == .threaten }, "\(text)")
    }

    @Test func aWarningAtSomeoneIsStillAThreat() {
        let e = events("Iran warned the United States not to send warships into the Gulf.").first { $0.type == .threaten }
        #expect(codes(e?.recipient ?? []) == ["USA"])
    }

    // MARK: - What was said, not done

    @Test(arguments: [
        ("Britain agreed to provide a grant for a new dam in India.", EventType.agree, EventType.aid),
        ("London has agreed to supply the loan to Nairobi.", .agree, .aid),
        ("Mexico refused to cooperate with the cartel's production cuts.", .reject, .cooperate),
        ("Washington urged Tokyo to lift the tariffs on rice.", .request, .concede),
        ("Seoul asked the army to withdraw its troops from the capital.", .request, .retreat),
        ("France sent warships to the Gulf to deter attacks on shipping.", .mobilize, .assault),
    ])
    func theContentOfASpeechActIsNoSecondEvent(text: String, kept: EventType, dropped: EventType) {
        let found = events(text)
        #expect(found.contains { $0.type == kept }, "\(text)")
        #expect(!found.contains { $0.type == dropped }, "\(text): \(found.map(\.type))")
    }

    @Test(arguments: [
        ("Sri Lanka appealed to donor countries for food aid after the floods.", EventType.aid),
        ("Botswana's president appealed for international assistance to fight the drought.", .aid),
        ("Washington called for a meeting of the Security Council.", .consult),
        // The act right after "called for": the request's own "for" (once a crash).
        ("Washington called for talks with Pyongyang.", .consult),
        ("Seoul called for sanctions on the North.", .sanction),
    ])
    func whatARequestAsksForIsNotYetDone(text: String, asked: EventType) {
        let found = events(text)
        #expect(found.contains { $0.type == .request }, "\(text)")
        #expect(!found.contains { $0.type == asked }, "\(text)")
    }

    @Test(arguments: [
        "Russia warned that any attack on its territory would be met with a crushing military response.",
        "Moscow urged Kyiv not to launch attacks on Crimea, warning of a harsh military response.",
    ])
    func aRedLineStillReadsItsTriggerFromTheContent(text: String) {
        let extraction = Fixture.extract(text, published: "2022-05-01")
        #expect(!extraction.events.contains { $0.type == .assault }, "\(text)")
        #expect(extraction.redLines.first?.trigger.action == .assault, "\(text)")
    }

    @Test(arguments: [
        "Any Iranian attack on Soviet ships will bring a forceful response, Moscow said.",
        "Beijing warned that any attack on its vessels would be answered.",
    ])
    func anActNamedWithAnyIsACondition(text: String) {
        #expect(!events(text, published: "1987-06-01").contains { $0.type == .assault }, "\(text)")
    }

    // MARK: - Speech acts and moves from the lexicon

    @Test(arguments: [
        ("Kampala has granted asylum to a group of Congolese rebels.", EventType.aid, "UGA"),
        ("Uganda gave refuge to the rebel leader last week.", .aid, "UGA"),
        ("Damascus says it is willing to pull its troops out of Lebanon.", .agree, "SYR"),
        ("Tehran said it was willing to talk to Washington.", .agree, "IRN"),
        ("The Senate overrode the president's veto of the highway bill.", .reject, "USA"),
        ("Greek troops were on alert along the border with Turkey.", .mobilize, "GRC"),
        ("Indian troops are on standby near the frontier.", .mobilize, "IND"),
        ("The Brazilian government ordered thousands of troops into the refineries.", .mobilize, "BRA"),
        ("China and Portugal initialled a joint declaration on Macau.", .agree, "CHN"),
        ("South Korean dock workers called off their strike after talks.", .concede, "KOR"),
    ])
    func speechActsAndMovesAreCoded(text: String, type: EventType, actor: String) {
        let e = events(text, published: "1987-04-01").first { $0.type == type }
        let actors = codes(e?.actor ?? [])
        #expect(actors.contains(actor), "\(text)")
    }

    @Test func willingToPullOutIsAnAgreementNotARetreat() {
        let found = events("Damascus says it is willing to pull its troops out of Lebanon.")
        #expect(!found.contains { $0.type == .retreat })
    }

    // MARK: - Actors of no named state

    @Test(arguments: [
        ("British MPs urged ministers to act on housing.", EventType.request, "GBR"),
        ("Marines were on alert at Brazilian ports.", .mobilize, "BRA"),
    ])
    func aSectorTakesTheStateTheSentenceNames(text: String, type: EventType, actor: String) {
        let e = events(text).first { $0.type == type }
        #expect(codes(e?.actor ?? []) == [actor], "\(text): \(events(text).map { "\($0.type) \(codes($0.actor))" })")
    }

    @Test(arguments: [
        ("Two Japanese hostages were freed in Baghdad on Friday.", EventType.retreat, "JPN"),
        ("The Labour MP George Galloway was expelled from the party in 2003.", .sanction, "GBR"),
    ])
    func aPassiveWithNoAgentKeepsItsEventWithNoActor(text: String, type: EventType, recipient: String) {
        let e = events(text).first { $0.type == type }
        #expect(e?.actor.isEmpty == true, "\(text)")
        #expect(codes(e?.recipient ?? []) == [recipient], "\(text)")
    }

    @Test func forceByNoOneNamedIsLeftOut() {
        #expect(!events("Three Iranian tankers were attacked in the Gulf.").contains { $0.type == .assault && $0.actor.isEmpty })
    }

    @Test func anOfficeHolderOfNoKnownStateStillAccuses() {
        let e = events("Opposition leader Jean Dupont accused the prime minister of misleading parliament.").first { $0.type == .accuse }
        let sector = e?.actor.first?.sector
        #expect(sector == "OPP")
        // A bare name in business news is no political actor.
        #expect(events("John Smith resigned as chairman of the board on Friday.").isEmpty)
    }
}
