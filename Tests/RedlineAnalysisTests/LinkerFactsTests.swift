import RedlineAnalysis
import RedlineCore
import Testing

/// Histories written for the rules of what crosses a line and what answers it: the response window,
/// failures to act, answers that tell their crossing, acts a sentence says were answered, and acts
/// that did not happen.
@Suite("Linker: facts, failures and the response window")
struct LinkerFactsTests {
    /// Norway's line against attacks on its boats, crossed on 1 March.
    static func boats(answers: [Event], today: String = "2031-12-31", moreCrossings: [Event] = []) -> [DocumentRecords] {
        [
            F.doc("n1", "2031-01-10", lines: [
                F.line("NOR", trigger: ["RUS"], action: .assault, "an attack on Norwegian fishing boats",
                       addressee: ["RUS"], date: "2031-01-10"),
            ]),
            F.doc("n2", "2031-03-01", events: [
                F.event(.assault, ["RUS"], ["NOR"], "2031-03-01", "Russian warships fired on Norwegian fishing boats."),
            ] + moreCrossings),
            F.doc("n3", "2031-12-01", events: answers),
        ]
    }

    static func strike(_ date: String) -> Event {
        F.event(.assault, ["NOR"], ["RUS"], date, "Norwegian jets struck a Russian naval base.", mode: "aerial")
    }

    @Test("an answer ten days after the window is no answer: not-enforced")
    func answerAfterTheWindow() throws {
        // 90-day window from 1 March ends on 30 May; the strike comes on 9 June.
        let line = try #require(F.link(Self.boats(answers: [Self.strike("2031-06-09")]), today: "2031-12-31").first)
        #expect(line.crossings.count == 1)
        #expect(line.responses.isEmpty)
        #expect(line.status == .notEnforced)
        // The same strike inside the window answers the crossing.
        let answered = try #require(F.link(Self.boats(answers: [Self.strike("2031-05-20")]), today: "2031-12-31").first)
        #expect(answered.responses.count == 1)
        #expect(answered.status == .enforced)
    }

    @Test("two crossings far apart: an act between them, outside the first one's window, answers neither")
    func actBetweenTwoCrossings() throws {
        let second = F.event(.assault, ["RUS"], ["NOR"], "2031-10-01", "Russian helicopters fired on Norwegian fishing boats near Svalbard.")
        let between = F.link(Self.boats(answers: [Self.strike("2031-08-15")], moreCrossings: [second]), today: "2031-12-31")
        let line = try #require(between.first)
        #expect(line.crossings.count == 2)
        #expect(line.responses.isEmpty)
        #expect(line.status == .notEnforced)
        // An act after the second crossing, within its window, answers it.
        let after = F.link(Self.boats(answers: [Self.strike("2031-10-20")], moreCrossings: [second]), today: "2031-12-31")
        #expect(after.first?.status == .enforced)
    }

    @Test("acts that did not happen cross nothing", arguments: [
        F.event(.assault, ["RUS"], ["NOR"], "2031-03-01", "Russian warships could fire on Norwegian boats.", hypothetical: true),
        F.event(.assault, ["RUS"], ["NOR"], "2031-03-01", "Russian warships did not fire on Norwegian boats.", negated: true),
        F.event(.assault, ["RUS"], ["NOR"], "2031-03-01", "Russian warships will fire on Norwegian boats.", future: true),
    ])
    func nonFactsCrossNothing(event: Event) throws {
        let documents = [
            F.doc("n1", "2031-01-10", lines: [
                F.line("NOR", trigger: ["RUS"], action: .assault, "an attack on Norwegian fishing boats", date: "2031-01-10"),
            ]),
            F.doc("n2", "2031-03-01", events: [event]),
        ]
        let line = try #require(F.link(documents, today: "2031-12-31").first)
        #expect(line.crossings.isEmpty)
        #expect(line.status == .declared)
    }

