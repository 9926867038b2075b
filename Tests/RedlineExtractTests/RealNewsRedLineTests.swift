import RedlineCore
import Testing
@testable import RedlineExtract

/// Red lines as real news writes them: trade retaliation of the 1980s, ultimatums, recaps of
/// warnings, and the sentences that only look like lines (guesses, questions, denials, headings).
@Suite("Red lines in real news")
struct RealNewsRedLineTests {
    // MARK: - Actors of every era

    @Test(arguments: [
        ("The European Community warned Washington that the farm bill would provoke retaliation against American grain.", "EU"),
        ("The EC said it would retaliate with duties on U.S. corn gluten if the quotas were imposed.", "EU"),
        ("The Soviet Union warned Bonn that deploying the new missiles would bring a firm response.", "SUN"),
        ("West Germany warned that it would impose duties on imports if the subsidies continued.", "DEU"),
        ("Yugoslavia warned that any incursion into its territory would be met with force.", "YUG"),
    ])
    func organisationsAndStatesOfThe1980sDeclare(text: String, declarer: String) throws {
        let line = try #require(Fixture.extract(text, published: "1987-05-04").redLines.first, "\(text)")
        #expect(line.declarer?.code == declarer, "\(text)")
    }

    @Test(arguments: [
        ("President Ronald Reagan warned Tokyo that the tariffs would stay until Japan complied with the pact.", "USA"),
        ("Prime Minister Margaret Thatcher said Britain would retaliate against Japanese banks unless Tokyo opened its markets.", "GBR"),
        ("Mikhail Gorbachev warned that any deployment of the missiles would prompt countermeasures.", "SUN"),
    ])
    func officialsOfThe1980sStandForTheirState(text: String, declarer: String) throws {
        let line = try #require(Fixture.extract(text, published: "1987-04-10").redLines.first, "\(text)")
        #expect(line.declarer?.code == declarer, "\(text)")
    }

    // MARK: - Who warns whom

    @Test(arguments: [
        "The European Commission has warned the U.S. Senate that the bill would invite retaliation.",
        "The EC Commission warned the U.S. Congress that the textile quotas would draw reprisals.",
    ])
    func theWarnedBodyIsNotTheDeclarer(text: String) throws {
        let line = try #require(Fixture.extract(text, published: "1987-03-10").redLines.first, "\(text)")
        #expect(line.declarer?.code == "EU", "\(text)")
    }

    @Test(arguments: [
        "Washington accused Beijing of tolerating piracy. Beijing has been threatened with sanctions if it fails to act.",
        "The United States pressed China over fake goods. China was threatened with tariffs unless it closed the factories.",
    ])
    func theSubjectOfAPassiveThreatIsTheOneWarned(text: String) throws {
        let line = try #require(Fixture.extract(text, published: "2005-01-10").redLines.first, "\(text)")
        #expect(line.declarer?.code == "USA", "\(text)")
        #expect(line.addressee.contains { $0.code == "CHN" }, "\(text)")
    }

