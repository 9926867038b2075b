import RedlineAnalysis
import RedlineCore
import Testing

/// Whole histories of one line, article by article, as the samples tell them.
@Suite("Linker: a line's life across articles")
struct LinkerLifecycleTests {
    @Test("a retraction whose trigger names nothing attaches to the line its sentence names: withdrawn")
    func weakWithdrawalAttaches() throws {
        let documents = [
            F.doc("w1", "2020-01-02", lines: [
                F.line("RUS", trigger: ["UKR"], action: .agree, "Ukraine joining NATO", addressee: ["NATO"], date: "2020-01-01"),
            ]),
            F.doc("w2", "2020-03-02", lines: [
                F.line("RUS", trigger: [], action: nil, "a red line", date: "2020-03-01",
                       evidence: "The Kremlin said it no longer considers Ukraine's membership of NATO a red line."),
            ]),
            // Takes back a line never seen: not tracked, and founds nothing.
            F.doc("w3", "2020-04-02", lines: [
                F.line("RUS", trigger: [], action: nil, "I never set a red line", date: "2020-04-01",
                       evidence: "Lavrov said: I never set a red line on grain exports."),
            ]),
        ]
        let lines = F.link(documents, today: "2020-06-01")
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(line.statements.map(\.document) == ["w1", "w2"])
        #expect(line.status == .withdrawn)
        #expect(line.trigger.text == "Ukraine joining NATO")
    }

    @Test("a retraction dated before the line was drawn takes nothing back")
    func withdrawalBeforeDeclaration() throws {
        let documents = [
            F.doc("w0", "2019-06-02", lines: [
                F.line("RUS", trigger: ["UKR"], action: .agree, "Ukraine joining NATO", date: "2019-06-01",
                       evidence: "Moscow said it no longer considers Ukraine joining NATO a red line."),
            ]),
            F.doc("w1", "2020-01-02", lines: [
                F.line("RUS", trigger: ["UKR"], action: .agree, "Ukraine's accession to NATO", date: "2020-01-01"),
            ]),
        ]
        let lines = F.link(documents, today: "2020-06-01")
        #expect(lines.count == 1)
        #expect(lines.first?.statements.map(\.document) == ["w1"])
        #expect(lines.first?.status == .declared)
    }

    @Test("an ultimatum lifted before its deadline: withdrawn, and the deadline passing does not revive it")
    func ultimatumLifted() throws {
        let documents = [
            F.doc("u1", "2025-02-11", lines: [
                F.line("USA", trigger: ["PSE"], action: .retreat, "Hamas does not free all the hostages by Saturday noon",
                       stance: .compellent, addressee: ["PSE"], date: "2025-02-10"),
            ]),
            F.doc("u2", "2025-02-14", lines: [
                F.line("USA", trigger: ["PSE"], action: nil, "the deadline", date: "2025-02-13",
                       evidence: "The White House said Trump had lifted his ultimatum to Hamas over the hostages."),
            ], claims: [
                F.claim(crosser: ["PSE"], lineOf: "USA", "free all the hostages by Saturday noon", date: "2025-02-15",
                        evidence: "The deadline passed with most hostages still held."),
            ]),
        ]
        let line = try #require(F.link(documents, today: "2025-06-01").first)
        #expect(line.statements.count == 2)
        #expect(line.status == .withdrawn)
    }

    @Test("declared, restated by reference, crossed by an ally, answered in kind: enforced")
    func restatedCrossedAnswered() throws {
        let documents = [
            F.doc("r1", "2023-03-02", lines: [
                F.line("RUS", trigger: ["NATO"], action: .mobilize, "NATO deploying troops in the Baltic states",
                       severity: 3, addressee: ["NATO"], date: "2023-03-01"),
            ]),
            F.doc("r2", "2023-05-02", lines: [
                F.line("RUS", trigger: [], action: nil, "they do it", severity: 3, date: "2023-05-01",
                       evidence: "Shoigu said the deployment of NATO troops in the Baltic states would be answered if they do it."),
            ]),
            F.doc("r3", "2023-06-02", events: [
                // A member of the alliance acts: it crosses the alliance's line.
                F.event(.mobilize, ["DEU"], ["LTU"], "2023-06-01", "Germany deployed a brigade of troops in Lithuania, a Baltic state."),
            ]),
            F.doc("r4", "2023-06-20", events: [
                F.event(.mobilize, ["RUS"], ["DEU", "NATO"], "2023-06-19",
                        "Russia moved troops to its western border in response to the German brigade."),
            ]),
        ]
        let lines = F.link(documents, today: "2024-01-01")
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(line.statements.map(\.document) == ["r1", "r2"])
        #expect(line.crossings.map(\.document) == ["r3"])
        #expect(line.responses.map(\.document) == ["r4"])
        #expect(line.status == .enforced)
    }

