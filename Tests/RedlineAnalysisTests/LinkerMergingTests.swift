import RedlineAnalysis
import RedlineCore
import Testing

/// Which statements an analyst would file as one line: restatements in other words merge,
/// different conditions of one declarer stay apart, references resolve to their line.
@Suite("Linker: restatements, references and distinct lines")
struct LinkerMergingTests {
    /// Three Russian lines of 2021–2024, each stated twice in different words.
    static let threeLines: [DocumentRecords] = [
        F.doc("m1", "2021-12-18", lines: [
            F.line("RUS", trigger: ["NATO", "UKR"], action: .agree, "NATO membership for Ukraine",
                   addressee: ["NATO"], date: "2021-12-17"),
        ]),
        F.doc("m2", "2022-02-10", lines: [
            F.line("RUS", trigger: ["WST"], action: .mobilize, "Western troops deployed in Ukraine",
                   addressee: ["WST"], date: "2022-02-09"),
        ]),
        F.doc("m3", "2023-07-12", lines: [
            F.line("RUS", trigger: ["UKR"], action: .agree, "Ukraine's accession to the alliance",
                   addressee: ["NATO"], date: "2023-07-11"),
        ]),
        F.doc("m4", "2024-02-28", lines: [
            F.line("RUS", trigger: ["NATO"], action: .mobilize, "stationing NATO forces on Ukrainian soil",
                   addressee: ["NATO"], date: "2024-02-27"),
        ]),
        F.doc("m5", "2024-06-01", lines: [
            F.line("RUS", trigger: ["UKR", "WST"], action: .assault, "Ukraine striking Russia with Western long-range missiles",
                   severity: 5, addressee: ["NATO", "USA"], date: "2024-05-31"),
        ]),
        F.doc("m6", "2024-09-13", lines: [
            F.line("RUS", trigger: ["UKR"], action: .assault, "Ukraine firing Western missiles deep into Russian territory",
                   severity: 5, addressee: ["NATO"], date: "2024-09-12"),
        ]),
    ]

    @Test("one declarer's three lines, each reworded once: three lines of two statements")
    func threeDistinctLines() throws {
        let lines = F.link(Self.threeLines, today: "2024-10-01")
        #expect(lines.count == 3)
        let documents = Set(lines.map { $0.statements.map(\.document) })
        #expect(documents == [["m1", "m3"], ["m2", "m4"], ["m5", "m6"]])
        #expect(lines.allSatisfy { $0.status == .declared })
    }

    @Test("join, membership, accession and enlargement are one condition")
    func synonyms() throws {
        let documents = [
            F.doc("j1", "2008-04-02", lines: [
                F.line("RUS", trigger: ["NATO"], action: .agree, "NATO admits Georgia", addressee: ["NATO"], date: "2008-04-01"),
            ]),
            F.doc("j2", "2019-09-02", lines: [
                F.line("RUS", trigger: ["GEO"], action: nil, "Georgia's membership in the alliance", date: "2019-09-01"),
            ]),
            F.doc("j3", "2021-06-02", lines: [
                F.line("RUS", trigger: [], action: nil, "any further enlargement toward Georgia", date: "2021-06-01"),
            ]),
            // Same declarer, same country, another act: stays apart.
            F.doc("j4", "2021-07-02", lines: [
                F.line("RUS", trigger: ["GEO"], action: .assault, "Georgian shelling of South Ossetia", date: "2021-07-01"),
            ]),
        ]
        let lines = F.link(documents, today: "2022-01-01")
        #expect(lines.count == 2)
        let membership = try #require(lines.first { $0.statements.first?.document == "j1" })
        #expect(membership.statements.map(\.document) == ["j1", "j2", "j3"])
    }

    /// A statement whose trigger actors carry the names an extractor read them by, so that the
    /// names leave its trigger words as they do in real extractions.
    static func naming(_ line: RedLine, _ names: [String]) -> RedLine {
        var line = line
        for (i, name) in names.enumerated() where i < line.trigger.actor.count { line.trigger.actor[i].text = name }
        return line
    }

