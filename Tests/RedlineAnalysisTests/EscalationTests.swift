import RedlineAnalysis
import RedlineCore
import Testing

@Suite("Escalation")
struct EscalationTests {
    static let documents: [DocumentRecords] = [
        F.doc("e1", "2022-02-06", events: [
            F.event(.threaten, ["RUS"], ["UKR"], "2022-01-05", "Moscow warned Kyiv of a military response."),
            F.event(.mobilize, ["RUS"], ["UKR"], "2022-01-12", "Russia massed troops on the border."),
            F.event(.consult, ["RUS"], ["UKR"], "2022-01-13", "Envoys met in Geneva."),
            F.event(.assault, ["RUS"], ["UKR"], "2022-01-19", "Shelling hit a village in Donbas."),
            F.event(.assault, ["RUS"], ["UKR"], "2022-02-02", "Artillery hit positions near Avdiivka."),
            F.event(.assault, ["RUS"], ["UKR"], "2022-01-26", "Russia did not shell the port.", negated: true),
        ]),
        // The same shelling reported again counts once.
        F.doc("e2", "2022-01-20", events: [
            F.event(.assault, ["RUS"], ["UKR"], "2022-01-19", "Shelling struck a Donbas village, officials said."),
        ]),
        F.doc("e3", "2008-08-30", events: [
            F.event(.assault, ["RUS"], ["GEO"], "2008-08-08", "Russian troops moved into South Ossetia and shelled Gori."),
            F.event(.assault, ["RUS"], ["GEO"], "2008-08-12", "Russian aircraft bombed Georgian positions."),
            F.event(.assault, ["RUS"], ["GEO"], "2008-08-19", "Russian forces fired on Georgian police near Gori."),
            F.event(.assault, ["RUS"], ["GEO"], "2008-08-26", "Russian forces shelled villages."),
        ]),
        F.doc("e4", "2022-02-25", events: [
            F.event(.assault, ["RUS"], ["UKR"], "2022-02-24", "Russian forces invaded Ukraine at dawn."),
        ]),
    ]

    @Test("(k) levels and scores by ISO week for a dyad, gaps filled")
    func weekly() throws {
        let escalation = Escalation(documents: Self.documents, configuration: F.configuration("2022-02-06"))
        let series = escalation.series(Dyad("RUS", "UKR"))
        #expect(series.map(\.week.description) == ["2022-W01", "2022-W02", "2022-W03", "2022-W04", "2022-W05"])
        #expect(series.map(\.level) == [2, 3, 4, 1, 4])
        #expect(series.map(\.score) == [-3.5, -3.0, -9, 0, -9])
        #expect(series.map(\.events) == [1, 2, 1, 0, 1])
        // Nothing the other way round.
        #expect(escalation.series(Dyad("UKR", "RUS")).isEmpty)
        // Read years later, a dyad's weeks still end with its last week of events, not today's.
        let later = Escalation(documents: Self.documents, configuration: F.configuration("2026-11-22"))
        #expect(later.series(Dyad("RUS", "GEO")).last?.week == ISOWeek(F.day("2008-08-26")))
        #expect(later.series(Dyad("RUS", "GEO")).count == 4)

        let now = try #require(escalation.standing(Dyad("RUS", "UKR"), weeks: 5))
        #expect(now.latestWeek.description == "2022-W05")
        #expect(now.latestLevel == 4 && now.recentLevel == 4)
        #expect(abs(now.levelSlope - 0.2) < 1e-12)
        #expect(now.direction == .escalating)
        #expect(escalation.standing(Dyad("USA", "UKR")) == nil)
    }

    @Test("(k) war: ASSAULT sustained over three weeks, or an invasion")
    func war() throws {
        let escalation = Escalation(documents: Self.documents, configuration: F.configuration("2022-03-01"))
        let georgia = escalation.series(Dyad("RUS", "GEO"), through: ISOWeek(F.day("2008-08-26")))
        #expect(georgia.map(\.level) == [5, 5, 5, 5])
        let ukraine = escalation.dyads[Dyad("RUS", "UKR")] ?? []
        #expect(ukraine.last?.week.description == "2022-W08")
        #expect(ukraine.last?.level == 5)
        // Weeks 3 and 5 of January are not a run; the invasion week stands alone but says war.
        #expect(ukraine.map(\.level) == [2, 3, 4, 4, 5])
        let sustained = Escalation(documents: Self.documents,
                                   configuration: F.configuration("2022-03-01") { $0.warSustainedWeeks = 5 })
        #expect(sustained.series(Dyad("RUS", "GEO"), through: ISOWeek(F.day("2008-08-26"))).map(\.level) == [4, 4, 4, 4])
    }

    @Test("a quiet spell reads as de-escalating")
    func quiet() throws {
        let escalation = Escalation(documents: Self.documents, configuration: F.configuration("2008-09-22"))
        let standing = try #require(escalation.standing(Dyad("RUS", "GEO")))
        #expect(standing.latestLevel == 5)
        #expect(standing.recentLevel == 5)
        #expect(standing.direction == .deescalating)
    }

    @Test("ISO weeks")
    func isoWeeks() {
        #expect(ISOWeek(F.day("2022-02-24")).description == "2022-W08")
        #expect(ISOWeek(F.day("2021-01-03")).description == "2020-W53")
        #expect(ISOWeek(F.day("2024-12-30")).description == "2025-W01")
        #expect(ISOWeek(F.day("2022-01-03")).monday == F.day("2022-01-03"))
        #expect(ISOWeek(F.day("2022-01-09")).adding(weeks: 1).description == "2022-W02")
    }
}
