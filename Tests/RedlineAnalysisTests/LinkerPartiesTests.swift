import RedlineAnalysis
import RedlineCore
import Testing

/// Who an event is done by and to, against a trigger that names both the doer and what is done to
/// (Samples/README.md, L11 and L2, as the extractor codes them).
@Suite("Linker: the parties of a trigger")
struct LinkerPartiesTests {
    /// Puts records in one sentence, as the extractor codes a sentence's statement and its events.
    static func inSentence(_ n: Int, _ lines: [RedLine] = [], _ events: [Event] = []) -> ([RedLine], [Event]) {
        (lines.map { var l = $0; l.sentence = n; l.span = ScalarSpan(n * 100, n * 100 + 80); return l },
         events.map { var e = $0; e.sentence = n; e.span = ScalarSpan(n * 100, n * 100 + 80); return e })
    }

    static func named(_ event: Event, actor: String? = nil, recipient: String? = nil, trigger: String? = nil) -> Event {
        var event = event
        if let actor { event.actor[0].text = actor }
        if let recipient { event.recipient[0].text = recipient }
        event.trigger = trigger
        return event
    }

    /// L11: Moscow's warning over Finland, in the sentence that also codes the (hypothetical) act;
    /// the accession article, where "it" is Finland and Sweden's accession shares a sentence with a
    /// recap of the warning.
    static func nordics(medvedev: Bool = false) -> [DocumentRecords] {
        let warning = "Moscow said it would have to hit back should Finland join NATO, as Helsinki moved to apply."
        let (lines, events) = inSentence(0, [
            F.line("RUS", trigger: ["FIN", "NATO"], action: .agree, "Finland join NATO", severity: 3,
                   date: "2022-05-12", evidence: warning),
        ], [
            named(F.event(.agree, ["FIN"], ["NATO"], "2022-05-12", warning, hypothetical: true),
                  actor: "Finland", recipient: "NATO", trigger: "join"),
        ])
        var recap: [RedLine] = []
        if medvedev {
            recap = inSentence(1, [
                F.line("RUS", trigger: ["SWE", "FIN", "NATO"], action: .agree, "Sweden and Finland joined", severity: 3,
                       date: "2022-04-14",
                       evidence: "In April a former president wrote that if Sweden and Finland joined, Moscow would arm the Baltic."),
            ]).0
        }
        let accession = "Sweden entered NATO on Thursday, a step Moscow had said would draw a military answer, which has not come."
        let (recapLines, swedish) = inSentence(0, [
            F.line("RUS", trigger: [], action: .threaten, "Moscow had said would draw a military answer",
                   consequence: .military, date: "2024-03-07", evidence: accession),
        ], [
            named(F.event(.agree, ["SWE"], ["NATO"], "2024-03-07", accession), actor: "Sweden", recipient: "NATO",
                  trigger: "entered"),
        ])
        let (_, finnish) = inSentence(1, [], [
            named(F.event(.agree, ["FIN"], ["NATO"], "2023-04-04",
                          "On 4 April 2023 it became the bloc's thirty-first member, lengthening the border with Russia."),
                  actor: "it", recipient: "the bloc", trigger: "became"),
        ])
        return [
            DocumentRecords(id: "n1", source: "s", published: F.day("2022-05-13"), redLines: lines + recap, events: events),
            DocumentRecords(id: "n2", source: "s", published: F.day("2024-03-08"), redLines: recapLines,
                            events: swedish + finnish),
        ]
    }

