import RedlineAnalysis
import RedlineCore
import Testing

/// Status sequences from Samples/README.md, built by hand.
@Suite("Linker: crossings, responses, statuses")
struct LinkerEnforcementTests {
    /// L5: Ryabkov's convoys warning, restated by Lavrov in other words; U.S. packages keep coming;
    /// Russian missiles hit the rail hubs that carried the deliveries.
    static let convoys: [DocumentRecords] = [
        F.doc("a13", "2022-03-12", lines: [
            F.line("RUS", trigger: ["USA", "NATO"], action: .aid, "deliveries of Western weapons to Ukraine",
                   addressee: ["USA", "NATO"], date: "2022-03-12", speaker: "Sergei Ryabkov"),
        ], events: [
            F.event(.aid, ["USA"], ["UKR"], "2022-03-01", "Earlier this month Washington sent weapons to Ukraine."),
        ]),
        F.doc("a14", "2022-04-26", lines: [
            F.line("RUS", trigger: ["WST"], action: .aid, "vehicles transporting weapons on Ukrainian territory",
                   date: "2022-04-25", speaker: "Sergei Lavrov"),
        ], events: [
            F.event(.aid, ["USA"], ["UKR"], "2022-04-13", "Biden approved an $800 million package of weapons for Ukraine."),
        ]),
        F.doc("a15", "2022-05-04", events: [
            F.event(.assault, ["RUS"], ["UKR"], "2022-05-03",
                    "Russian missiles struck railway substations that served deliveries of Western weapons.", mode: "aerial"),
        ]),
    ]

    @Test("(a) declared, reaffirmed in other words, crossed, answered by force: enforced, one line")
    func enforced() throws {
        let lines = F.link(Self.convoys, today: "2022-06-01")
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(line.status == .enforced)
        #expect(line.statusSource == .machine)
        #expect(line.statements.map(\.document) == ["a13", "a14"])
        #expect(line.statements[1].confidence >= 0.6 && line.statements[1].confidence <= 1)
        #expect(line.firstDeclared == F.day("2022-03-12"))
        #expect(line.crossings.map(\.date) == [F.day("2022-04-13")])
        #expect(line.crossings[0].kind == .event && line.crossings[0].type == .aid)
        #expect(line.responses.count == 1)
        #expect(line.responses[0].type == .assault && line.responses[0].severity == 4)
        #expect(line.responses[0].confidence >= 0.5)
        #expect(Set(line.trigger.actor.compactMap(\.code)) == ["USA", "NATO", "WST"])
    }

    /// L10: Obama's chemical-weapons line; Ghouta; no strike.
    static let syria: [DocumentRecords] = [
        F.doc("a02", "2012-08-21", lines: [
            F.line("USA", trigger: ["SYR"], action: .assault, "the Syrian government moving or using chemical weapons",
                   addressee: ["SYR"], date: "2012-08-20", explicit: true),
        ]),
        F.doc("a04", "2013-09-15", events: [
            F.event(.assault, ["SYR"], ["SYR"], "2013-08-21", "Rockets carrying sarin, a chemical weapon, struck Ghouta.",
                    mode: "unconventional"),
        ]),
    ]

    @Test("(b) crossed, unanswered: crossed within the window, not-enforced once it has passed")
    func notEnforced() throws {
        // The crossing is 2013-08-21; the window runs 90 days, through 2013-11-19.
        #expect(F.link(Self.syria, today: "2013-09-20").first?.status == .crossed)
        #expect(F.link(Self.syria, today: "2013-11-19").first?.status == .crossed)
        #expect(F.link(Self.syria, today: "2013-11-20").first?.status == .notEnforced)
        let late = try #require(F.link(Self.syria, today: "2014-06-01").first)
        #expect(late.status == .notEnforced)
        #expect(late.responses.isEmpty && late.crossings.count == 1)
        // The clock is the configuration's: a shorter window calls the bluff sooner.
        let short = Linker().link(documents: Self.syria,
                                  configuration: F.configuration("2013-09-25") { $0.responseWindowDays = 30 })
        #expect(short.first?.status == .notEnforced)
    }

    @Test("(c) economic threat answered by sanctions: enforced")
    func economicEnforced() throws {
        let documents = [
            F.doc("a11", "2022-01-20", lines: [
                F.line("USA", trigger: ["RUS"], action: .assault, "Russian forces invade Ukraine", consequence: .economic,
                       severity: nil, addressee: ["RUS"], date: "2022-01-19"),
            ]),
            F.doc("a12", "2022-02-27", events: [
                F.event(.assault, ["RUS"], ["UKR"], "2022-02-24", "On 24 February 2022, Russian forces invaded Ukraine."),
                F.event(.sanction, ["USA"], ["RUS"], "2022-02-24", "Washington imposed sanctions on Russia's largest banks."),
            ]),
        ]
        let line = try #require(F.link(documents, today: "2022-03-01").first)
        #expect(line.status == .enforced)
        #expect(line.responses.map(\.type) == [.sanction])
        #expect(line.responses[0].severity == 1)
    }

