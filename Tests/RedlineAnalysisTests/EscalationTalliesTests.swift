import RedlineAnalysis
import RedlineCore
import Testing

/// Escalation from event tallies (what a store counts in SQL) is escalation from the events.
@Suite("Escalation from tallies")
struct EscalationTalliesTests {
    static func sources(_ documents: [DocumentRecords]) -> [EventTally.Source] {
        documents.map { (id: $0.id, published: $0.published, events: $0.events) }
    }

    @Test("tallies in any order, split any way, give the escalation of the events", arguments: ["2022-02-06", "2022-03-01", "2008-09-22"])
    func splitAndShuffled(today: String) {
        let configuration = F.configuration(today)
        let documents = EscalationTests.documents
        let tallies = EventTally.count(Self.sources(documents), through: configuration.today)
        var split: [EventTally] = []
        for tally in tallies.reversed() {
            guard tally.events > 1 else { split.append(tally); continue }
            var one = tally, rest = tally
            one.events = 1
            rest.events -= 1
            split += [rest, one]
        }
        let expected = Escalation(documents: documents, configuration: configuration)
        #expect(!expected.dyads.isEmpty)
        #expect(Escalation(tallies: tallies, configuration: configuration).dyads == expected.dyads)
        #expect(Escalation(tallies: split, configuration: configuration).dyads == expected.dyads)
    }

    @Test("counting: one act once, owned by the first document by id; pairs of different codes; factual and dated only")
    func counting() throws {
        let documents = [
            F.doc("b", "2022-01-10", events: [
                F.event(.assault, ["RUS"], ["UKR"], "2022-01-05", "Shelling hit Kharkiv."),
                F.event(.assault, ["RUS"], ["UKR"], "2022-01-05", "Russian forces invaded the north."),
            ]),
            F.doc("a", "2022-01-10", events: [
                F.event(.threaten, ["RUS", "RUS"], ["UKR", "RUS", "NATO"], nil, "Moscow warned Kyiv and NATO."),
                F.event(.assault, ["RUS"], ["UKR"], "2022-01-05", "Shelling hit Kharkiv, officials said."),
                F.event(.sanction, ["EU"], ["RUS"], "2022-01-12", "Sanctions would follow.", future: true),
                F.event(.coerce, ["EU"], ["RUS"], "2022-01-20", "Too late to count."),
            ]),
            F.doc("c", nil, events: [F.event(.mobilize, ["RUS"], ["UKR"], nil, "Troops massed somewhere.")]),
        ]
        let tallies = EventTally.count(Self.sources(documents), through: F.day("2022-01-16"))
        let monday = F.day("2022-01-03"), next = F.day("2022-01-10")
        #expect(Set(tallies) == [
            // The shelling of January 5 belongs to "a", the first by id: "b"'s two reports do not count.
            EventTally(actor: "RUS", recipient: "UKR", week: monday, type: .assault, mode: nil,
                       evidence: "Shelling hit Kharkiv, officials said.", events: 1),
            // Undated: the document's day; RUS→RUS is no pair; RUS counted once.
            EventTally(actor: "RUS", recipient: "UKR", week: next, type: .threaten, mode: nil, evidence: nil, events: 1),
            EventTally(actor: "RUS", recipient: "NATO", week: next, type: .threaten, mode: nil, evidence: nil, events: 1),
        ])
    }

    @Test("linking reads only factual events, so a store may leave the others out")
    func linkerNeedsOnlyFactualEvents() {
        let documents = SyntheticCorpus.make(documents: 600, eventsPerDocument: 10)
        #expect(documents.contains { $0.events.contains(where: \.negated) })
        let factual = documents.map { document in
            var copy = document
            copy.events.removeAll { $0.negated || $0.hypothetical || $0.future }
            return copy
        }
        let configuration = F.configuration("2024-01-01")
        let lines = Linker().link(documents: documents, configuration: configuration)
        #expect(lines.contains { !$0.crossings.isEmpty })
        #expect(Linker().link(documents: factual, configuration: configuration) == lines)
    }
}