    @Test("one declarer's lines on different states joining one alliance stay apart; restatements still merge")
    func differentStatesAreDifferentLines() throws {
        let documents = [
            F.doc("f1", "2022-05-12", lines: [
                Self.naming(F.line("RUS", trigger: ["FIN", "NATO"], action: .agree, "Finland joined NATO",
                                   date: "2022-05-12"), ["Finland", "NATO"]),
            ]),
            // The same line, naming Sweden beside Finland.
            F.doc("f2", "2022-05-16", lines: [
                Self.naming(F.line("RUS", trigger: ["SWE", "FIN", "NATO"], action: .agree, "Sweden and Finland joined the alliance",
                                   date: "2022-05-15"), ["Sweden", "Finland", "the alliance"]),
            ]),
            // Arms for Ukraine, stated twice in one article, once naming no one.
            F.doc("w1", "2022-04-28", lines: [
                Self.naming(F.line("RUS", trigger: ["WST", "UKR"], action: nil, "Western weapons sent to Ukraine",
                                   date: "2022-04-27"), ["Western", "Ukraine"]),
                F.line("RUS", trigger: [], action: nil, "convoys carrying foreign arms", date: "2022-04-27"),
            ]),
            // Another state's membership of the same alliance: another line, though NATO and
            // joining are shared.
            F.doc("u1", "2024-06-15", lines: [
                Self.naming(F.line("RUS", trigger: ["UKR", "NATO"], action: nil, "Ukraine's membership of NATO",
                                   date: "2024-06-15", explicit: true), ["Ukraine", "NATO"]),
            ]),
        ]
        let lines = F.link(documents, today: "2024-12-01")
        #expect(lines.count == 3)
        let finland = try #require(lines.first { $0.statements.contains { $0.document == "f1" } })
        #expect(finland.statements.map(\.document) == ["f1", "f2"])
        #expect(Set(finland.trigger.actor.compactMap(\.code)) == ["FIN", "SWE", "NATO"])
        let arms = try #require(lines.first { $0.statements.contains { $0.document == "w1" } })
        #expect(arms.statements.count == 2)
        let ukraine = try #require(lines.first { $0.statements.contains { $0.document == "u1" } })
        #expect(ukraine.statements.map(\.document) == ["u1"])
        #expect(Set(ukraine.trigger.actor.compactMap(\.code)) == ["UKR", "NATO"])
    }

    @Test("an alliance and its member states are different declarers")
    func allianceIsNotItsMembers() {
        let documents = [
            F.doc("n1", "2022-01-10", lines: [
                F.line("NATO", trigger: ["RUS"], action: .assault, "a Russian attack on any ally", date: "2022-01-10"),
            ]),
            F.doc("n2", "2022-01-11", lines: [
                F.line("USA", trigger: ["RUS"], action: .assault, "a Russian attack on any NATO ally", date: "2022-01-11"),
            ]),
        ]
        let lines = F.link(documents, today: "2022-02-01")
        #expect(lines.count == 2)
        #expect(Set(lines.compactMap(\.declarer.code)) == ["NATO", "USA"])
    }

    /// L2 as an extractor reads it: the main statement, a pronoun in the next sentence, and Xi's
    /// earlier metaphor whose condition it could not find.
    static let pelosi: [DocumentRecords] = [
        F.doc("p1", "2022-08-01", lines: [
            F.line("CHN", trigger: ["USA", "TWN"], action: .consult, "House Speaker Nancy Pelosi visited Taiwan",
                   severity: 3, addressee: ["USA"], date: "2022-08-01"),
            F.line("CHN", trigger: [], action: nil, "she went ahead", consequence: .unspecified, severity: nil,
                   date: "2022-08-01", evidence: "He said China would take resolute responses if she went ahead."),
            F.line("CHN", trigger: [], action: nil, "those who play with fire will perish by it", severity: nil,
                   date: "2022-07-28", evidence: "Xi told Biden on Thursday that those who play with fire will perish by it."),
        ]),
        F.doc("p2", "2022-08-03", events: [
            F.event(.consult, ["USA"], ["TWN"], "2022-08-02", "Pelosi landed in Taipei on a visit to Taiwan.", mode: "visit"),
        ]),
        F.doc("p3", "2022-08-05", events: [
            F.event(.assault, ["CHN"], ["TWN"], "2022-08-04", "The PLA fired ballistic missiles into waters around Taiwan."),
            F.event(.sanction, ["CHN"], ["USA"], "2022-08-05", "China imposed sanctions on Pelosi over her visit."),
        ]),
    ]

    @Test("references in the same article join the article's line; its first day is the earliest")
    func referencesInOneArticle() throws {
        let lines = F.link(Self.pelosi, today: "2022-12-01")
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(line.statements.count == 3)
        #expect(line.firstDeclared == F.day("2022-07-28"))
        // The line is named by the statement that states its condition, not by a pronoun.
        #expect(line.trigger.text == "House Speaker Nancy Pelosi visited Taiwan")
        #expect(line.trigger.action == .consult)
        #expect(line.crossings.map(\.document) == ["p2"])
        #expect(line.status == .enforced)
    }

