import RedlineCore
import Testing
@testable import RedlineExtract

@Suite("Red lines")
struct RedLineExtractorTests {
    @Test func explicitRedLineWithConditionAndDate() throws {
        let x = Fixture.extract("On March 2, Chinese Foreign Minister Wang Yi said Beijing would respond firmly if Washington crossed the red line by selling fighter jets to Taiwan.", published: "2023-03-05")
        let line = try #require(x.redLines.first)
        #expect(line.declarer?.code == "CHN")
        #expect(line.speaker == "Wang Yi")
        #expect(line.explicit)
        #expect(line.date == Day("2023-03-02"))
        #expect(line.trigger.actor.contains { $0.code == "USA" })
        #expect(line.trigger.text.contains("selling fighter jets to Taiwan"))
        #expect(x.crossingClaims.isEmpty)
    }

    @Test(arguments: [
        ("Washington gave Belgrade 48 hours to withdraw its forces or face air strikes.", "USA", "SRB", ConsequenceKind.military),
        ("The EU gave Minsk until Friday to stop the flights or face new sanctions.", "EU", "BLR", .economic),
        ("Britain handed Iran an ultimatum: release the sailors or face the consequences.", "GBR", "IRN", .unspecified),
    ])
    func ultimatumsAreCompellentLinesOfTheGiver(text: String, giver: String, receiver: String, kind: ConsequenceKind) throws {
        let line = try #require(Fixture.extract(text, published: "1999-03-20").redLines.first, "\(text)")
        #expect(line.declarer?.code == giver)
        #expect(line.stance == .compellent)
        #expect(line.addressee.map(\.code) == [receiver])
        #expect(line.trigger.actor.map(\.code) == [receiver])
        #expect(line.consequence.kind == kind)
        #expect(!line.trigger.text.contains(" or "))
    }

    @Test(arguments: [
        ("Beijing warned that any move toward Taiwanese independence would be met with a resolute response.", "CHN"),
        ("Israel has made clear it will not tolerate Hezbollah fighters deploying along its northern border.", "ISR"),
    ])
    func responsesWithoutAWeaponStillDrawLines(text: String, declarer: String) throws {
        let line = try #require(Fixture.extract(text, published: "2021-10-01").redLines.first, "\(text)")
        #expect(line.declarer?.code == declarer)
        #expect(line.stance == .deterrent)
    }

    @Test func theUnitedStatesIsNoReportingVerb() throws {
        // "States" in a name is not "states" (reports): the warning stays Trump's.
        let x = Fixture.extract("President Donald Trump warned North Korea that any further threats against the United States would be met with fire and fury.", published: "2017-08-08")
        let line = try #require(x.redLines.first)
        #expect(line.declarer?.code == "USA")
        #expect(line.trigger.actor.map(\.code) == ["PRK"])
        #expect(x.quotes.allSatisfy { $0.speaker?.code != "PRK" })
    }

    @Test func aNoteWarningIsItsSendersWarning() throws {
        let x = Fixture.extract("In mid-April, Moscow also sent Washington a diplomatic note warning of unpredictable consequences if the deliveries continued.", published: "2022-05-01")
        #expect(try #require(x.redLines.first).declarer?.code == "RUS")
    }

    @Test func carryingOutAThreatDeclaresNothing() {
        let x = Fixture.extract("China fired ballistic missiles into waters around Taiwan on Thursday, carrying out its threat to respond forcefully to her visit.", published: "2022-08-05")
        #expect(x.redLines.isEmpty)
        #expect(x.events.contains { $0.type == .assault || $0.type == .mobilize })
    }

    @Test func aLawQuotedByTheTextIsTheStatesLineNotTheConditionsActor() throws {
        let text = """
            China's legislature on Monday approved a law that allows force against Taiwan. The central clause sets out \
            three conditions. If "Taiwan independence" forces act to split the island from China, or if all chances of \
            peaceful reunification are exhausted, the state "shall employ non-peaceful means" to protect its sovereignty, the text says.
            """
        let line = try #require(Fixture.extract(text, published: "2005-03-14").redLines.first)
        #expect(line.declarer?.code == "CHN")
        #expect(line.trigger.actor.map(\.code) == ["TWN"])
    }

    @Test func aSpeechGivenIsNoUltimatum() {
        #expect(Fixture.extract("The president gave a speech to lawmakers or so it seemed.").redLines.isEmpty)
    }

    @Test func implicitThreatWithoutTheWordsRedLine() throws {
        let x = Fixture.extract("Iran's defence minister warned that any ship entering its waters without permission would be treated as a legitimate military target.", published: "2019-07-01")
        let line = try #require(x.redLines.first)
        #expect(line.declarer?.code == "IRN")
        #expect(!line.explicit)
        #expect(line.consequence.kind == .military)
        #expect(line.consequence.severity == 4)
        #expect(x.events.contains { $0.type == .threaten && $0.actor.contains { $0.code == "IRN" } })
    }

