import RedlineAnalysis
import RedlineCore
import Testing

/// Who answers for an act, and what an act answers: a line addressed to a state crossed by a group
/// the text says that state backs (Samples/README.md, L6: Trump's warning to Iran, the embassy set
/// on fire again by the supporters of an Iran-backed militia, and the strike that killed
/// Soleimani); an act told as what prompted a warning; sanctions that answer the declarer's own act.
@Suite("Linker: who answers for an act, and what it answers")
struct LinkerProxyTests {
    static func proxyAct(backer: String?, date: String = "2020-01-01") -> Event {
        var arson = F.event(.assault, ["IRQ"], ["USA"], date,
                            "The reception building was set on fire again by protesters on Wednesday.", mode: "destroy")
        arson.actor[0].sector = "CVL"
        arson.actor[0].backer = backer
        return arson
    }

    static func history(backer: String?, answer: Bool = true) -> [DocumentRecords] {
        var documents = [
            F.doc("w1", "2020-01-01", lines: [
                F.line("USA", trigger: [], action: nil, "any further harm to Americans or their facilities",
                       consequence: .unspecified, severity: nil, addressee: ["IRN"], date: "2019-12-31",
                       evidence: "Trump warned Iran that any further harm to Americans or their facilities would bring a big price."),
            ], events: [Self.proxyAct(backer: backer)]),
        ]
        if answer {
            documents.append(F.doc("w2", "2020-01-05", events: [
                F.event(.assault, ["USA"], ["IRN"], "2020-01-03",
                        "A U.S. drone strike near Baghdad airport killed the commander of Iran's Quds Force."),
            ]))
        }
        return documents
    }

    @Test("an act by a group the addressee backs crosses the line; a strike on the backer enforces it")
    func proxyCrossesAndBackerPays() throws {
        let line = try #require(F.link(Self.history(backer: "IRN"), today: "2026-11-22").first)
        #expect(line.crossings.map(\.date) == [F.day("2020-01-01")])
        // Less sure than an act by Iran itself would be.
        let crossing = try #require(line.crossings.first)
        #expect(crossing.confidence >= 0.5 && crossing.confidence < 0.7)
        // The crosser is the group, shown with the state behind it.
        #expect(crossing.actor.map(\.code) == ["IRQ"])
        #expect(crossing.actor.map(\.label) == ["IRQ (backed by IRN)"])
        #expect(line.responses.map(\.date) == [F.day("2020-01-03")])
        #expect(line.status == .enforced)
    }

    @Test("the same act by a group with no backer named crosses nothing")
    func unbackedGroupIsNoCrosser() throws {
        let line = try #require(F.link(Self.history(backer: nil), today: "2026-11-22").first)
        #expect(line.crossings.isEmpty)
        #expect(line.status == .declared)
    }

    @Test("a group backed by someone else is not the addressee's proxy")
    func otherBackerIsNoCrosser() throws {
        let line = try #require(F.link(Self.history(backer: "SYR"), today: "2026-11-22").first)
        #expect(line.crossings.isEmpty)
    }

    @Test("crossed by a proxy and never answered: not-enforced once the window has run")
    func proxyUnanswered() throws {
        let line = try #require(F.link(Self.history(backer: "IRN", answer: false), today: "2026-11-22").first)
        #expect(line.crossings.count == 1)
        #expect(line.status == .notEnforced)
        #expect(F.link(Self.history(backer: "IRN", answer: false), today: "2020-01-20").first?.status == .crossed)
    }

    @Test("an act the statement's own sentence gives as what prompted it came before it, and crosses nothing")
    func promptingActIsNoCrossing() throws {
        let sentence = "Trump warned Iran that it would be held fully responsible for any damage done at American facilities, "
            + "after supporters of an Iran-backed militia forced their way into the embassy compound."
        var warning = F.line("USA", trigger: ["IRN"], action: nil, "any damage done at American facilities",
                             consequence: .unspecified, severity: nil, addressee: ["IRN"], date: "2019-12-31", evidence: sentence)
        warning.consequence.text = "would be held fully responsible"
        var storming = Self.proxyAct(backer: "IRN", date: "2019-12-31")
        storming.evidence = sentence
        storming.trigger = "forced"
        let (lines, events) = LinkerPartiesTests.inSentence(0, [warning], [storming])
        let documents = [DocumentRecords(id: "p1", source: "s", published: F.day("2020-01-01"), redLines: lines, events: events)]
        let line = try #require(F.link(documents, today: "2026-11-22").first)
        #expect(line.crossings.isEmpty)
        // The same act told as what came of the warning does cross it.
        var later = storming
        later.evidence = "Trump warned Iran that it would be held fully responsible for any damage done at American facilities, "
            + "and supporters of an Iran-backed militia then forced their way into the embassy compound."
        let (_, laterEvents) = LinkerPartiesTests.inSentence(0, [], [later])
        let after = [DocumentRecords(id: "p1", source: "s", published: F.day("2020-01-01"),
                                     redLines: LinkerPartiesTests.inSentence(0, [{ var w = warning; w.evidence = later.evidence; return w }()]).0,
                                     events: laterEvents)]
        #expect(F.link(after, today: "2026-11-22").first?.crossings.count == 1)
    }

    /// Two lines of December 2021: Washington's on an invasion, Moscow's on the West's "aggressive
    /// course"; then the invasion and Washington's sanctions.
    static func answers() -> [DocumentRecords] {
        let moscow = "Putin threatened military-technical retaliation if the West kept up its aggressive course."
        return [
            F.doc("a1", "2021-12-22", lines: [
                F.line("USA", trigger: ["RUS"], action: .assault, "Russia invades Ukraine", consequence: .economic,
                       severity: nil, date: "2021-12-07"),
                F.line("RUS", trigger: ["WST"], action: nil, "the West kept up its aggressive course",
                       consequence: .military, date: "2021-12-21", evidence: moscow),
            ]),
            F.doc("a2", "2022-02-27", events: [
                F.event(.assault, ["RUS"], ["UKR"], "2022-02-24", "Russian forces invaded Ukraine from three sides."),
                F.event(.sanction, ["USA"], ["RUS"], "2022-02-25", "Washington imposed sanctions on Russia's largest banks."),
            ]),
        ]
    }

    @Test("sanctions answering the declarer's own invasion do not cross its line against 'aggression'")
    func answersAreNoProvocation() throws {
        let lines = F.link(Self.answers(), today: "2026-11-22")
        let washington = try #require(lines.first { $0.declarer.code == "USA" })
        #expect(washington.responses.map(\.type) == [.sanction])
        #expect(washington.status == .enforced)
        let moscow = try #require(lines.first { $0.declarer.code == "RUS" })
        #expect(moscow.crossings.isEmpty)
        #expect(moscow.status == .declared)
    }
}