    @Test("a recap that points at its condition joins the line whose trigger its sentence names")
    func referenceByContent() throws {
        let documents = LinkerEnforcementTests.syria + [
            F.doc("s1", "2013-08-22", lines: [
                F.line("USA", trigger: ["SYR"], action: nil, "he used them", consequence: .unspecified, severity: 2,
                       date: "2012-12-01",
                       evidence: "Obama said the use or movement of chemical weapons would be a red line, and in "
                           + "December he told Assad he would be held accountable if he used them."),
            ]),
            // The same declarer's line on something else: a reference does not go there.
            F.doc("s2", "2013-01-05", lines: [
                F.line("USA", trigger: ["IRN"], action: .cooperate, "Iran arming Hezbollah with precision rockets",
                       date: "2013-01-04"),
            ]),
        ]
        let lines = F.link(documents, today: "2014-01-01")
        #expect(lines.count == 2)
        let syria = try #require(lines.first { $0.statements.contains { $0.document == "a02" } })
        #expect(syria.statements.map(\.document) == ["a02", "s1"])
        #expect(syria.trigger.text == "the Syrian government moving or using chemical weapons")
        #expect(syria.status == .notEnforced)
    }

    @Test("two reports of one remark, neither naming its condition, are one line")
    func weakReportsMatchBySentence() throws {
        let documents = [
            F.doc("k1", "2017-08-09", lines: [
                F.line("USA", trigger: [], action: nil, "They", addressee: ["PRK"], date: "2017-08-08",
                       evidence: "North Korea best not make any more threats to the United States. They will be met "
                           + "with fire and fury like the world has never seen, Trump told reporters at his golf club."),
            ]),
            F.doc("k2", "2018-06-13", lines: [
                F.line("USA", trigger: [], action: .threaten, "it kept threatening the United States", addressee: ["PRK"],
                       date: "2017-08-01", evidence: "Last August, Trump said North Korea would be met with fire and "
                           + "fury if it kept threatening the United States."),
            ]),
            F.doc("k3", "2018-06-14", lines: [
                F.line("USA", trigger: [], action: nil, "they", addressee: ["IRN"], date: "2018-05-08",
                       evidence: "Iran should not restart its nuclear programme; they would face sanctions, Trump told reporters."),
            ]),
        ]
        let lines = F.link(documents, today: "2019-01-01")
        #expect(lines.count == 2)
        // In date order: the recap is dated to the month, before the remark's day.
        #expect(lines.contains { $0.statements.map(\.document) == ["k2", "k1"] })
    }

    @Test("weapons called systems in one statement and arms in another are one line; strike systems deployed are another")
    func systemsAreWeapons() throws {
        let documents = [
            F.doc("w1", "2022-04-26", lines: [
                F.line("RUS", trigger: ["WST", "UKR"], action: nil, "Western weapons sent to Ukraine", addressee: ["USA"],
                       date: "2022-04-25"),
                F.line("RUS", trigger: [], action: nil, "deliveries of the most sensitive systems continued",
                       consequence: .unspecified, severity: nil, addressee: ["USA"], date: "2022-04-15"),
            ]),
            F.doc("w2", "2021-12-01", lines: [
                F.line("RUS", trigger: ["WST"], action: nil, "the deployment of Western strike systems on Ukrainian soil",
                       severity: 5, date: "2021-11-30"),
            ]),
        ]
        let lines = F.link(documents, today: "2022-06-01")
        #expect(lines.count == 2)
        let arms = try #require(lines.first { $0.statements.count == 2 })
        #expect(Set(arms.statements.map(\.date)) == [F.day("2022-04-15"), F.day("2022-04-25")])
    }

    @Test("Western strike systems deployed in Ukraine and Ukraine striking Russia with Western arms are two lines")
    func strikeSystemsAreNoStrike() {
        let documents = [
            F.doc("s1", "2021-12-01", lines: [
                F.line("RUS", trigger: ["WST"], action: .mobilize, "the deployment of Western strike systems on Ukrainian soil",
                       severity: 5, date: "2021-11-30"),
            ]),
            F.doc("s2", "2024-06-02", lines: [
                F.line("RUS", trigger: ["UKR", "WST"], action: .assault, "Ukraine struck Russia with Western strike missiles",
                       severity: 5, date: "2024-06-01"),
            ]),
        ]
        #expect(F.link(documents, today: "2024-10-01").count == 2)
    }
}