    /// A compellent line whose condition is a failure: Canada will retaliate if Japan does not open
    /// its beef market by June.
    static func beef(_ events: [Event]) -> [DocumentRecords] {
        var line = F.line("CAN", trigger: ["JPN"], action: nil, "Japan does not open its beef market to Canadian exporters",
                          consequence: .economic, severity: 2, stance: .compellent, addressee: ["JPN"], date: "2031-02-01")
        // Named as the extractor names them, so the linker knows "Japan" and "Tokyo" for JPN.
        line.trigger.actor = [ActorRef(code: "JPN", kind: .state, text: "Japan")]
        line.addressee = [ActorRef(code: "JPN", kind: .state, text: "Tokyo")]
        return [
            F.doc("c1", "2031-02-01", lines: [line]),
            F.doc("c2", "2031-07-01", events: events),
        ]
    }

    @Test("a failure to act is crossed by no act of the failing party, even one on the same subject")
    func failureIsNotCrossedByActs() throws {
        let lines = F.link(Self.beef([
            F.event(.sanction, ["JPN"], ["CAN"], "2031-06-20", "Japan raised its tariff on Canadian beef to protect its beef market."),
            F.event(.concede, ["JPN"], ["CAN"], "2031-06-25", "Japan opened its beef market to Canadian exporters."),
        ]), today: "2031-12-31")
        let line = try #require(lines.first)
        #expect(line.crossings.isEmpty)
        #expect(line.status == .declared)
    }

    @Test("an answer the declarer calls retaliation tells the crossing, and answers it", arguments: [
        "Canada imposed duties on Japanese cars in retaliation for Japan's refusal to open its beef market.",
        "In retaliation for Tokyo's failure to open its beef market, Ottawa put tariffs on Japanese cars.",
    ])
    func retaliationTellsTheCrossing(evidence: String) throws {
        let lines = F.link(Self.beef([
            F.event(.sanction, ["CAN"], [], "2031-07-01", evidence, trigger: evidence.hasPrefix("Canada") ? "imposed" : "put"),
        ]), today: "2031-12-31")
        let line = try #require(lines.first)
        #expect(line.crossings.count == 1)
        #expect(line.crossings.first?.kind == .claim)
        #expect(line.crossings.first?.actor.compactMap(\.code) == ["JPN"])
        #expect(line.responses.count == 1)
        #expect(line.status == .enforced)
    }

    @Test("a sanction that answers someone else tells no crossing of this line")
    func retaliationAgainstAnotherParty() throws {
        let lines = F.link(Self.beef([
            F.event(.sanction, ["CAN"], [], "2031-07-01",
                    "Canada imposed duties on Chinese steel in retaliation for Beijing's export subsidies.", trigger: "imposed"),
        ]), today: "2031-12-31")
        #expect(lines.first?.crossings.isEmpty == true)
        #expect(lines.first?.status == .declared)
    }

    @Test("an act a sentence says was answered answers nothing: the U.S. strike, not the Iranian attack it answered")
    func theAnsweredActIsNoResponse() throws {
        let sentence = "U.S. warships shelled an Iranian oil platform on Monday in retaliation for Friday's Iranian attack on a tanker."
        let documents = [
            F.doc("i1", "2031-03-22", lines: [
                F.line("IRN", trigger: ["USA"], action: .assault, "any American attack on Iranian territory",
                       addressee: ["USA"], date: "2031-03-22"),
            ]),
            F.doc("i2", "2031-10-19", events: [
                F.event(.assault, ["USA"], ["IRN"], "2031-10-19", sentence, trigger: "shelled"),
                F.event(.assault, ["IRN"], ["USA"], "2031-10-19", sentence, trigger: "attack"),
            ]),
        ]
        let line = try #require(F.link(documents, today: "2031-11-30").first)
        #expect(line.crossings.map(\.type) == [.assault])
        #expect(line.responses.isEmpty)
        #expect(line.status == .crossed)
    }