    @Test("(c) military threat answered by sanctions only: partially-enforced")
    func militaryAnsweredBySanctions() throws {
        // L8: Trump's 52 sites; Iranian missiles on Ain al-Asad; sanctions, no strike.
        let documents = [
            F.doc("a08", "2020-01-05", lines: [
                F.line("USA", trigger: ["IRN"], action: .assault, "Iran strikes any Americans or American assets",
                       addressee: ["IRN"], date: "2020-01-04"),
            ]),
            F.doc("a09", "2020-01-11", events: [
                F.event(.assault, ["IRN"], ["USA", "IRQ"], "2020-01-08",
                        "Iranian missiles struck Ain al-Asad air base, which hosts American troops."),
                F.event(.sanction, ["USA"], ["IRN"], "2020-01-10", "The United States imposed new sanctions on Iran."),
            ]),
        ]
        let line = try #require(F.link(documents, today: "2020-06-01").first)
        #expect(line.status == .partiallyEnforced)
        #expect(line.crossings.count == 1)
        #expect(line.responses.map(\.type) == [.sanction])
    }

    @Test("a threatened display of force is enforced by a display (L2, Pelosi and the drills)")
    func displayForDisplay() throws {
        let documents = [
            F.doc("a17", "2022-08-01", lines: [
                F.line("CHN", trigger: ["USA"], action: .consult, "Pelosi visits Taiwan", severity: 3,
                       addressee: ["USA"], date: "2022-08-01"),
            ], events: [
                F.event(.consult, ["USA"], ["JPN"], "2022-08-01", "The U.S. envoy met Japanese officials in Tokyo."),
            ]),
            F.doc("a18", "2022-08-03", events: [
                F.event(.consult, ["USA"], ["TWN"], "2022-08-02", "Pelosi landed in Taipei for a visit to Taiwan.", mode: "visit"),
                F.event(.mobilize, ["CHN"], ["TWN", "USA"], "2022-08-04", "The PLA began live-fire drills around Taiwan."),
            ]),
        ]
        let line = try #require(F.link(documents, today: "2022-09-01").first)
        #expect(line.status == .enforced)
        // The meeting in Tokyo is a U.S. CONSULT too, but says nothing of the trigger.
        #expect(line.crossings.map(\.document) == ["a18"])
    }

    @Test("(d) never crossed: declared, however long restated")
    func declared() throws {
        // L1: the Anti-Secession Law and twenty years of restatements; Lai does not declare independence.
        let documents = [
            F.doc("a01", "2005-03-14", lines: [
                F.line("CHN", trigger: ["TWN"], action: nil, "Taiwan independence forces bring about secession",
                       severity: 5, addressee: ["TWN"], date: "2005-03-14"),
            ]),
            F.doc("a21", "2024-05-24", lines: [
                F.line("CHN", trigger: ["TWN"], action: nil, "Taiwan independence means war", severity: 5,
                       addressee: ["TWN"], date: "2024-05-23"),
            ], events: [
                F.event(.mobilize, ["CHN"], ["TWN"], "2024-05-23", "The PLA began the Joint Sword-2024A drills around Taiwan."),
                F.event(.reject, ["TWN"], ["CHN"], "2024-05-20", "Lai did not declare independence in his inaugural speech.",
                        negated: true),
                F.event(.consult, ["TWN"], ["USA"], "2024-05-21", "Taiwan's foreign minister met American lawmakers."),
            ]),
        ]
        let lines = F.link(documents, today: "2024-06-01")
        #expect(lines.count == 1)
        #expect(lines.first?.status == .declared)
        #expect(lines.first?.statements.count == 2)
        #expect(lines.first?.crossings.isEmpty == true)
        #expect(lines.first?.consequence.severity == 5)
    }

