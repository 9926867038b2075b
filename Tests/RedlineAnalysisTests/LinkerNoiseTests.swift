import RedlineAnalysis
import RedlineCore
import Testing

/// What an extractor gets wrong in real articles (Samples/), and the linker must not believe.
@Suite("Linker: extraction noise")
struct LinkerNoiseTests {
    @Test("events coded from the sentence that states the line neither cross nor answer it")
    func statementSentence() throws {
        // "Biden said any movement of Russian troops across the border would be an invasion": the
        // extractor coded the condition as an ASSAULT and the threat as a SANCTION, unflagged.
        let sentence = "Biden said any movement of Russian troops across the border would be met with sanctions."
        var statement = F.line("USA", trigger: ["RUS"], action: .assault, "Russian troops cross the border",
                               consequence: .economic, date: "2022-01-20", evidence: sentence)
        var condition = F.event(.assault, ["RUS"], ["UKR"], "2022-01-20", sentence)
        var threat = F.event(.sanction, ["USA"], ["RUS"], "2022-01-20", sentence)
        statement.sentence = 4
        condition.sentence = 4
        threat.sentence = 4
        let document = DocumentRecords(id: "d1", source: "s", published: F.day("2022-01-20"), redLines: [statement],
                                       events: [condition, threat])
        let line = try #require(F.link([document], today: "2022-02-01").first)
        #expect(line.crossings.isEmpty && line.responses.isEmpty)
        #expect(line.status == .declared)
    }

    @Test("a trigger without an action is met by acts, not by words about it")
    func verbalEventsDoNotCross() throws {
        let statement = F.line("USA", trigger: ["SYR"], action: nil, "any use or movement of chemical weapons",
                               date: "2012-08-20")
        let documents = [
            F.doc("a02", "2012-08-21", lines: [statement]),
            F.doc("a03", "2013-08-22", events: [
                F.event(.reject, ["SYR"], ["USA"], "2013-08-22", "The Syrian government denied using chemical weapons."),
                F.event(.accuse, ["SYR"], ["USA"], "2013-08-22", "Damascus said reports of chemical weapons use were fabricated."),
            ]),
        ]
        #expect(F.link(documents, today: "2013-09-01").first?.crossings.isEmpty == true)
        let act = documents + [F.doc("a04", "2013-09-15", events: [
            F.event(.assault, ["SYR"], ["SYR"], "2013-08-21", "Rockets carrying chemical weapons struck Ghouta; their use killed hundreds."),
        ])]
        #expect(F.link(act, today: "2013-09-01").first?.crossings.map(\.document) == ["a04"])
    }

    @Test("a summit, a ceasefire or another line's hand-off does not withdraw a line")
    func unrelatedRetreats() throws {
        let convoys = LinkerEnforcementTests.convoys + [F.doc("a22", "2024-06-15", events: [
            F.event(.concede, ["RUS"], ["NATO"], "2024-06-15", "Putin demands Ukraine drop NATO bid before talks."),
            F.event(.retreat, ["RUS"], ["UKR"], "2024-06-15", "Russia agreed to a ceasefire in Ukraine.", mode: "ceasefire"),
        ])]
        #expect(F.link(convoys, today: "2024-07-01").first?.status == .enforced)

        let embassy = F.line("USA", trigger: ["IRN"], action: .assault, "lives lost or damage done at our facilities",
                             consequence: .unspecified, severity: nil, date: "2019-12-31")
        let documents = [
            F.doc("a07", "2020-01-01", lines: [embassy]),
            F.doc("a26", "2025-02-16", events: [
                F.event(.request, ["USA"], [], "2025-02-15",
                        "Trump said it was now up to Israel to decide what to do about the hostages still held."),
            ]),
        ]
        #expect(F.link(documents, today: "2025-03-01").first?.status == .declared)
    }

    @Test("the declarer handing the decision to another, about the same hostages, withdraws the line")
    func handOff() throws {
        let documents = [
            F.doc("a25", "2025-02-11", lines: [
                F.line("USA", trigger: ["PSE"], action: nil, "Hamas does not release all the hostages by Saturday noon",
                       addressee: ["PSE"], date: "2025-02-10"),
            ]),
            F.doc("a26", "2025-02-16", events: [
                F.event(.request, ["USA"], [], "2025-02-15",
                        "Trump, who had demanded all the hostages be released by noon, said it was now up to Israel to decide."),
            ], claims: [
                F.claim(crosser: ["PSE"], lineOf: "USA", "release all the hostages by Saturday noon", date: "2025-02-15",
                        evidence: "The noon deadline passed with most of the hostages still held by Hamas."),
            ]),
        ]
        #expect(F.link(documents, today: "2025-06-01").first?.status == .withdrawn)
    }

    @Test("a claim that the declarer crossed its own line is not a crossing")
    func selfClaim() throws {
        let documents = [
            F.doc("d1", "2024-05-23", lines: [
                F.line("CHN", trigger: ["TWN"], action: nil, "a formal declaration of independence", severity: 5,
                       date: "2024-05-23"),
            ], claims: [
                F.claim(crosser: ["CHN"], lineOf: "CHN", nil, date: "2024-05-24",
                        evidence: "China had not said which of Lai's words, if any, had crossed a line."),
            ]),
        ]
        #expect(F.link(documents, today: "2024-12-01").first?.status == .declared)
    }
}