    @Test func aRelativeClauseDoesNotGiveTheSubject() throws {
        let line = try #require(Fixture.extract(
            "Morocco, which administers most of Western Sahara, has long insisted it would never accept independence for the territory, calling it a red line.",
            published: "2005-04-01").redLines.first)
        #expect(line.declarer?.code == "MAR")
    }

    @Test func aReportedSpeakerInsideARelativeClauseGivesWayToItsAntecedent() throws {
        let line = try #require(Fixture.extract(
            "Serbia, which borders northern Kosovo, has insisted it would never recognise the breakaway government, calling it a red line.",
            published: "2008-02-20").redLines.first)
        #expect(line.declarer?.code == "SRB")
    }

    // MARK: - Consequences

    @Test(arguments: [
        ("Japan warned the United States that it may take retaliatory measures over the semiconductor tariffs.", "JPN"),
        ("The Community said it would be forced to retaliate if restrictions were imposed on its textile exports.", "EU"),
        ("Britain said it would respond in kind unless Tokyo opened its markets to foreign banks.", "GBR"),
        ("White House spokesman Marlin Fitzwater said the United States would act whenever it had evidence that trade pacts were being broken.", "USA"),
        ("The U.S. Senate said the proposed tax on vegetable oils would result in retaliation.", "USA"),
    ])
    func retaliationInATradeDisputeIsEconomic(text: String, declarer: String) throws {
        let line = try #require(Fixture.extract(text, published: "1987-04-11").redLines.first, "\(text)")
        #expect(line.declarer?.code == declarer, "\(text)")
        #expect(line.consequence.kind == .economic, "\(text)")
    }

    @Test(arguments: [
        "President Donald Trump warned Ankara that he would wipe out its economy if the offensive continued.",
        "The minister warned that Washington would destroy the country's economy if the raids went on.",
    ])
    func aBlowAimedAtAnEconomyIsEconomic(text: String) throws {
        let line = try #require(Fixture.extract(text, published: "2019-10-14").redLines.first, "\(text)")
        #expect(line.consequence.kind == .economic, "\(text)")
    }

    @Test func aConsequenceRuledOutIsNotTheThreat() throws {
        let line = try #require(Fixture.extract(
            "Britain's foreign secretary warned Iran of serious consequences if it did not free the ship, although he ruled out military options.",
            published: "2019-07-20").redLines.first)
        #expect(line.declarer?.code == "GBR")
        #expect(line.consequence.kind == .unspecified)
    }

    @Test(arguments: [
        ("Tehran said it would tear up the accord if Washington walked away from it.", "IRN", ConsequenceKind.diplomatic),
        ("Pyongyang threatened to call off the summit if Washington kept pressing for unilateral disarmament.", "PRK", .diplomatic),
        ("Seoul said it was prepared to act immediately against any provocation by the North.", "KOR", .military),
        ("Ankara vowed to crush the militants if they did not withdraw from the border strip.", "TUR", .military),
        ("Moscow said its air defences would shoot down any missiles fired at the base.", "RUS", .military),
    ])
    func recallOverTheWaysWarningsAreWritten(text: String, declarer: String, kind: ConsequenceKind) throws {
        let line = try #require(Fixture.extract(text, published: "2018-05-24").redLines.first, "\(text)")
        #expect(line.declarer?.code == declarer, "\(text)")
        #expect(line.consequence.kind == kind, "\(text)")
    }

    @Test(arguments: [
        "Russia issued an ultimatum to the defenders of the plant to surrender by dawn or be destroyed.",
        "Moscow had set a deadline for the garrison to surrender, promising to spare those who laid down arms.",
    ])
    func ultimatumsToSurrenderAreCompellentLines(text: String) throws {
        let line = try #require(Fixture.extract(text, published: "2022-04-19").redLines.first, "\(text)")
        #expect(line.declarer?.code == "RUS", "\(text)")
        #expect(line.consequence.kind == .military, "\(text)")
    }

    @Test(arguments: [
        "Defense Secretary Jim Mattis said an attack on Guam would risk the end of the regime in Pyongyang.",
        "The Senate said the oils tax would result in retaliation against European farm goods.",
    ])
    func whatAnActWouldBringOnIsAWarning(text: String) throws {
        #expect(!Fixture.extract(text, published: "1987-03-26").redLines.isEmpty, "\(text)")
    }

    @Test func anExplicitLineAtAWeaponIsAMilitaryLine() throws {
        let line = try #require(Fixture.extract(
            "President Barack Obama said last year that any use of chemical weapons by the regime would be a red line.", published: "2013-04-25").redLines.first)
        #expect(line.consequence.kind == .military)
    }

    @Test(arguments: [
        "President Donald Trump made it clear that using poison gas crossed a red line for the United States.",
        "Paris has said that deploying nuclear arms there crossed a red line.",
    ])
    func aLineStatedByWhatCrossesItIsNoCrossingClaim(text: String) {
        let x = Fixture.extract(text, published: "2018-04-14")
        #expect(!x.redLines.isEmpty, "\(text)")
        #expect(x.crossingClaims.isEmpty, "\(text)")
    }

    // MARK: - What is not a line

    @Test(arguments: [
        "\"My guess is they are trying to establish a red line without quite knowing how,\" the professor said.",
        "\"I think the president will opt for some kind of limited military option,\" the former envoy said.",
        "He predicted the United States would respond to any future challenge by striking the naval base.",
    ])
    func guessesAndForecastsAreNoLines(text: String) {
        #expect(Fixture.extract(text, published: "2019-06-19").redLines.isEmpty, "\(text)")
    }

    @Test(arguments: [
        "Tehran's other ally could also retaliate if its troops were hit in the crossfire.",
        "Any misstep by either navy could lead to war in the strait.",
        "If the bombers return, then of course the islanders will respond.",
    ])
    func theWritersOwnHedgedExpectationIsNoLine(text: String) {
        #expect(Fixture.extract(text, published: "2019-06-19").redLines.isEmpty, "\(text)")
    }

    @Test(arguments: [
        "The president declined to say whether the seizure crossed a red line or how Washington might respond.",
        "The spokesman would not say how the navy would react if the tanker sailed.",
    ])
    func questionsAreNoLines(text: String) {
        #expect(Fixture.extract(text, published: "2019-06-19").redLines.isEmpty, "\(text)")
    }

    @Test(arguments: [
        "\"I don't draw red lines,\" the secretary told reporters.",
        "The chancellor has never set a red line on the pipeline.",
    ])
    func deniedLinesAreNoLines(text: String) {
        #expect(Fixture.extract(text, published: "2017-07-08").redLines.isEmpty, "\(text)")
    }

    @Test func aProhibitionOnCrossingIsNoDenial() {
        #expect(!Fixture.extract("Beijing warned Manila not to cross the red line over the shoal.", published: "2016-07-01").redLines.isEmpty)
    }

    @Test(arguments: [
        "President Xi's Red Line of Warning to the Island's Leaders\n\nThe talks ended on Friday.",
        "Russia's \"red lines\" Russia has denied planning an attack and blames the alliance.",
        "Talks stalled. Briefing Paper, 3 March 2022 7 Ukraine: Russia's \"red line\" meetings covered security more broadly.",
    ])
    func headingsAndLinesNamedOnlyByTheirOwnerAreNoLines(text: String) {
        #expect(Fixture.extract(text, published: "2022-03-01").redLines.isEmpty, "\(text)")
    }

    @Test(arguments: [
        "Last week the president addressed the threats of retaliation coming from Moscow, calling them a bluff.",
        "The senator's reference to a red line has become an embarrassment for the administration.",
    ])
    func talkAboutThreatsIsNoLine(text: String) {
        #expect(Fixture.extract(text, published: "2022-05-03").redLines.isEmpty, "\(text)")
    }

    @Test(arguments: [
        "The central bank chairman warned that letting American budget deficits grow could have severe consequences for the United States.",
        "Macron warned against choosing a military path to end the crisis.",
        "Yeutter said he was sure the tariffs will not provoke a retaliation on American products.",
        "The minister later denied the possibility of any tariff increase on imported gas.",
        "The prime minister said he would not respond to gossip in memoirs.",
        "He said a wrongly imposed curfew would act as a recruiting sergeant for the militants.",
        "Goods from the new zones will enjoy duty free access to the American market.",
        "He added that he did not think there would be a political price to pay for the government's stance.",
        "West Germany has never threatened Tokyo with sanctions, preferring quiet diplomacy.",
        "He said Washington should also threaten to blockade the ports if the fighting continued.",
    ])
    func policyWarningsAdviceAndDenialsAreNoLines(text: String) {
        #expect(Fixture.extract(text, published: "2005-02-01").redLines.isEmpty, "\(text)")
    }

    // MARK: - More ways of warning

    @Test(arguments: [
        "Moscow warned Finland and Sweden that joining NATO would have serious military and political consequences.",
        "The Kremlin has warned Helsinki and Stockholm that membership of NATO would have grave consequences.",
    ])
    func whatJoiningWouldHaveIsTheThreat(text: String) throws {
        let line = try #require(Fixture.extract(text, published: "2022-04-14").redLines.first, "\(text)")
        #expect(line.declarer?.code == "RUS", "\(text)")
        #expect(line.addressee.contains { $0.code == "FIN" } && line.addressee.contains { $0.code == "SWE" }, "\(text)")
    }

    @Test(arguments: [
        "President Ronald Reagan warned Iran of stronger American countermeasures if the attacks on shipping continued.",
        "Shultz warned Tehran of retaliation should its gunboats strike another tanker.",
    ])
    func warnedOfACounterMeasure(text: String) throws {
        let line = try #require(Fixture.extract(text, published: "1987-10-19").redLines.first, "\(text)")
        #expect(line.declarer?.code == "USA", "\(text)")
        #expect(line.addressee.contains { $0.code == "IRN" }, "\(text)")
    }

    // MARK: - Dates

    @Test func aQuoteWithoutADayTakesTheDayOfTheSpeechJustBefore() throws {
        let x = Fixture.extract("""
            Turkey's president spoke to lawmakers in Ankara on Monday about the border. \
            \u{201C}If the militias shell our towns again, we will respond,\u{201D} Erdogan said.
            """, published: "2019-10-10")
        let line = try #require(x.redLines.first)
        #expect(line.date == Day("2019-10-07"))
        #expect(line.datePrecision == .day)
    }

    @Test func theDayOfAnEventToldBeforeIsNotTheDayOfTheWarning() throws {
        let x = Fixture.extract("""
            The raid on the depot took place on Monday near the port. \
            \u{201C}Any further attack will be met with force,\u{201D} Erdogan said.
            """, published: "2019-10-10")
        let line = try #require(x.redLines.first)
        #expect(line.date != Day("2019-10-07"))
    }

    @Test(arguments: [
        "Islamabad said that if India attacks Pakistan, it will respond.",
        "Seoul warned it would take stronger countermeasures against any further provocation by Pyongyang.",
    ])
    func aResponseToAnArmedActIsMilitary(text: String) throws {
        let line = try #require(Fixture.extract(text, published: "2019-08-06").redLines.first, "\(text)")
        #expect(line.consequence.kind == .military, "\(text)")
    }

    @Test(arguments: [
        "The Kremlin has said that alliance troops will not be deployed in Finland; it called this a red line.",
        "Moscow said the deployment of alliance infrastructure in Poland was a red line for Russia.",
    ])
    func aLineAgainstADeploymentImpliesNoKind(text: String) throws {
        let line = try #require(Fixture.extract(text, published: "2022-01-10").redLines.first, "\(text)")
        #expect(line.consequence.kind == .unspecified, "\(text)")
    }

    @Test func aResponseToArmsDeliveriesNamesNoKind() throws {
        let line = try #require(Fixture.extract(
            "Moscow said it would respond if Washington supplied Kyiv with long-range missile strike systems.", published: "2021-11-20").redLines.first)
        #expect(line.consequence.kind == .unspecified)
    }
}

@Suite("Capitals of states that no longer exist")
struct HistoricalCapitalTests {
    @Test(arguments: ["Belgrade", "Prague"])
    func aCapitalNamesTodaysStateNotAFormerFederation(capital: String) {
        let doc = Fixture.annotate("\(capital) recalled its ambassador on Monday.", published: "2023-03-01")
        let codes = doc.mentionSummary
        #expect(!codes.contains { $0.contains("YUG") || $0.contains("CSK") }, "\(codes)")
    }
}
