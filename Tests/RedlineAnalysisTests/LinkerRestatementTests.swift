import RedlineAnalysis
import RedlineCore
import Testing

/// Histories written for what a real trade or Gulf corpus got wrong: restatements in other words
/// filed as other lines, and acts that share words with a line without being its crossing.
@Suite("Linker: restatements and acts aimed elsewhere")
struct LinkerRestatementTests {
    /// Canada's line against a Community levy on canola oil, restated three ways.
    static func levy(_ more: [DocumentRecords] = []) -> [DocumentRecords] {
        [
            F.doc("c1", "2031-02-02", lines: [
                F.line("CAN", trigger: ["EU"], action: nil, "the Community adopts its proposed levy on canola oil",
                       consequence: .economic, severity: 2, date: "2031-02-02"),
            ]),
            F.doc("c2", "2031-02-20", lines: [
                F.line("CAN", trigger: [], action: .agree, "the levy is approved", consequence: .economic, severity: 2,
                       date: "2031-02-20",
                       evidence: "Ottawa's trade minister has threatened retaliation if the levy is approved."),
            ]),
            F.doc("c3", "2031-03-01", lines: [
                F.line("CAN", trigger: ["EU"], action: .agree, "Brussels enacts the canola levy", consequence: .economic,
                       severity: 2, date: "2031-03-01"),
            ]),
        ] + more
    }

    @Test("a restatement in fewer words, or with the act worded as an approval, is the same line")
    func restatementsJoin() throws {
        let lines = F.link(Self.levy(), today: "2031-12-31")
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(Set(line.statements.map(\.document)) == ["c1", "c2", "c3"])
        // An approval of a levy is the levy: the Community's other agreements do not cross it.
        let agreements = Self.levy([F.doc("c4", "2031-04-01", events: [
            F.event(.agree, ["EU"], ["MAR"], "2031-04-01", "The Community agreed a fisheries accord with Morocco on canola-growing regions."),
        ])])
        #expect(F.link(agreements, today: "2031-12-31").first?.crossings.isEmpty == true)
    }

    @Test("an act with no date of its own, told as background, crosses nothing")
    func undatedBackground() throws {
        let background = Self.levy([F.doc("c4", "2031-05-02", events: [
            F.event(.sanction, ["EU"], ["CAN"], nil,
                    "Talks resumed under a deadline set when the two sides settled a dispute over Community duties on Canadian canola oil."),
        ])])
        #expect(F.link(background, today: "2031-12-31").first?.crossings.isEmpty == true)
        let dated = Self.levy([F.doc("c4", "2031-05-02", events: [
            F.event(.sanction, ["EU"], ["CAN"], "2031-05-01", "The Community imposed its levy on Canadian canola oil on Thursday."),
        ])])
        #expect(F.link(dated, today: "2031-12-31").first?.crossings.map(\.document) == ["c4"])
    }

    /// Records that name the states in words, as an extraction's do ("Australia" for AUS).
    static let names = F.doc("c0", "2031-01-05", events: [
        Event(type: .consult, actor: [ActorRef(code: "AUS", kind: .state, text: "Australia")],
              recipient: [ActorRef(code: "CAN", kind: .state, text: "Canada")], date: F.day("2031-01-05"),
              datePrecision: .day, sentence: 0, span: ScalarSpan(0, 0), evidence: "Australia and Canada held farm talks."),
    ])

    @Test("an act whose sentence aims it at a state the line does not name crosses nothing")
    func aimedElsewhere() throws {
        let elsewhere = Self.levy([Self.names, F.doc("c4", "2031-05-02", events: [
            F.event(.sanction, ["EU"], [], "2031-05-02",
                    "The Community imposed a levy on canola oil imported from Australia, citing subsidies there."),
        ])])
        #expect(F.link(elsewhere, today: "2031-12-31").first?.crossings.isEmpty == true)
        let atCanada = Self.levy([Self.names, F.doc("c4", "2031-05-02", events: [
            F.event(.sanction, ["EU"], [], "2031-05-02",
                    "The Community imposed the levy on canola oil, hitting Canada and Australia alike."),
        ])])
        #expect(F.link(atCanada, today: "2031-12-31").first?.crossings.count == 1)
    }

    @Test("a member state's own measure, sharing the line's words, is not the Community's act")
    func memberMeasure() throws {
        let member = Self.levy([F.doc("c4", "2031-05-02", events: [
            F.event(.sanction, ["FRA"], [], "2031-05-02",
                    "France suspended canola oil purchases in view of the coming Community levy.", mode: "discontinue"),
        ])])
        #expect(F.link(member, today: "2031-12-31").first?.crossings.isEmpty == true)
    }