    @Test("an accession coded from a pronoun crosses the line naming the state; no answer: not-enforced")
    func finlandByPronoun() throws {
        let documents = Self.nordics()
        let finland = try #require(F.link(documents, today: "2026-11-22").first { $0.trigger.text == "Finland join NATO" })
        // "it" and "the bloc" name neither Finland nor NATO; the event's parties do.
        #expect(finland.crossings.map(\.date) == [F.day("2023-04-04")])
        #expect(finland.crossings.allSatisfy { $0.confidence >= 0.5 })
        #expect(finland.responses.isEmpty)
        #expect(finland.status == .notEnforced)
        #expect(F.link(documents, today: "2023-05-01").first { $0.trigger.text == "Finland join NATO" }?.status == .crossed)
        // Sweden's accession is not Finland's, though Sweden is a member of NATO that day.
        #expect(!finland.crossings.contains { $0.date == F.day("2024-03-07") })
    }

    @Test("a statement naming Sweden too is crossed by Sweden's accession, reported beside a recap of the warning")
    func swedenWhenNamed() throws {
        let lines = F.link(Self.nordics(medvedev: true), today: "2026-11-22")
        let line = try #require(lines.first { $0.statements.contains { $0.document == "n1" } })
        #expect(line.statements.filter { $0.document == "n1" }.count == 2)
        #expect(line.crossings.map(\.date) == [F.day("2023-04-04"), F.day("2024-03-07")])
        #expect(line.status == .notEnforced)
    }

    @Test("the alliance admitting someone else does not meet a trigger whose object is a named state")
    func otherMember() throws {
        let documents = [
            F.doc("u1", "2021-12-18", lines: [
                F.line("RUS", trigger: ["NATO", "UKR"], action: .agree, "NATO admits Ukraine", date: "2021-12-17"),
            ], events: [
                Self.named(F.event(.consult, ["UKR"], ["NATO"], "2021-12-16", "Ukraine asked the alliance for a plan."),
                           actor: "Ukraine", recipient: "the alliance"),
            ]),
            F.doc("u2", "2024-03-08", events: [
                Self.named(F.event(.agree, ["NATO"], ["SWE"], "2024-03-07", "The bloc took in its thirty-second member."),
                           actor: "The bloc", recipient: "its thirty-second member"),
            ]),
        ]
        #expect(F.link(documents, today: "2025-01-01").first?.crossings.isEmpty == true)
        let admitted = documents + [F.doc("u3", "2025-03-01", events: [
            Self.named(F.event(.agree, ["NATO"], ["UKR"], "2025-02-27", "The bloc took in Kyiv as a member."),
                       actor: "The bloc", recipient: "Kyiv"),
        ])]
        #expect(F.link(admitted, today: "2025-06-01").first?.crossings.map(\.date) == [F.day("2025-02-27")])
    }

    /// L2 with what surrounds it: a generic sentence about such visits, and, two years on, U.S. and
    /// British ministers visiting Kyiv in a sentence that mentions the White House.
    static let pelosi: [DocumentRecords] = [
        F.doc("t1", "2022-08-01", lines: [
            F.line("CHN", trigger: ["USA", "TWN"], action: .consult, "U.S. House Speaker Nancy Pelosi visited Taiwan",
                   severity: 3, date: "2022-08-01"),
        ], events: [
            Self.named(F.event(.consult, ["USA"], [], "2022-08-01",
                               "Beijing counts Taiwan as its own and sees visits by senior U.S. officials as backing for the island's independence.",
                               mode: "visit", precision: .week),
                       actor: "U.S. officials", trigger: "visits"),
        ]),
        F.doc("t2", "2024-09-12", events: [
            Self.named(F.event(.consult, ["USA", "GBR"], ["UKR"], "2024-09-11",
                               "The two foreign ministers travelled to Kyiv on Wednesday before talks at the White House on Friday.",
                               mode: "visit"),
                       recipient: "Kyiv", trigger: "travelled"),
        ]),
    ]