    @Test func economicConsequencesFromAPluralBackReference() throws {
        let x = Fixture.extract("Western governments pledged support for Kyiv. They warned Moscow that any incursion would bring severe economic consequences.", published: "2022-01-20")
        let line = try #require(x.redLines.first)
        #expect(line.declarer?.code == "WST")
        #expect(line.consequence.kind == .economic)
        #expect(line.evidence.hasPrefix("Western governments pledged"))
        #expect(line.trigger.actor.contains { $0.code == "RUS" })
    }

    @Test func theDeclarerIsTheStateNotTheExpertWhoQuotesIt() throws {
        let x = Fixture.extract("\u{201C}In his speech, Putin made clear that any foreign meddling in the operation would be a red line,\u{201D} said Tomas Berg, a historian at a Swedish university.", published: "2022-05-03")
        let line = try #require(x.redLines.first)
        #expect(line.declarer?.code == "RUS")
        #expect(line.speaker == "Vladimir Putin")
    }

    @Test(arguments: [
        ("Ankara warned that if Syrian troops advanced on Idlib, it would regard them as parties to the conflict.", "TUR", ConsequenceKind.military),
        ("Israel's defence minister said that if the militia shelled the border towns again, its bases would be struck without warning.", "ISR", .military),
        ("Seoul warned that if the North fired another missile over its waters, it would hit launch sites across the border.", "KOR", .military),
    ])
    func threatsOfStrikesAndOfCobelligerenceAreLines(text: String, declarer: String, kind: ConsequenceKind) throws {
        let line = try #require(Fixture.extract(text, published: "2024-02-01").redLines.first, "\(text)")
        if !declarer.isEmpty { #expect(line.declarer?.code == declarer, "\(text)") }
        #expect(line.consequence.kind == kind)
    }

    @Test func aDefiniteLineCrossedIsTheLineTheArticleToldOf() throws {
        let x = Fixture.extract("""
            Last year the president warned that any use of chemical weapons by the government would cross a red line. \
            Critics said on Sunday that Assad had crossed the line and faced no consequences.
            """, published: "2013-09-15")
        let claim = try #require(x.crossingClaims.first)
        #expect(claim.crosser.map(\.code) == ["SYR"])
        #expect(claim.lineOf?.code == x.redLines.first?.declarer?.code)
        // With no crosser named, the line's target crossed it.
        let unnamed = Fixture.extract("""
            Kosovo's prime minister warned that Serbian troops entering the north would be met with force. \
            Commentators said his line had been crossed within a week.
            """, published: "2023-10-02")
        let filled = try #require(unnamed.crossingClaims.first)
        #expect(filled.crosser.map(\.code) == ["SRB"])
        // A question of when a line is crossed claims nothing.
        let question = Fixture.extract("""
            The law warns that any move toward independence would cross a red line. \
            Critics noted that the law lets Beijing alone decide when the line has been crossed.
            """, published: "2005-03-14")
        #expect(question.crossingClaims.isEmpty)
        // A present perfect claims the crossing as of the telling, not of the year the line was drawn.
        let perfect = Fixture.extract("The line Moscow drew in 2022 has been crossed twice now, an analyst said.", published: "2024-03-08")
        #expect(perfect.crossingClaims.first?.date == Day("2024-03-08"))
        // A crossing on a condition claims nothing.
        let hedged = Fixture.extract("Analysts said that if the reports were confirmed, the line had already been crossed.", published: "2013-08-22")
        #expect(hedged.crossingClaims.isEmpty)
    }

    @Test func aStatesFirmestLineIsAnExplicitLineWithTheSubjectAsTrigger() throws {
        let x = Fixture.extract("Georgia's entry into the European Union has long been Moscow's firmest line, officials said.", published: "2024-06-15")
        let line = try #require(x.redLines.first)
        #expect(line.declarer?.code == "RUS")
        #expect(line.explicit)
        #expect(line.trigger.text == "Georgia's entry into the European Union")
    }

    @Test func theTriggerOfWouldCrossIsItsSubjectWithoutTheAside() throws {
        let x = Fixture.extract("Speaking in Minsk on Friday, he said the basing of foreign fighter jets in Poland, which could reach Belarus in minutes, would cross a red line for Belarus.", published: "2023-06-10")
        let line = try #require(x.redLines.first)
        #expect(line.trigger.text == "the basing of foreign fighter jets in Poland")
    }

    @Test(arguments: [
        ("Tokyo warned that any landing on the islands would bring \"grave consequences.\"", "any landing on the islands"),
        ("Ankara said such an operation would mean war.", "such an operation"),
    ])
    func theTriggerIsWhatBringsTheConsequence(text: String, trigger: String) throws {
        let line = try #require(Fixture.extract(text, published: "2023-05-01").redLines.first, "\(text)")
        #expect(line.trigger.text == trigger)
    }

    @Test func aTriggerNamingAnActWithNoDoerStillNamesTheAct() throws {
        // No event is coded from "an invasion" (nobody invades in the sentence), but it is the act.
        let text = "Western leaders warned that an invasion would bring massive consequences."
        let line = try #require(Fixture.extract(text, published: "2022-01-20").redLines.first)
        #expect(line.trigger.text == "an invasion")
        #expect(line.trigger.action == .assault)
        #expect(!Fixture.extract(text, published: "2022-01-20").events.contains { $0.type == .assault })
    }

    @Test(arguments: [
        ("Moscow said the stationing of Western troops in Moldova would be regarded as a hostile act.", "RUS", "the stationing of Western troops in Moldova"),
        ("Brussels warned Minsk it would impose new tariffs should it keep flying migrants to the border.", "EU", "it keep flying migrants to the border"),
        ("Cairo has threatened to halt gas exports to the region unless the blockade is lifted.", "EGY", "the blockade is lifted"),
        ("\"If they cross this line, we will act,\" the Greek defence minister told reporters.", "GRC", "they cross this line"),
    ])
    func warningsInOtherShapes(text: String, declarer: String, trigger: String) throws {
        let line = try #require(Fixture.extract(text, published: "2023-05-01").redLines.first, "\(text)")
        #expect(line.declarer?.code == declarer, "\(text)")
        #expect(line.trigger.text == trigger, "\(text)")
    }

    @Test(arguments: [
        ("\"Any new incursion will be answered with overwhelming force,\" state television quoted Iran's army chief as saying.", "IRN"),
        ("Baku said Azerbaijan would launch a new operation if the convoys kept using the road.", "AZE"),
    ])
    func answeredWithForceAndLaunchingAnOffensiveAreThreats(text: String, declarer: String) throws {
        let line = try #require(Fixture.extract(text, published: "2023-05-01").redLines.first, "\(text)")
        #expect(line.declarer?.code == declarer, "\(text)")
        #expect(line.consequence.kind == .military || line.consequence.kind == .unspecified)
    }

    @Test func accusingOthersOfIgnoringLinesDrawsNone() {
        let x = Fixture.extract("Beijing has long accused Washington of ignoring China's red lines, a scholar wrote.", published: "2023-05-01")
        #expect(x.redLines.isEmpty)
    }

    /// Cues at the very start of a text, and rules that look one token back, must not read before it.
    @Test(arguments: ["Red line.", "Red line for Moscow, he said.", "Red line for Russia, Putin said.", "A red line, Putin said of any strike on Crimea.", "Would be a red line.", "to strike Kyiv.",
                      "Should it fall, war.", "\"Red line\"", "That day.", "Legitimate targets, Russia said."])
    func cuesAtTheStartOfATextAreRead(text: String) {
        let x = Fixture.extract(text, published: "2023-05-01")
        #expect(x.redLines.allSatisfy { !$0.evidence.isEmpty })
    }

    @Test func aTriggerThatOnlyPointsBackIsTheLedesLine() throws {
        let x = Fixture.extract("""
            Seoul warned Pyongyang on Monday that any missile launched over its territory would cross a red line. \
            The minister said there would be grave consequences if the North crossed that threshold.
            """, published: "2023-05-02")
        #expect(x.redLines.count == 2)
        let restated = try #require(x.redLines.last)
        #expect(restated.trigger.text == x.redLines.first?.trigger.text)
        #expect(restated.trigger.text.contains("missile"))
    }

    @Test func anIndirectQuestionThreatensNothing() {
        let x = Fixture.extract("Diplomats said the question now was whether Paris would respond with force.", published: "2023-05-01")
        #expect(x.redLines.isEmpty)
    }

    @Test func aPromiseToAbstainIsNoThreat() {
        let x = Fixture.extract("Under the proposed pact, both governments would refrain from deploying intermediate-range missiles in Europe if talks resumed.", published: "2021-12-20")
        #expect(x.redLines.isEmpty)
    }

    @Test func commentaryIsAClaimNotADeclaration() {
        let claim = Fixture.extract("Analysts say NATO has already crossed Moscow's red line many times.", published: "2022-06-01")
        #expect(claim.redLines.isEmpty)
        #expect(claim.crossingClaims.first?.crosser.contains { $0.code == "NATO" } == true)
        let musing = Fixture.extract("Fears about the consequences of crossing Beijing's supposed red lines are overblown.", published: "2022-06-01")
        #expect(musing.redLines.isEmpty)
    }

    @Test func oneStatementOverTwoSentencesYieldsOneLinePerDemand() {
        let x = Fixture.extract("Moscow wants written guarantees that Georgia will never join NATO and that no alliance bases will be built on its soil. The Kremlin has called these red lines.", published: "2021-12-20")
        #expect(x.redLines.count == 2)
        #expect(x.redLines.allSatisfy { $0.declarer?.code == "RUS" && $0.evidence.hasPrefix("Moscow wants") })
        #expect(x.redLines.first?.trigger.text.contains("Georgia will never join NATO") == true)
        #expect(x.redLines.last?.trigger.text.contains("no alliance bases") == true)
    }

    @Test func ultimatumsAreCompellent() throws {
        let x = Fixture.extract("President Donald Trump warned Hamas that unless all hostages were freed by Saturday, the ceasefire would end and its fighters would face severe consequences.", published: "2025-02-11")
        let line = try #require(x.redLines.first)
        #expect(line.stance == .compellent)
    }

    @Test func predictionsAndNarrativeAreNotLines() {
        let x = Fixture.extract("Providing more aid to Ukraine will not significantly raise the risk of a wider war. Russia retaliated with strikes on power plants.", published: "2023-01-01")
        #expect(x.redLines.isEmpty)
    }

    // MARK: - Strikes threatened in plain verbs, and conditions no one can cross

    @Test(arguments: [
        ("Israel said it would strike Beirut if Hezbollah kept firing rockets.", "ISR", "LBN"),
        ("Pyongyang warned it would strike U.S. bases in Guam if Washington continued its drills.", "PRK", "USA"),
    ])
    func aStrikePromisedOnAConditionIsALine(text: String, declarer: String, trigger: String) throws {
        let line = try #require(Fixture.extract(text, published: "2024-03-10").redLines.first, "\(text)")
        #expect(line.declarer?.code == declarer)
        #expect(line.consequence.kind == .military)
        #expect(line.consequence.severity == 4)
        #expect(line.trigger.actor.map(\.code) == [trigger])
    }

    @Test(arguments: [
        "He said Israel would strike a deal with Saudi Arabia if the talks went well.",
        "A British minister pledged the government would fight against the proposed tax.",
        "India would stop rice exports if prices kept climbing, officials said.",
        "OPEC would cut output if oil prices fell below $60 a barrel, Saudi Arabia said.",
    ])
    func dealsFightsOverPolicyAndMarketConditionsAreNoLines(text: String) {
        #expect(Fixture.extract(text, published: "2024-03-10").redLines.isEmpty, "\(text)")
    }

    @Test func theStateAnIncursionWouldEnterIsNotWhoMustNotEnter() throws {
        let line = try #require(Fixture.extract("NATO warned Serbia that any incursion into Kosovo would be met with force.",
                                                published: "2022-12-20").redLines.first)
        #expect(line.declarer?.code == "NATO")
        #expect(line.trigger.actor.map(\.code) == ["SRB"])
        #expect(!line.trigger.actor.contains { $0.code == "XKX" })
    }

    @Test func aUniversalObjectOfTheThreatenedActIsTheTrigger() throws {
        let line = try #require(Fixture.extract("Russia will bomb any convoy that enters the zone, a commander warned.",
                                                published: "2022-03-12").redLines.first)
        #expect(line.declarer?.code == "RUS")
        #expect(line.trigger.text == "any convoy that enters the zone")
    }

    @Test func aWarLevelCueOpeningWithItsModalReadsItsSubjectAsTheTrigger() throws {
        let text = "Moscow has warned that sending Western troops to Ukraine would lead to a direct conflict with NATO."
        let line = try #require(Fixture.extract(text, published: "2024-02-27").redLines.first)
        #expect(line.declarer?.code == "RUS")
        #expect(line.consequence.severity == 5)
        #expect(line.trigger.text == "sending Western troops to Ukraine")
    }

    @Test func aRelativePronounTriggerIsTheNounItStandsFor() throws {
        let text = "\"We cannot accept legislation that would provoke retaliation against our exporters,\" the U.S. trade representative said."
        let line = try #require(Fixture.extract(text, published: "1987-04-10").redLines.first)
        #expect(line.trigger.text == "legislation")
    }

    @Test(arguments: [
        "Asked if South Korea would retaliate against U.S. goods if Congress closed its markets, the minister declined to answer.",
        "Reporters wondered if Iran would close the Strait of Hormuz if the attacks continued.",
    ])
    func anIndirectQuestionThreatensNothing(text: String) {
        #expect(Fixture.extract(text, published: "1987-04-10").redLines.isEmpty, "\(text)")
    }
}