    @Test("a threat of war answered by a strike on the crosser's client is partially enforced (L9)")
    func warAnsweredByStrike() throws {
        let documents = [
            F.doc("l1", "2024-09-13", lines: [
                F.line("RUS", trigger: ["UKR", "WST"], action: .assault,
                       "Ukraine firing Western long-range missiles into Russia", severity: 5,
                       addressee: ["NATO", "USA"], date: "2024-09-12"),
            ]),
            F.doc("l2", "2024-11-22", events: [
                F.event(.assault, ["UKR"], ["RUS"], "2024-11-19", "Ukraine fired six ATACMS missiles into Russia's Bryansk region."),
                F.event(.assault, ["RUS"], ["UKR"], "2024-11-21", "A Russian missile struck a plant in Dnipro."),
            ]),
        ]
        let line = try #require(F.link(documents, today: "2025-06-01").first)
        #expect(line.crossings.count == 1)
        #expect(line.responses.count == 1)
        #expect(line.status == .partiallyEnforced)
        // Had Russia gone to war, it would have been enforced.
        let war = documents + [F.doc("l3", "2024-12-01", events: [
            F.event(.assault, ["RUS"], ["USA"], "2024-11-30", "Russia declared war on the United States and struck its bases."),
        ])]
        #expect(F.link(war, today: "2025-06-01").first?.status == .enforced)
    }

    @Test("crossed and not answered within the window: crossed, then not-enforced")
    func bluffCalled() throws {
        let documents = [
            F.doc("b1", "2022-05-13", lines: [
                F.line("RUS", trigger: ["FIN", "NATO"], action: .agree, "Finland joining NATO", severity: 3,
                       addressee: ["FIN"], date: "2022-05-12"),
            ]),
            F.doc("b2", "2023-04-05", events: [
                F.event(.agree, ["NATO"], ["FIN"], "2023-04-04", "NATO admitted Finland as its 31st member."),
                F.event(.accuse, ["RUS"], ["FIN"], "2023-04-04", "Moscow condemned Finland's accession."),
            ]),
        ]
        #expect(F.link(documents, today: "2023-05-01").first?.status == .crossed)
        let late = try #require(F.link(documents, today: "2024-03-08").first)
        #expect(late.status == .notEnforced)
        #expect(late.crossings.map(\.date) == [F.day("2023-04-04")])
        #expect(late.responses.isEmpty)
    }

    @Test("a vow of revenge is crossed by the act it answers, days before it, and enforced by the revenge (L7)")
    func vowOfRevenge() throws {
        let documents = [
            F.doc("v1", "2020-01-05", lines: [
                F.line("IRN", trigger: ["USA"], action: .assault, "the killing of General Soleimani by a U.S. drone",
                       addressee: ["USA"], date: "2020-01-04",
                       evidence: "Khamenei vowed harsh revenge for the killing of General Soleimani by a U.S. drone."),
            ], events: [
                F.event(.assault, ["USA"], ["IRN"], "2020-01-03", "A U.S. drone strike killed General Soleimani near Baghdad."),
                // Long before: not what the vow answers.
                F.event(.assault, ["USA"], ["IRN"], "2019-06-20", "A U.S. drone strike hit an Iranian radar site."),
            ]),
            F.doc("v2", "2020-01-11", events: [
                // The target is not named; the evidence says it is the retaliation.
                F.event(.assault, ["IRN"], [], "2020-01-08", "The Guards said the missile barrage was the retaliation for the drone strike."),
                // After the vow: a new grievance, not the act the vow answers.
                F.event(.assault, ["USA"], ["IRN"], "2020-01-10", "Another U.S. drone strike killed an Iranian general near Baghdad."),
            ]),
        ]
        let line = try #require(F.link(documents, today: "2020-06-01").first)
        #expect(line.crossings.map(\.date) == [F.day("2020-01-03")])
        #expect(line.responses.map(\.date) == [F.day("2020-01-08")])
        #expect(line.status == .enforced)

        // Commentary about "the response" promised is no retaliation, whatever the extractor coded.
        var commentary = documents
        commentary[1].events[0].evidence = "Others said it was unclear whether the strikes would bring the response promised."
        #expect(F.link(commentary, today: "2020-06-01").first?.responses.isEmpty == true)

        // A conditional warning is not a vow: the act before it does not cross it, the one after does.
        var warning = documents
        warning[0].redLines[0].evidence = "Iran warned it would take revenge if the United States killed its commanders."
        #expect(F.link(warning, today: "2020-06-01").first?.crossings.map(\.date) == [F.day("2020-01-10")])
    }
}