    @Test("a visit elsewhere, or talk of such visits, does not cross a line on a visit to Taiwan")
    func visitElsewhere() throws {
        let line = try #require(F.link(Self.pelosi, today: "2024-12-01").first)
        #expect(line.crossings.isEmpty)
        #expect(line.status == .declared)
        // With every word of the trigger known as a name of its actors, a U.S. visit to no one
        // named is still not between the United States and Taiwan.
        let names = Self.pelosi + [F.doc("t4", "2025-02-16", events: [
            Self.named(F.event(.sanction, ["CHN"], ["USA"], "2022-08-05", "Beijing put sanctions on the Speaker."),
                       actor: "China", recipient: "U.S. House Speaker Nancy Pelosi"),
            Self.named(F.event(.reject, ["TWN"], ["CHN"], "2022-08-03", "Taipei rejected the claims of the mainland."),
                       actor: "Taiwan", recipient: "the mainland"),
            Self.named(F.event(.consult, ["USA"], [], "2025-02-15", "On his first trip to the region in the post, he landed on Saturday.",
                               mode: "visit"),
                       actor: "his", trigger: "trip"),
        ])]
        #expect(F.link(names, today: "2025-06-01").first?.crossings.isEmpty == true)
        let visit = Self.pelosi + [F.doc("t3", "2022-08-03", events: [
            Self.named(F.event(.consult, ["USA"], ["TWN"], "2022-08-02", "The Speaker landed in Taipei for her visit to Taiwan.",
                               mode: "visit"),
                       recipient: "Taipei", trigger: "visit"),
        ])]
        let crossed = try #require(F.link(visit, today: "2024-12-01").first)
        #expect(crossed.crossings.map(\.document) == ["t3"])
    }

    @Test("a response comes after the crossing it answers and is aimed at a party of the line")
    func responseOrderAndTarget() throws {
        let documents = [
            F.doc("w1", "2022-04-26", lines: [
                F.line("RUS", trigger: ["WST", "UKR"], action: .aid, "Western arms sent to Ukraine", date: "2022-04-25"),
            ]),
            F.doc("w2", "2022-05-20", events: [
                F.event(.aid, ["USA"], ["UKR"], "2022-05-10", "Washington sent more arms to Ukraine."),
                // Before the crossing: not an answer to it.
                F.event(.assault, ["RUS"], ["UKR"], "2022-05-02", "Russian shells hit a town in the east."),
                // After it, but against a state the line does not name.
                F.event(.assault, ["RUS"], ["GEO"], "2022-05-12", "Russian jets hit a village in Georgia."),
                F.event(.assault, ["RUS"], ["UKR"], "2022-05-14", "Russian missiles hit a depot holding the new arms."),
            ]),
        ]
        let line = try #require(F.link(documents, today: "2022-06-01").first)
        #expect(line.crossings.map(\.date) == [F.day("2022-05-10")])
        #expect(line.responses.map(\.date) == [F.day("2022-05-14")])
    }

    @Test("an act with no date of its own, told as the reason for another, answers no crossing")
    func undatedBackgroundIsNoResponse() throws {
        let documents = [
            F.doc("u1", "2022-04-26", lines: [
                F.line("RUS", trigger: ["WST", "UKR"], action: .aid, "Western arms sent to Ukraine", date: "2022-04-25"),
            ]),
            F.doc("u2", "2022-05-11", events: [
                F.event(.aid, ["USA"], ["UKR"], "2022-05-10", "Washington sent more arms to Ukraine."),
            ]),
            F.doc("u3", "2022-05-20", events: [
                F.event(.assault, ["RUS"], ["UKR"], nil, "Kyiv's raid was revenge for the shelling of its border towns by Russia."),
            ]),
        ]
        let line = try #require(F.link(documents, today: "2022-06-01").first)
        #expect(line.crossings.map(\.date) == [F.day("2022-05-10")])
        #expect(line.responses.isEmpty)
    }

