import RedlineAnalysis
import RedlineCore
import Testing

@Suite("Linker: withdrawals")
struct LinkerWithdrawalTests {
    /// L13: Trump's Saturday-noon ultimatum to Hamas; the deadline passes; he leaves it to Israel.
    static func hostages(withdrawal: String, on date: String) -> [DocumentRecords] {
        [
            F.doc("a25", "2025-02-11", lines: [
                F.line("USA", trigger: ["PSE"], action: nil, "Hamas does not release all the hostages by Saturday noon",
                       addressee: ["PSE"], date: "2025-02-10"),
            ]),
            F.doc("a26", "2025-02-16", lines: [
                F.line("USA", trigger: ["PSE"], action: nil, "Hamas does not release all the hostages by the deadline",
                       addressee: ["PSE"], date: date, evidence: withdrawal),
            ], claims: [
                F.claim(crosser: ["PSE"], lineOf: "USA", "release all the hostages by Saturday noon", date: "2025-02-15",
                        evidence: "The noon deadline passed with most of the hostages still held by Hamas."),
            ]),
        ]
    }

    @Test("(e) the declarer leaves it to another on the day the deadline passes: withdrawn")
    func leftToIsrael() throws {
        let documents = Self.hostages(
            withdrawal: "Trump said he would leave it to Israel to decide what to do about the deadline.", on: "2025-02-15")
        let line = try #require(F.link(documents, today: "2025-06-01").first)
        #expect(line.statements.count == 2)
        #expect(line.crossings.map(\.kind) == [.claim])
        #expect(line.status == .withdrawn)
    }

    @Test("(e) a retraction before any crossing: withdrawn; a later restatement revives the line")
    func retractedThenRestated() throws {
        let documents = [
            F.doc("d1", "2021-03-01", lines: [
                F.line("RUS", trigger: ["UKR"], action: .mobilize, "Ukrainian troops massing in Donbas", date: "2021-03-01"),
            ]),
            F.doc("d2", "2021-05-01", lines: [
                F.line("RUS", trigger: ["UKR"], action: .mobilize, "Ukrainian troops in Donbas", date: "2021-04-30",
                       evidence: "Moscow said Ukrainian troops in Donbas were no longer a red line for it."),
            ]),
        ]
        #expect(F.link(documents, today: "2021-06-01").first?.status == .withdrawn)

        let restated = documents + [F.doc("d3", "2021-07-02", lines: [
            F.line("RUS", trigger: ["UKR"], action: .mobilize, "Ukrainian troops massing in Donbas", date: "2021-07-01"),
        ])]
        let line = try #require(F.link(restated, today: "2021-08-01").first)
        #expect(line.statements.count == 3)
        #expect(line.status == .declared)
    }

    @Test("a RETREAT of the declarer on the line's subject withdraws it")
    func retreatEvent() throws {
        let documents = [
            F.doc("d1", "2019-01-01", lines: [
                F.line("USA", trigger: ["TUR"], action: .cooperate, "Turkey buying Russian S-400 missiles",
                       consequence: .economic, addressee: ["TUR"], date: "2019-01-01"),
            ]),
            F.doc("d2", "2019-02-01", events: [
                F.event(.retreat, ["USA"], ["TUR"], "2019-02-01",
                        "Washington dropped its objection to Turkey buying the S-400 missiles."),
            ]),
        ]
        #expect(F.link(documents, today: "2019-03-01").first?.status == .withdrawn)
    }

    @Test("disowning the line two weeks after it was crossed is not a withdrawal: not-enforced (L10)")
    func redrawnAfterCrossing() throws {
        var documents = LinkerEnforcementTests.syria
        documents.append(F.doc("a04b", "2013-09-15", lines: [
            F.line("USA", trigger: ["SYR"], action: .assault, "the Syrian government using chemical weapons",
                   date: "2013-09-04", evidence: "I didn't set a red line. The world set a red line."),
        ]))
        let line = try #require(F.link(documents, today: "2014-01-01").first)
        #expect(line.statements.count == 2)
        #expect(line.status == .notEnforced)
    }

    @Test("withdrawal wording: retreats, denials, and what is not one")
    func wording() throws {
        func status(_ evidence: String) -> LineStatus? {
            let documents = [
                F.doc("d1", "2020-01-01", lines: [
                    F.line("RUS", trigger: ["UKR"], action: .agree, "Ukraine joining NATO", date: "2020-01-01"),
                ]),
                F.doc("d2", "2020-02-01", lines: [
                    F.line("RUS", trigger: ["UKR"], action: .agree, "Ukraine joining NATO", date: "2020-02-01",
                           evidence: evidence),
                ]),
            ]
            return F.link(documents, today: "2020-03-01").first?.status
        }
        #expect(status("Moscow appeared to back away from its warning over Ukraine joining NATO.") == .withdrawn)
        #expect(status("The Kremlin walked back the threat over Ukraine joining NATO.") == .withdrawn)
        #expect(status("Putin said he had never set a red line on Ukraine joining NATO.") == .withdrawn)
        #expect(status("Russia has dropped its demand that Ukraine stay out of NATO.") == .withdrawn)
        #expect(status("Russia will not back away from its warning over Ukraine joining NATO.") == .declared)
        #expect(status("Putin said Ukraine must drop its NATO bid.") == .declared)
        #expect(status("Russia will no longer tolerate talk of Ukraine joining NATO.") == .declared)
    }
}
