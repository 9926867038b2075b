import RedlineCore
import Testing
@testable import RedlineExtract

/// Threats that state no condition but say what they punish: the wrong is the trigger. And a
/// question about a threat is no threat.
@Suite("Red lines: grievances and questions")
struct GrievanceTests {
    private func lines(_ text: String) -> [RedLine] {
        Fixture.extract(text, published: "2031-03-02").redLines
    }

    @Test("what a threat answers is its trigger, with the wrongdoer as its actor", arguments: [
        ("Canada has threatened to impose tariffs on Chilean copper in retaliation for Chile's failure to honour the quota pact.",
         "CHL", "failure to honour the quota pact"),
        ("The Canadian Prime Minister was ready to impose retaliatory trade action against Brazil for breaking its sugar agreement.",
         "BRA", "breaking its sugar agreement"),
        ("Ottawa has accused Santiago of reneging on the copper accord and has threatened retaliatory measures.",
         "CHL", "reneging on the copper accord"),
    ])
    func grievanceIsTheTrigger(text: String, actor: String, words: String) throws {
        let line = try #require(lines(text).first, "\(text)")
        #expect(line.trigger.actor.contains { $0.code == actor }, "\(text)")
        #expect(line.trigger.text.contains(words), "\(line.trigger.text)")
        // The accusation is how the grievance was said, not the act the line forbids.
        #expect(line.trigger.action != .accuse)
    }

    @Test("a threat asked about in a question is no one's line", arguments: [
        "Asked by reporters if Korea was expected to retaliate against Canadian exports, the minister replied, \"That would be foolish.\"",
        "Asked whether Ottawa would retaliate against Seoul, the spokesman declined to comment.",
    ])
    func askedIsNoThreat(text: String) {
        #expect(lines(text).isEmpty, "\(text)")
    }

    @Test("what analysts, traders or industry sources expect is commentary, not a line", arguments: [
        "Most analysts said Chilean exporters would be hard hit if Canada imposed the copper tariffs.",
        "Canada would retaliate if Chile raised its copper duties, industry sources said.",
        "Economists have said Ottawa would respond with tariffs if Santiago kept its quotas.",
    ])
    func commentary(text: String) {
        #expect(lines(text).isEmpty, "\(text)")
    }

    @Test("government sources speak for their government")
    func governmentSources() throws {
        let line = try #require(lines("Canada would retaliate against Chile if it raised its copper duties, government sources said.").first)
        #expect(line.declarer?.code == "CAN")
    }

    @Test("a state's finding that another's wrong goes on claims a crossing", arguments: [
        ("Canada said that dumping has stopped at home but has continued in Asia, and that the Chilean market remains closed.", "CAN", "CHL"),
        ("Canadian officials have said their monitoring of Chilean copper shipments showed no letup in the dumping.", "CAN", "CHL"),
    ])
    func findingOfNonCompliance(text: String, claimant: String, crosser: String) throws {
        let claim = try #require(Fixture.extract(text, published: "2031-03-02").crossingClaims.first, "\(text)")
        #expect(claim.lineOf?.code == claimant)
        #expect(claim.crosser.map(\.code) == [crosser])
    }

    @Test("what goes on in markets, a question of it, or a continuing advance claims nothing", arguments: [
        "Canadian officials said a continued rise in copper prices would help Chile.",
        "Canada said it would act if the Chilean market remains closed.",
        "Chile said its troops continued their advance along the border.",
        "Copper prices continued to rise, Chilean traders said.",
    ])
    func noFinding(text: String) {
        #expect(Fixture.extract(text, published: "2031-03-02").crossingClaims.isEmpty, "\(text)")
    }

    @Test("a quote a source attributes ('the radio quoted him as saying') is the speaker's, and a titled speaker with no state is the one the article introduced by title")
    func quotedAsSaying() throws {
        let text = "Greece's navy commander warned on Monday that Athens would close its ports to Turkish ships if they entered its waters. "
            + "Admiral Kostas Pappas told a news conference the fleet was ready. "
            + "\"Their movements have been lawful so far,\" the radio quoted him as saying. "
            + "\"However, if any action is carried out against Greek interests, we shall decisively confront that move.\""
        let x = Fixture.extract(text, published: "2031-03-02")
        let quotes = x.quotes.filter { $0.direct }
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.speaker?.name == "Kostas Pappas" })
        let line = try #require(x.redLines.first { $0.evidence.contains("decisively confront") })
        #expect(line.declarer?.code == "GRC")
    }

    @Test("a plain retaliation with no wrong named keeps the clause as its trigger")
    func noGrievance() throws {
        let line = try #require(lines("Canada warned it would retaliate if Korea raised its steel tariffs.").first)
        #expect(line.trigger.text.contains("Korea raised its steel tariffs"))
    }
}