    @Test("(f) a crossing claim counts as a crossing of the declarer's line")
    func claimCrosses() throws {
        let documents = [
            F.doc("d1", "2022-04-14", lines: [
                F.line("RUS", trigger: ["NATO"], action: .mobilize, "NATO deploys forces to the Baltic",
                       addressee: ["NATO"], date: "2022-04-14"),
            ]),
            F.doc("d2", "2022-06-01", claims: [
                F.claim(crosser: ["NATO"], lineOf: "RUS", "NATO forces in the Baltic", date: nil,
                        evidence: "Analysts say NATO has already crossed Moscow's red line in the Baltic."),
                // Not about Russia's line.
                F.claim(crosser: ["CHN"], lineOf: "USA", nil, date: nil, evidence: "Beijing crossed Washington's line."),
            ]),
        ]
        let line = try #require(F.link(documents, today: "2022-06-10").first)
        #expect(line.status == .crossed)
        #expect(line.crossings.count == 1)
        #expect(line.crossings[0].kind == .claim)
        #expect(line.crossings[0].type == nil)
        #expect(line.crossings[0].date == F.day("2022-06-01"))
        #expect(F.link(documents, today: "2022-12-01").first?.status == .notEnforced)
    }

    @Test("(g) an alliance member's act crosses a line drawn against the alliance, from its accession on")
    func allianceMember() throws {
        let line = F.line("RUS", trigger: ["NATO"], action: .mobilize, "NATO troops deployed on Finnish soil",
                          addressee: ["NATO", "FIN"], date: "2022-05-12")
        let documents = [
            F.doc("d1", "2022-05-13", lines: [line]),
            F.doc("d2", "2022-06-01", events: [
                // Finland is not yet in NATO: its own exercise on its soil is not the alliance's.
                F.event(.mobilize, ["FIN"], ["RUS"], "2022-05-30", "Finnish troops deployed near the border on Finnish soil."),
            ]),
        ]
        #expect(F.link(documents, today: "2022-06-10").first?.status == .declared)

        let withPoland = documents + [
            F.doc("d3", "2022-06-05", events: [
                F.event(.mobilize, ["POL"], ["FIN"], "2022-06-04", "Poland deployed troops on Finnish soil for an exercise."),
            ]),
        ]
        let crossed = try #require(F.link(withPoland, today: "2022-06-10").first)
        #expect(crossed.status == .crossed)
        #expect(crossed.crossings.map(\.document) == ["d3"])
        #expect(crossed.crossings[0].confidence < 1)

        let afterAccession = documents + [
            F.doc("d4", "2023-05-02", events: [
                F.event(.mobilize, ["FIN"], ["RUS"], "2023-05-01", "Finland deployed NATO troops on Finnish soil."),
            ]),
        ]
        #expect(F.link(afterAccession, today: "2023-05-10").first?.crossings.map(\.document) == ["d4"])
    }

    @Test("(h) events before the declaration, negated, hypothetical or future ones do not cross")
    func notCrossings() throws {
        let documents = [
            F.doc("d1", "2022-03-12", lines: [
                F.line("RUS", trigger: ["USA"], action: .aid, "weapons deliveries to Ukraine", date: "2022-03-12"),
            ], events: [
                F.event(.aid, ["USA"], ["UKR"], "2022-03-11", "The day before, the U.S. sent weapons deliveries to Ukraine."),
                F.event(.aid, ["USA"], ["UKR"], "2022-03-14", "The U.S. has not sent weapons to Ukraine.", negated: true),
                F.event(.aid, ["USA"], ["UKR"], "2022-03-15", "If the U.S. sent weapons to Ukraine...", hypothetical: true),
                F.event(.aid, ["USA"], ["UKR"], "2022-03-20", "The U.S. will send weapons to Ukraine next week.", future: true),
                F.event(.aid, ["RUS"], ["UKR"], "2022-03-21", "Russia sent weapons deliveries to Ukraine's separatists."),
            ]),
        ]
        let line = try #require(F.link(documents, today: "2022-04-01").first)
        #expect(line.status == .declared)
        #expect(line.crossings.isEmpty)

        // On the day of the declaration counts; a month-dated event straddling it counts with less confidence.
        let sameDay = documents + [F.doc("d2", "2022-04-01", events: [
            F.event(.aid, ["USA"], ["UKR"], "2022-03-12", "That same day the U.S. sent weapons to Ukraine."),
            F.event(.aid, ["USA"], ["UKR"], "2022-03-01", "In March the U.S. sent more weapons deliveries to Ukraine.",
                    precision: .month),
        ])]
        let crossed = try #require(F.link(sameDay, today: "2022-04-01").first)
        #expect(crossed.crossings.count == 2)
        let byDate = Dictionary(uniqueKeysWithValues: crossed.crossings.map { ($0.date!, $0.confidence) })
        #expect(byDate[F.day("2022-03-01")]! < byDate[F.day("2022-03-12")]!)
    }

    @Test("records dated after today are not seen")
    func asOfToday() throws {
        let replay = F.link(LinkerEnforcementTests.convoys, today: "2022-04-01")
        #expect(replay.count == 1)
        #expect(replay[0].statements.count == 1)
        #expect(replay[0].status == .declared)
    }
}
