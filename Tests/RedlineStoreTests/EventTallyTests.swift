import RedlineCore
import RedlineStore
import Testing

/// The event tallies a store counts in SQL are the ones `EventTally.count` counts in memory from
/// the same events (which `Escalation` turns into the same weeks either way).
@Suite(.postgresServer)
struct EventTallyTests {
    /// Documents that exercise every counting rule: an act reported twice (owned by the first id in
    /// byte order, which is not dictionary order), the same act twice in its owner, repeated codes,
    /// an actor acting on itself, missing codes, non-factual events, undated events with and without
    /// a publication day, events after the day counted through, attacks told apart by evidence,
    /// modes and no mode, and weeks that start on a Monday and end on a Sunday.
    static var documents: [StoredDocument] {
        func ref(_ code: String?) -> ActorRef { ActorRef(code: code) }
        func event(_ type: EventType, _ actors: [String?], _ recipients: [String?], _ date: String?, mode: String? = nil,
                   evidence: String = "It happened.", negated: Bool = false, hypothetical: Bool = false,
                   future: Bool = false, at n: Int) -> Event {
            Event(type: type, mode: mode, actor: actors.map(ref), recipient: recipients.map(ref), date: date.flatMap(Day.init),
                  datePrecision: date == nil ? nil : .day, negated: negated, hypothetical: hypothetical, future: future,
                  sentence: n, span: ScalarSpan(n * 10, n * 10 + 9), evidence: evidence)
        }
        func document(_ id: String, _ published: String?, _ events: [Event]) -> StoredDocument {
            StoredDocument(
                extraction: Extraction(document: .init(id: id, source: "\(id).txt", title: nil, url: nil,
                                                       published: published.flatMap(Day.init), language: "en", sentences: 9),
                                       events: events),
                ingestedAt: "2024-05-01T00:00:00Z")
        }
        let shelling = "Artillery shelled Kharkiv."
        return [
            document("a-2", "2022-03-07", [
                event(.assault, ["RUS"], ["UKR"], "2022-03-06", evidence: shelling, at: 0),
                event(.threaten, ["RUS"], ["NATO"], nil, mode: "violence", at: 1),
            ]),
            document("A-3", "2022-03-08", [
                event(.assault, ["RUS"], ["UKR"], "2022-03-06", evidence: "Russia waged a full-scale war on Kharkiv.", at: 0),
                event(.assault, ["RUS"], ["UKR"], "2022-03-06", evidence: shelling, at: 1),
                event(.assault, ["RUS"], ["UKR"], "2022-03-06", evidence: shelling, at: 2),
                event(.threaten, ["RUS", "RUS"], ["NATO", "RUS", nil, "USA", "NATO"], "2022-03-07", mode: "violence", at: 3),
                event(.sanction, ["EU", nil], ["RUS"], "2022-03-13", at: 4),
                event(.sanction, ["EU"], ["RUS"], "2022-03-14", negated: true, at: 5),
                event(.sanction, ["EU"], ["RUS"], "2022-03-14", hypothetical: true, at: 6),
                event(.sanction, ["EU"], ["RUS"], "2022-03-14", future: true, at: 7),
                event(.accuse, ["UKR"], ["RUS"], "2022-03-14", mode: "allege", at: 8),
                event(.accuse, ["UKR"], ["RUS"], "2022-03-14", at: 9),
            ]),
            document("a_0", nil, [
                event(.mobilize, ["BLR"], ["UKR"], nil, at: 0),
                event(.mobilize, ["BLR"], ["UKR"], "2022-03-14", at: 1),
                event(.threaten, ["RUS"], ["NATO"], "2022-03-07", mode: "violence", at: 2),
            ]),
            document("b", "2022-05-01", [
                event(.assault, ["RUS"], ["UKR"], nil, evidence: "Missiles hit Lviv.", at: 0),
                event(.consult, ["USA"], ["UKR"], "2022-03-20", at: 1),
            ]),
        ] + StoreBenchmark.syntheticDocuments(0..<60)
    }

    static func memoryTallies(through: Day?) -> [EventTally] {
        EventTally.count(documents.map { ($0.extraction.document.id, $0.extraction.document.published, $0.extraction.events) },
                         through: through)
    }

    @Test(arguments: Backend.allCases)
    func storeTalliesEqualTalliesCountedInMemory(backend: Backend) async throws {
        try await backend.withStore { store, _ in
            _ = try await store.ingest(Self.documents)
            for through in [nil, Day("2022-03-14"), Day("2022-03-13"), Day("2022-03-06"), Day("2000-01-01")] {
                let stored = try await store.eventTallies(through: through)
                let memory = Self.memoryTallies(through: through)
                #expect(stored.count == memory.count, "through \(through?.description ?? "every day")")
                #expect(Set(stored) == Set(memory), "through \(through?.description ?? "every day")")
            }
            // The rules at work: the March 6 shelling is A-3's (first by byte order), counted twice there.
            let march = try await store.eventTallies(through: Day("2022-03-14"))
            let attacks = march.filter { $0.type == .assault && $0.actor == "RUS" && $0.week == Day("2022-03-06")!.startOfWeek }
            #expect(Set(attacks.map { "\($0.evidence ?? "")×\($0.events)" })
                    == ["Artillery shelled Kharkiv.×2", "Russia waged a full-scale war on Kharkiv.×1"])
            #expect(try await store.eventTallies(through: Day("2000-01-01")).isEmpty)
        }
    }

    @Test(arguments: Backend.allCases)
    func factualOnlyLeavesOutNegatedHypotheticalAndFutureEvents(backend: Backend) async throws {
        try await backend.withStore { store, _ in
            _ = try await store.ingest(Self.documents)
            let all = try await store.events(EventFilter())
            let factual = try await store.events(EventFilter(factualOnly: true))
            #expect(factual == all.filter { !$0.event.negated && !$0.event.hypothetical && !$0.event.future })
            #expect(factual.count == all.count - 3)
        }
    }
}