    @Test("links say why they were made, and dates keep their precision")
    func reasonsAndPrecision() throws {
        var documents = Self.boats(answers: [Self.strike("2031-05-20")])
        // The line first told as a recap: "last January", a month.
        documents[0].redLines[0].datePrecision = .month
        documents[0].redLines[0].date = F.day("2031-01-01")
        let line = try #require(F.link(documents, today: "2031-12-31").first)
        #expect(line.firstDeclared == F.day("2031-01-01"))
        #expect(line.firstDeclaredPrecision == .month)
        #expect(line.firstDeclared.described(precision: line.firstDeclaredPrecision) == "Jan 2031")
        #expect(line.statements.first?.datePrecision == .month)
        let crossing = try #require(line.crossings.first)
        #expect(crossing.datePrecision == .day)
        #expect(crossing.reason?.contains("ASSAULT by RUS, a trigger actor") == true)
        let response = try #require(line.responses.first)
        #expect(response.reason?.contains("ASSAULT by NOR") == true)
        #expect(response.reason?.contains("against a crosser") == true)
    }

    @Test("a day is shown as precisely as it is known", arguments: [
        (DatePrecision.day, "2017-08-07"), (.week, "week of 2017-08-07"), (.month, "Aug 2017"), (.year, "2017"),
    ])
    func describedDays(precision: DatePrecision, text: String) {
        #expect(F.day("2017-08-07").described(precision: precision) == text)
    }

    /// A pointing statement days before the article that spells the condition out.
    static func chips(pointingOn day: String) -> [DocumentRecords] {
        [
            F.doc("k1", day, lines: [
                F.line("USA", trigger: [], action: nil, "it", consequence: .economic, severity: 2, date: day,
                       evidence: "Washington has threatened to take retaliatory action after April 1 if it does not comply."),
            ], events: [
                F.event(.accuse, ["USA"], ["JPN"], day, "Officials said Japan kept dumping memory chips in Asian markets."),
            ]),
            F.doc("k2", "2031-03-23", lines: [
                F.line("USA", trigger: ["JPN"], action: nil, "Japan keeps dumping memory chips in Asian markets",
                       consequence: .economic, severity: 2, date: "2031-03-23"),
            ]),
        ]
    }

    @Test("a statement pointing at a condition joins the line stated days after it, not one stated months after")
    func earlierPointingStatement() throws {
        let days = F.link(Self.chips(pointingOn: "2031-03-19"), today: "2031-06-01")
        #expect(days.count == 1)
        #expect(days.first?.statements.count == 2)
        #expect(days.first?.firstDeclared == F.day("2031-03-19"))
        let months = F.link(Self.chips(pointingOn: "2030-12-01"), today: "2031-06-01")
        #expect(months.count == 2)
    }

    @Test("one sentence is one response, at its most certain reading")
    func oneSentenceOneResponse() throws {
        let sentence = "Norway expelled Russian diplomats and put its navy on alert after the attack."
        let line = try #require(F.link(Self.boats(answers: [
            F.event(.sanction, ["NOR"], ["RUS"], "2031-03-04", sentence, mode: "expel"),
            F.event(.mobilize, ["NOR"], ["RUS"], "2031-03-04", sentence),
        ]), today: "2031-12-31").first)
        #expect(line.responses.count == 1)
        #expect(line.responses.first?.evidence == sentence)
    }

    @Test("a stored crossed line is not enforced on a day past its window, without relinking")
    func windowClosesOnItsDay() throws {
        let line = try #require(F.link(Self.boats(answers: []), today: "2031-04-01").first)
        #expect(line.status == .crossed)
        #expect(line.status(on: F.day("2031-05-30"), responseWindowDays: 90) == .crossed)
        #expect(line.status(on: F.day("2031-05-31"), responseWindowDays: 90) == .notEnforced)
    }

    @Test("one act told in several articles is one crossing with several sources")
    func retellingsAreOneCrossing() throws {
        var documents = Self.boats(answers: [])
        documents.append(F.doc("n4", "2031-03-02", events: [
            F.event(.assault, ["RUS"], ["NOR"], "2031-03-01", "Russian warships opened fire on Norwegian fishing boats on Saturday."),
        ]))
        let line = try #require(F.link(documents, today: "2031-04-01").first)
        #expect(line.crossings.count == 1)
        #expect(line.crossings.first?.alsoToldIn?.count == 1)
        // Another day is another act.
        documents[3].events[0].date = F.day("2031-03-09")
        let two = try #require(F.link(documents, today: "2031-04-01").first)
        #expect(two.crossings.count == 2)
    }
}
