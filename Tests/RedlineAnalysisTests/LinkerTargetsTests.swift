import RedlineAnalysis
import RedlineCore
import Testing

/// What a trigger is done to: the declarer itself ("Ukraine striking Russia"), a thing sent to
/// someone ("Western weapons sent to Ukraine"), or a line a claim names only by its owner.
@Suite("Linker: the object of a trigger")
struct LinkerTargetsTests {
    static func named(_ event: Event, actor: String? = nil, recipient: String? = nil) -> Event {
        var event = event
        if let actor { event.actor[0].text = actor }
        if let recipient { event.recipient[0].text = recipient }
        return event
    }

    /// A statement whose declarer the extractor named by a word of the sentence, which then leaves
    /// the trigger's words.
    static func declared(by name: String, _ line: RedLine) -> RedLine {
        var line = line
        line.declarer?.text = name
        return line
    }

    /// L13 as the extractor codes it: two statements on Ukraine striking Russia with Western arms
    /// (one with its declarer named "Russia", one "Moscow"), the line on arms deliveries, and
    /// Ukraine's first ATACMS strike on Russian soil.
    static func longRange(strike: Event, declarer: String = "Russia") -> [DocumentRecords] {
        [
            F.doc("k1", "2022-04-28", lines: [
                F.line("RUS", trigger: ["WST", "UKR"], action: nil, "Western weapons sent to Ukraine", date: "2022-04-27",
                       evidence: "Moscow said Western weapons sent to Ukraine are legitimate targets."),
            ]),
            F.doc("k2", "2024-06-02", lines: [
                Self.declared(by: declarer, F.line(
                    "RUS", trigger: ["UKR", "WST"], action: .assault, "Ukraine struck Russia with Western arms",
                    consequence: .unspecified, severity: nil, date: "2024-06-01",
                    evidence: "In June he suggested Russia could respond asymmetrically if Ukraine struck Russia with Western arms.")),
            ]),
            F.doc("k3", "2024-09-13", lines: [
                Self.declared(by: "Moscow", F.line(
                    "RUS", trigger: ["WST", "UKR"], action: .assault,
                    "Western countries allowed Ukraine to strike deep inside Russia", severity: 5, date: "2024-09-12",
                    evidence: "If Western countries allowed Ukraine to strike deep inside Russia with their long-range "
                        + "missiles, Moscow would regard them as direct parties to the war.")),
            ]),
            F.doc("k4", "2024-11-21", events: [strike]),
        ]
    }

    static let bryansk = named(
        F.event(.assault, ["UKR"], ["RUS"], "2024-11-19",
                "Two days later, on Nov. 19, Ukraine fired six ATACMS at a military facility in Russia's Bryansk region, "
                    + "according to Russia's Defense Ministry, which said five were shot down and debris from the sixth started a fire.",
                mode: "heavy-weapons"),
        actor: "Ukraine", recipient: "Russia")

    @Test("a strike on the declarer meets a trigger whose object is the declarer; the line is crossed")
    func strikeOnTheDeclarer() throws {
        let lines = F.link(Self.longRange(strike: Self.bryansk), today: "2024-11-30")
        let strikes = try #require(lines.first { $0.statements.contains { $0.document == "k2" } })
        #expect(strikes.statements.map(\.document) == ["k2", "k3"])
        #expect(strikes.crossings.map(\.date) == [F.day("2024-11-19")])
        #expect(strikes.crossings.allSatisfy { $0.confidence >= 0.5 })
        #expect(strikes.status == .crossed)
    }

    @Test("a Ukrainian strike on no one, or on a third state, does not cross a line on striking Russia")
    func strikeElsewhere() throws {
        let luhansk = Self.named(F.event(.assault, ["UKR"], [], "2024-11-19",
                                    "Ukrainian drones struck a fuel depot supplying Russian troops in occupied Luhansk on Nov. 19.",
                                    mode: "aerial"),
                            actor: "Ukrainian drones")
        let border = Self.named(F.event(.assault, ["UKR"], ["BLR"], "2024-11-19",
                                   "Ukraine fired artillery at a Belarusian border post in Gomel region, Minsk said.",
                                   mode: "heavy-weapons"),
                           actor: "Ukraine", recipient: "Belarusian border post")
        // Russia's answer names it, so the records know "Russia" and "Russian" for `RUS`; the
        // statements are named "Moscow", so "Russia" stays in their triggers' words.
        let dnipro = F.doc("k5", "2024-11-22", events: [
            Self.named(F.event(.assault, ["RUS"], ["UKR"], "2024-11-21", "Russia fired a new missile at the city of Dnipro.",
                               mode: "aerial"),
                       actor: "Russia", recipient: "Dnipro"),
        ])
        for strike in [luhansk, border] {
            let lines = F.link(Self.longRange(strike: strike, declarer: "Moscow") + [dnipro], today: "2024-11-30")
            let strikes = try #require(lines.first { $0.statements.contains { $0.document == "k2" } })
            #expect(strikes.crossings.isEmpty)
            #expect(strikes.status == .declared)
        }
    }

    @Test("a strike on the declarer is not a delivery of weapons: the line on arms sent to Ukraine stays uncrossed")
    func strikeIsNoDelivery() throws {
        let lines = F.link(Self.longRange(strike: Self.bryansk), today: "2024-11-30")
        let arms = try #require(lines.first { $0.statements.contains { $0.document == "k1" } })
        #expect(arms.statements.map(\.document) == ["k1"])
        #expect(arms.crossings.isEmpty)
        #expect(arms.status == .declared)
    }

    @Test("a claim naming no crosser crosses only a line whose trigger it names, not one it names by its owner")
    func claimWithoutCrosser() throws {
        let documents = [
            F.doc("c1", "2022-05-13", lines: [
                F.line("RUS", trigger: ["FIN", "NATO"], action: .agree, "Finland joined NATO", date: "2022-05-12"),
            ]),
            F.doc("c2", "2024-06-02", lines: [
                F.line("RUS", trigger: ["UKR", "WST"], action: .assault, "Ukraine struck Russia with Western arms",
                       date: "2024-06-01"),
            ], events: [
                Self.named(F.event(.assault, ["RUS"], ["UKR"], "2024-05-30", "Russia shelled Kharkiv overnight.",
                                   mode: "heavy-weapons"),
                           actor: "Russia", recipient: "Kharkiv"),
            ]),
            F.doc("c3", "2024-06-20", claims: [
                F.claim(crosser: [], lineOf: "RUS", nil, date: "2024-06-19",
                        evidence: "The line Russia drew in 2022 has been crossed twice now, and nothing military has happened."),
            ]),
        ]
        let lines = F.link(documents, today: "2024-07-01")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.crossings.isEmpty })

        let named = documents + [F.doc("c4", "2024-06-25", claims: [
            F.claim(crosser: [], lineOf: "RUS", nil, date: "2024-06-24",
                    evidence: "Commentators said Western arms falling on Russian towns had crossed the line."),
        ])]
        let strikes = try #require(F.link(named, today: "2024-07-01").first { $0.statements.first?.document == "c2" })
        #expect(strikes.crossings.map(\.document) == ["c4"])
        #expect(strikes.crossings.first?.kind == .claim)
    }
}
