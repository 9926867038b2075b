import RedlineAnalysis
import RedlineCore
import Testing

@Suite("Linker: which statements are one line, and stable ids")
struct LinkerIdentityTests {
    static var all: [DocumentRecords] {
        LinkerEnforcementTests.convoys + LinkerEnforcementTests.syria
            + LinkerWithdrawalTests.hostages(withdrawal: "Trump said he would leave it to Israel.", on: "2025-02-15")
    }

    @Test("(l) ids and lines do not depend on document order, and relinking gives the same result")
    func stableIDs() throws {
        let lines = F.link(Self.all, today: "2025-06-01")
        #expect(lines.count == 3)
        #expect(Set(lines.map(\.id)).count == 3)
        #expect(lines.allSatisfy { $0.id.hasPrefix("rl-") })
        #expect(F.link(Self.all, today: "2025-06-01") == lines)
        #expect(F.link(Self.all.reversed(), today: "2025-06-01") == lines)
        var rotated = Self.all
        rotated.append(contentsOf: rotated.prefix(3))
        rotated.removeFirst(3)
        #expect(F.link(rotated, today: "2025-06-01") == lines)
        // Nor on the order of records inside a document (a store may return them in any order).
        let shuffled = Self.all.map { d in
            DocumentRecords(id: d.id, source: d.source, published: d.published, redLines: d.redLines.reversed(),
                            events: d.events.reversed(), claims: d.claims.reversed())
        }
        #expect(F.link(shuffled, today: "2025-06-01") == lines)
        // The same document twice is one document.
        #expect(F.link(Self.all + Self.all.prefix(2), today: "2025-06-01") == lines)
        // Link ids name their records.
        let convoys = try #require(lines.first { $0.declarer.code == "RUS" })
        #expect(convoys.statements[0].id == "a13@0-80")
        #expect(convoys.crossings[0].id == "a14@100-180/AID")
    }

    @Test("ids survive records added later in time")
    func idsSurviveGrowth() throws {
        let before = F.link(Array(LinkerEnforcementTests.convoys.prefix(1)), today: "2022-06-01")
        let after = F.link(LinkerEnforcementTests.convoys, today: "2022-06-01")
        #expect(before.map(\.id) == after.map(\.id))
    }

    @Test("one declarer's different lines stay apart: Ukraine in NATO (2021) and Finland and Sweden (2022)")
    func differentLines() throws {
        let documents = [
            F.doc("a10", "2021-12-18", lines: [
                F.line("RUS", trigger: ["NATO"], action: .agree, "NATO admits Ukraine", addressee: ["NATO", "USA"],
                       date: "2021-12-17", explicit: true),
            ]),
            F.doc("a16", "2022-05-13", lines: [
                F.line("RUS", trigger: ["NATO", "FIN", "SWE"], action: .agree, "Finland or Sweden join NATO",
                       severity: 3, addressee: ["FIN", "SWE"], date: "2022-05-12"),
            ]),
            F.doc("a22", "2024-06-15", lines: [
                F.line("RUS", trigger: ["NATO", "UKR"], action: .agree, "Ukraine's membership of NATO",
                       addressee: ["UKR"], date: "2024-06-14"),
            ]),
            F.doc("a20", "2024-03-08", events: [
                F.event(.agree, ["NATO"], ["SWE"], "2024-03-07", "Sweden joined NATO, completing its accession."),
            ]),
        ]
        let lines = F.link(documents, today: "2024-07-01")
        #expect(lines.count == 2)
        let ukraine = try #require(lines.first { $0.statements.contains { $0.document == "a10" } })
        let nordics = try #require(lines.first { $0.statements.contains { $0.document == "a16" } })
        #expect(ukraine.statements.map(\.document) == ["a10", "a22"])
        #expect(ukraine.status == .declared)
        #expect(nordics.status == .notEnforced)
        // The other declarer's line of the same words is its own.
        let mirrored = documents + [F.doc("b1", "2022-01-01", lines: [
            F.line("USA", trigger: ["NATO"], action: .agree, "NATO admits Ukraine", date: "2022-01-01"),
        ])]
        #expect(F.link(mirrored, today: "2024-07-01").count == 3)
    }

    @Test("statements without a declarer code are not tracked")
    func noDeclarer() {
        var line = F.line("RUS", trigger: ["USA"], action: .aid, "weapons", date: "2022-01-01")
        line.declarer = ActorRef(code: nil, name: "an analyst")
        #expect(F.link([F.doc("d", "2022-01-01", lines: [line])], today: "2022-02-01").isEmpty)
    }
}