    @Test("two wordings of one grievance founded apart merge once restatements bridge them")
    func bridgedWordings() throws {
        func statement(_ id: String, _ day: String, _ text: String) -> DocumentRecords {
            F.doc(id, day, lines: [F.line("CAN", trigger: ["CHL"], action: nil, text, consequence: .economic, severity: 2, date: day)])
        }
        // The first two are founded apart (a short wording and a long one); the next two each
        // join one of them while being like the other too.
        let documents = [
            statement("p1", "2031-03-01", "Santiago failing to live up to the accord"),
            statement("p2", "2031-03-02", "Chile's failure to honour the 2030 agreement to end dumping copper cathodes in world "
                      + "markets at below cost and to open its own market to Canadian goods"),
            statement("p3", "2031-03-05", "Chile's alleged failure to keep the copper pact"),
            statement("p4", "2031-03-07", "Chile breaking its copper agreement to end dumping in world markets"),
        ]
        let lines = F.link(documents, today: "2031-12-31")
        #expect(lines.count == 1)
        #expect(lines.first?.statements.count == 4)
        // A different grievance against the same state stays its own line.
        let beef = documents + [statement("p6", "2031-04-01", "Chile keeping its beef import quotas")]
        #expect(F.link(beef, today: "2031-12-31").count == 2)
    }

    @Test("a line about honouring a pact is crossed by no agreement, and keeps the kind most of it states")
    func keepingOnesWord() throws {
        var documents = [
            F.doc("k1", "2031-03-01", lines: [
                F.line("CAN", trigger: ["CHL"], action: .agree, "Chile's failure to honour the copper pact",
                       consequence: .economic, severity: 2, date: "2031-03-01"),
            ]),
            F.doc("k2", "2031-03-05", lines: [
                F.line("CAN", trigger: ["CHL"], action: .agree, "once Chile honours the copper pact",
                       consequence: .economic, severity: 2, date: "2031-03-05"),
            ]),
            F.doc("k3", "2031-03-08", lines: [
                F.line("CAN", trigger: ["CHL"], action: .agree, "Chile honours the copper pact and its quotas",
                       consequence: .economic, severity: 2, date: "2031-03-08"),
            ]),
            F.doc("k4", "2031-03-09", lines: [
                F.line("CAN", trigger: ["CHL"], action: nil, "Chile's copper pact violations",
                       consequence: .economic, severity: 2, date: "2031-03-09"),
            ]),
            F.doc("k5", "2031-03-10", lines: [
                F.line("CAN", trigger: ["CHL"], action: nil, "Chile's breach of the copper pact", consequence: .military,
                       severity: 4, date: "2031-03-10"),
            ]),
        ]
        documents.append(F.doc("k6", "2031-04-01", events: [
            F.event(.agree, ["CHL"], ["PER"], "2031-04-01", "Chile agreed a copper pact with Peru on shipping quotas."),
        ]))
        let line = try #require(F.link(documents, today: "2031-12-31").first { $0.statements.contains { $0.document == "k1" } })
        #expect(line.crossings.isEmpty)
        #expect(line.status == .declared)
        // One of five statements read as military does not make the line military.
        #expect(line.consequence.kind == .economic)
    }

    @Test("a finding that the wrong goes on crosses the line it shares words with, and no other")
    func findingCrosses() throws {
        let documents = [
            F.doc("f1", "2031-03-01", lines: [
                F.line("CAN", trigger: ["CHL"], action: nil, "Chile's failure to end copper dumping and open its market",
                       consequence: .economic, severity: 2, date: "2031-03-01"),
            ]),
            F.doc("f2", "2031-03-02", lines: [
                F.line("CAN", trigger: ["CHL"], action: .sanction, "Chile raises its beef tariffs",
                       consequence: .economic, severity: 2, date: "2031-03-02"),
            ]),
            F.doc("f3", "2031-04-01", claims: [
                F.claim(crosser: ["CHL"], lineOf: "CAN", nil, date: "2031-04-01",
                        evidence: "Canada said copper dumping has continued in Asia and the Chilean market remains closed."),
            ]),
        ]
        let lines = F.link(documents, today: "2031-05-01")
        let copper = try #require(lines.first { $0.statements.contains { $0.document == "f1" } })
        let beef = try #require(lines.first { $0.statements.contains { $0.document == "f2" } })
        #expect(copper.crossings.map(\.document) == ["f3"])
        #expect(copper.status == .crossed)
        #expect(beef.crossings.isEmpty, "\(lines.map { ($0.id, $0.statements.map(\.document)) })")
    }

    @Test("armed interference and aggression are one line for one declarer and one actor")
    func interferenceIsAggression() throws {
        let documents = [
            F.doc("g1", "2031-03-22", lines: [
                F.line("IRN", trigger: ["USA"], action: nil, "any interference in the region", date: "2031-03-22"),
            ]),
            F.doc("g2", "2031-10-19", lines: [
                F.line("IRN", trigger: ["USA"], action: nil, "any aggressive measure by the United States", date: "2031-10-19"),
            ]),
        ]
        let lines = F.link(documents, today: "2031-12-31")
        #expect(lines.count == 1)
        #expect(lines.first?.statements.count == 2)
    }
}
