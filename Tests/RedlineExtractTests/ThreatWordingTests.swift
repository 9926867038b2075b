import RedlineCore
import Testing
@testable import RedlineExtract

/// Threats worded without the usual answer verbs ("insecure for", "confront", "the start of a
/// clash", "pull the plug"), and quotes whose speaker the sentence does not code.
@Suite("Red lines: threat wordings and quoted speakers")
struct ThreatWordingTests {
    @Test(arguments: [
        ("\"If American forces intervene, the whole region will become unsafe for the Americans,\" Iran's parliament speaker said.", "IRN"),
        ("\"If any action is taken against Iran's interests anywhere, we shall firmly confront it,\" Iran's navy commander said.", "IRN"),
        ("\"Any American military aggression against Iran will certainly be the start of a wide clash in the region,\" an Iranian spokesman said.", "IRN"),
        ("Syria's defence minister said any Israeli incursion would mark the beginning of a war in the region.", "SYR"),
        ("A British official told Japan: \"If not, then we can pull the plug and stop your firms from trading here.\"", "GBR"),
    ])
    func threatsWithoutAnswerVerbs(text: String, declarer: String) throws {
        let line = try #require(Fixture.extract(text, published: "1987-05-04").redLines.first, "\(text)")
        #expect(line.declarer?.code == declarer, "\(text)")
    }

    @Test("coordinated words before the last word of a cue still make it", arguments: [
        "Any Iraqi attack on Turkish ships will bring a forceful and violent response, a Turkish official said.",
        "Any Iraqi attack on Turkish ships will bring a swift, forceful response, a Turkish official said.",
    ])
    func coordinatedCueWords(text: String) throws {
        let line = try #require(Fixture.extract(text, published: "1987-05-04").redLines.first, "\(text)")
        #expect(line.declarer?.code == "TUR")
        #expect(line.consequence.kind == .military, "\(text)")
    }

    @Test("a place made unsafe for the addressee's people is a threat of force")
    func unsafeIsForce() throws {
        let text = "\"If American forces intervene, the whole region will become unsafe for the Americans,\" Iran's parliament speaker said."
        let line = try #require(Fixture.extract(text, published: "1987-05-04").redLines.first)
        #expect(line.consequence.kind == .military)
    }

    @Test("the same words with no condition, or said by analysts of rates, are no lines", arguments: [
        "The whole region will become unsafe for the Americans, Iran's president said.",
        "Analysts said any sharp rise in rates could be the start of a long conflict over trade.",
    ])
    func noConditionNoLine(text: String) {
        #expect(Fixture.extract(text, published: "1987-05-04").redLines.isEmpty, "\(text)")
    }

    @Test("who 'any' names is the one warned, not the one warning: the speaker comes from the sentence before")
    func anyPhraseIsTheConditionsActor() throws {
        let text = """
            The radio quoted an Iranian Foreign Ministry spokesman as saying Iran would respond decisively to any aggressive measure. \
            The spokesman said, "Any U.S. military aggression against Iran will certainly be the beginning of an extensive clash in the Gulf."
            """
        let lines = Fixture.extract(text, published: "1987-10-19").redLines
        let quoted = try #require(lines.first { $0.evidence.hasPrefix("The spokesman said") })
        #expect(quoted.declarer?.code == "IRN")
    }

    @Test("a speaker named without a state takes the state of the title set beside the name")
    func appositionGivesTheSpeakersState() throws {
        let text = """
            Iran's navy commander, Commodore Ali Rezaei, spoke to reporters on Sunday. "If any action is taken against our \
            ships, we shall decisively confront it," Rezaei said of the American warships.
            """
        let line = try #require(Fixture.extract(text, published: "1987-04-29").redLines.first)
        #expect(line.declarer?.code == "IRN")
    }
}

/// A statement is dated by when it was said, never by a time the sentence gives for something else.
@Suite("Red lines: the day of a statement")
struct StatementDateTests {
    @Test("a time of another act, a deadline or a future time does not date the statement", arguments: [
        "Washington said on Friday the duties would stay until Tokyo honoured the accord it signed last year.",
        "Washington warned that it would impose duties by the middle of next year unless Tokyo opened its market.",
        "Washington warned that it would impose duties if Tokyo had not opened its market by March 1990.",
    ])
    func otherTimesDoNotDateTheStatement(text: String) throws {
        let line = try #require(Fixture.extract(text, published: "1988-06-10").redLines.first, "\(text)")
        let date = try #require(line.date, "\(text)")
        // Friday before publication, or the week of publication: never 1987 or 1989-1990.
        #expect(date.ordinal <= Day("1988-06-10")!.ordinal && date.ordinal >= Day("1988-06-01")!.ordinal, "\(text): \(date)")
    }

    @Test("the day of the saying still dates it")
    func sayingDayDates() throws {
        let line = try #require(Fixture.extract("Washington warned on Tuesday that it would impose duties unless Tokyo opened its market.",
                                                published: "1988-06-10").redLines.first)
        #expect(line.date == Day("1988-06-07"))
        #expect(line.datePrecision == .day)
    }
}