    @Test("an act an article dates only by its week of publication happened by then, not after a later crossing")
    func reportedBeforeCrossing() throws {
        let documents = [
            F.doc("r1", "2022-04-26", lines: [
                F.line("RUS", trigger: ["USA"], action: .aid, "American arms sent to Ukraine", date: "2022-04-25"),
            ]),
            F.doc("r2", "2022-05-09", events: [
                F.event(.assault, ["RUS"], ["USA"], "2022-05-09", "Moscow hit a depot run by Americans in retaliation.",
                        precision: .week),
            ]),
            F.doc("r3", "2022-05-11", events: [
                F.event(.aid, ["USA"], ["UKR"], "2022-05-10", "Washington sent more arms to Ukraine."),
            ]),
        ]
        let line = try #require(F.link(documents, today: "2022-06-01").first)
        #expect(line.crossings.map(\.date) == [F.day("2022-05-10")])
        #expect(line.responses.isEmpty)
        #expect(line.status == .crossed)
    }

    /// L4 as the EU stated it: no aggressor named, only the victim.
    static func aggression(against victim: String) -> [DocumentRecords] {
        let name = victim == "UKR" ? "Ukraine" : "Georgia"
        return [
            F.doc("v1", "2021-12-17", lines: [
                F.line("EU", trigger: [], action: nil, "any further aggression against Ukraine", consequence: .economic,
                       severity: nil, date: "2021-12-16",
                       evidence: "EU leaders said any further aggression against Ukraine would bring massive consequences."),
            ]),
            F.doc("v2", "2022-02-27", events: [
                named(F.event(.assault, ["RUS"], [victim], "2022-02-24", "Russian forces invaded \(name) from three sides."),
                      actor: "Russian forces", recipient: name),
                F.event(.sanction, ["EU"], ["RUS"], "2022-02-25", "The EU froze the assets of the Russian president in Europe."),
            ]),
        ]
    }

    @Test("a trigger naming only whom it protects is crossed by whoever attacks it, and answered against the attacker")
    func victimNamedOnly() throws {
        let line = try #require(F.link(Self.aggression(against: "UKR"), today: "2026-11-22").first)
        #expect(line.crossings.map(\.date) == [F.day("2022-02-24")])
        #expect(line.crossings.first?.actor.map(\.code) == ["RUS"])
        #expect(line.responses.map(\.type) == [.sanction])
        #expect(line.status == .enforced)
        // An attack on someone else is not it.
        let other = try #require(F.link(Self.aggression(against: "GEO"), today: "2026-11-22").first)
        #expect(other.crossings.isEmpty)
        #expect(other.status == .declared)
    }

    /// L4 as a recap tells it: the West "had warned for two months" that an invasion would bring
    /// massive consequences, in the article that reports the invasion and the sanctions.
    static func recap(warnedFor: String) -> [DocumentRecords] {
        let evidence = "Western leaders had warned\(warnedFor) that an invasion would bring massive consequences."
        return [
            F.doc("i1", "2022-02-27", lines: [
                F.line("WST", trigger: [], action: .assault, "an invasion", consequence: .economic, severity: nil,
                       date: "2022-02-27", evidence: evidence),
            ], events: [
                named(F.event(.assault, ["RUS"], ["UKR"], "2022-02-24", "On 24 February Russian forces invaded Ukraine."),
                      actor: "Russian forces", recipient: "Ukraine"),
                F.event(.sanction, ["USA"], ["RUS"], "2022-02-25", "Washington imposed sanctions on Russian banks."),
            ]),
        ].map { document in
            var document = document
            document.redLines[0].datePrecision = .week
            return document
        }
    }

    @Test("a recap 'had warned for two months' stood before the invasion its article reports, and is enforced by sanctions")
    func perfectRecap() throws {
        let line = try #require(F.link(Self.recap(warnedFor: " for two months"), today: "2026-11-22").first)
        #expect(line.firstDeclared == F.day("2021-12-29"))
        #expect(line.crossings.map(\.date) == [F.day("2022-02-24")])
        #expect(line.status == .enforced)
        // Without the duration the warning is dated by its article, after the invasion.
        let undated = try #require(F.link(Self.recap(warnedFor: ""), today: "2026-11-22").first)
        #expect(undated.crossings.isEmpty)
    }
}
