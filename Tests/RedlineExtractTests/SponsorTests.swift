import RedlineCore
import Testing
@testable import RedlineExtract

/// Groups a text says a state stands behind ("an Iran-backed militia"), and crowds that go on
/// with what they were doing.
@Suite("Sponsors and continued acts")
struct SponsorTests {
    private func events(_ text: String) -> [Event] {
        Fixture.extract(text, published: "2024-05-03").events
    }

    private func codes(_ refs: [ActorRef]) -> Set<String> { Set(refs.compactMap(\.code)) }

    @Test(arguments: [
        ("Iranian-backed Houthi rebels attacked a Saudi oil facility.", "YEM", "IRN"),
        ("Russian-backed separatists shelled the town of Avdiivka.", "UKR", "RUS"),
        ("Turkish-funded Syrian fighters attacked Kurdish positions near Afrin.", "SYR", "TUR"),
        ("Supporters of an Iran-backed Iraqi militia stormed the U.S. Embassy in Baghdad.", "IRQ", "IRN"),
    ])
    func aSponsoredGroupKeepsItsOwnStateAndNamesItsBacker(text: String, state: String, backer: String) throws {
        let e = try #require(events(text).first { $0.type == .assault }, "\(text)")
        #expect(codes(e.actor) == [state], "\(text)")
        #expect(e.actor.compactMap(\.backer) == [backer], "\(text)")
    }

    @Test func aStateActingItselfHasNoBacker() throws {
        let e = try #require(events("Iranian forces attacked a Saudi oil facility.").first { $0.type == .assault })
        #expect(codes(e.actor) == ["IRN"])
        #expect(e.actor.allSatisfy { $0.backer == nil })
        // "Saudi-led" names a leader, not a sponsor.
        let led = events("Saudi-led coalition aircraft bombed a market in Yemen.")
        #expect(led.flatMap(\.actor).allSatisfy { $0.backer == nil })
    }

    @Test func aDottedSponsorIsNoDoer() {
        // "U.S." ends its word, so "-backed" follows as its own tokens: the U.S. still attacked nothing.
        let found = events("U.S.-backed forces attacked Islamic State positions near Raqqa.")
        #expect(!found.contains { $0.type == .assault && codes($0.actor).contains("USA") })
        #expect(!found.contains { $0.type == .support && codes($0.actor).contains("USA") })
    }

    @Test func theBackerIsWrittenOnlyWhenKnown() {
        let extraction = Fixture.extract("Russian-backed separatists shelled the town of Avdiivka. Ukrainian forces shelled Donetsk.",
                                         published: "2024-05-03")
        var bytes: [UInt8] = []
        JSONLineEncoder().encode(extraction, into: &bytes)
        let json = String(decoding: bytes, as: UTF8.self)
        #expect(json.components(separatedBy: "\"backer\"").count == 2, "\(json)")
        #expect(json.contains("\"backer\":\"RUS\""))
    }

    @Test func aCrowdThatPointsBackKeepsItsBackerAcrossAnotherGroup() throws {
        // "The crowd" points back to the supporters; "the protesters" to the crowd.
        let text = "Supporters of an Iran-backed Iraqi militia forced their way into the compound of the U.S. Embassy in Baghdad on Tuesday. "
            + "The crowd had gathered after funerals in Iraq. "
            + "On Wednesday the protesters set fire to a reception area."
        let arson = try #require(events(text).first { $0.type == .assault && $0.evidence.contains("set fire") })
        #expect(codes(arson.actor) == ["IRQ"])
        #expect(arson.actor.compactMap(\.backer) == ["IRN"])
    }

    @Test func aCrowdGoingOnWithItsAttackHitsTheSameTarget() throws {
        let text = "Supporters of an Iraqi militia forced their way into the compound of the U.S. Embassy in Baghdad on Tuesday. "
            + "The reception building was set on fire again by protesters on Wednesday."
        let arson = try #require(events(text).first { $0.type == .assault && $0.evidence.contains("set on fire") })
        #expect(codes(arson.recipient) == ["USA"])
    }

    @Test func aNewGroupDoesNotTakeAnEarlierTarget() {
        // Nothing points back: these gunmen are not the crowd at the embassy.
        let text = "Supporters of an Iraqi militia forced their way into the compound of the U.S. Embassy in Baghdad on Tuesday. "
            + "Gunmen in Basra set fire to a warehouse on Wednesday."
        let arson = events(text).first { $0.type == .assault && $0.evidence.contains("warehouse") }
        #expect(arson.map { codes($0.recipient).contains("USA") } != true)
    }
}
