import Foundation
import RedlineCore
import RedlineStore
import Testing

/// The behaviour every store keeps, run against SQLite and PostgreSQL alike.
@Suite(.postgresServer)
struct StoreBehaviourTests {
    @Test(arguments: Backend.allCases)
    func migratingAgainIsHarmless(backend: Backend) async throws {
        try await backend.withStore { store, location in
            try await store.migrate()
            try await store.migrate()
            _ = try await store.ingest([Fixtures.convoyWarning()])
            let reopened = try await StoreFactory.open(location)
            try await reopened.migrate()
            #expect(try await reopened.counts() == StoreCounts(documents: 1, redLines: 1, events: 3, claims: 1))
            try await reopened.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func ingestStoresEveryRecord(backend: Backend) async throws {
        try await backend.withStore { store, _ in
            let summary = try await store.ingest(Fixtures.batch)
            #expect(summary == IngestSummary(inserted: 3, skipped: 0, redLines: 2, events: 5, claims: 1))
            #expect(try await store.counts() == StoreCounts(documents: 3, redLines: 2, events: 5, claims: 1))
            #expect(try await store.documentCount() == 3)
        }
    }

    @Test(arguments: Backend.allCases)
    func ingestingTheSameDocumentsAgainChangesNothing(backend: Backend) async throws {
        try await backend.withStore { store, _ in
            _ = try await store.ingest(Fixtures.batch)
            let before = try await store.counts()

            let again = try await store.ingest(Fixtures.batch)
            #expect(again == IngestSummary(inserted: 0, skipped: 3))
            #expect(try await store.counts() == before)

            // A batch repeating a document, and overlapping what is stored, adds only the new one.
            let overlapping = [Fixtures.convoyWarning(), Fixtures.empty(id: "doc-new"), Fixtures.empty(id: "doc-new")]
            let summary = try await store.ingest(overlapping)
            #expect(summary == IngestSummary(inserted: 1, skipped: 2))
            #expect(try await store.documentCount() == 4)
            #expect(try await store.ingest([]) == IngestSummary())
        }
    }

    @Test(arguments: Backend.allCases)
    func eventsFilterByActorTypeAndDate(backend: Backend) async throws {
        try await backend.withStore { store, _ in
            _ = try await store.ingest(Fixtures.batch)

            let all = try await store.events(EventFilter())
            // Oldest first, undated last.
            #expect(all.map(\.event.date?.description) == ["2022-02-19", "2022-02-23", "2022-04-10", "2022-04-13", nil])

            let russian = try await store.events(EventFilter(actor: "RUS"))
            #expect(russian.map(\.event.type) == [.threaten, .accuse])
            #expect(russian.allSatisfy { $0.documentID == "doc-convoy" && $0.source == "corpus/convoy.txt" })

            let againstRussia = try await store.events(EventFilter(recipient: "RUS"))
            #expect(againstRussia.map(\.event.type) == [.threaten, .sanction])

            let threats = try await store.events(EventFilter(type: .threaten))
            #expect(threats.map(\.documentID) == ["doc-sanctions", "doc-convoy"])

            let april = try await store.events(EventFilter(since: Day("2022-04-01"), until: Day("2022-04-12")))
            #expect(april.map(\.event.type) == [.aid])

            let combined = try await store.events(EventFilter(actor: "EU", recipient: "RUS", type: .sanction,
                                                              since: Day("2022-02-20")))
            #expect(combined.map(\.event.evidence) == ["Sanctions will follow an invasion."])

            #expect(try await store.events(EventFilter(actor: "CHN")).isEmpty)

            let page = try await store.events(EventFilter(limit: 2, offset: 1))
            #expect(page.map(\.event.date?.description) == ["2022-02-23", "2022-04-10"])
        }
    }

    @Test(arguments: Backend.allCases)
    func recordsKeepTheirDocumentAndSpan(backend: Backend) async throws {
        try await backend.withStore { store, _ in
            _ = try await store.ingest(Fixtures.batch)
            let convoy = Fixtures.convoyWarning().extraction

            let lines = try await store.redLineStatements()
            #expect(lines.map(\.documentID) == ["doc-convoy", "doc-sanctions"])  // undated last
            #expect(lines[0].redLine == convoy.redLines[0])
            #expect(lines[0].published == Day("2022-04-14"))
            #expect(lines[0].redLine.span == ScalarSpan(610, 842))
            #expect(try await store.redLineStatements(RedLineFilter(declarer: "EU")).map(\.documentID) == ["doc-sanctions"])
            #expect(try await store.redLineStatements(RedLineFilter(since: Day("2022-01-01"))).count == 1)

            let event = try #require(try await store.events(EventFilter(type: .accuse)).first)
            #expect(event.index == 2)
            #expect(event.event == convoy.events[2])

            let claims = try await store.crossingClaims()
            #expect(claims.map(\.claim) == convoy.crossingClaims)
            #expect(claims.first?.documentID == "doc-convoy")
            #expect(claims.first?.source == "corpus/convoy.txt")
        }
    }

    @Test(arguments: Backend.allCases)
    func extractionsRoundTripExactly(backend: Backend) async throws {
        try await backend.withStore { store, _ in
            var withText = Fixtures.convoyWarning(id: "doc-text")
            withText.extraction.document.text = "Quotes “like these”, accents (Zelenskyy, Kyiv, Łódź) and emoji 🚀."
            let documents = Fixtures.batch + [withText]
            _ = try await store.ingest(documents)
            for document in documents {
                #expect(try await store.document(id: document.id) == document)
            }
            #expect(try await store.document(id: "no-such-document") == nil)

            // The extraction read back encodes to the same JSON as the original.
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let stored = try #require(try await store.document(id: "doc-convoy"))
            #expect(try encoder.encode(stored.extraction) == encoder.encode(Fixtures.convoyWarning().extraction))
        }
    }

    @Test(arguments: Backend.allCases)
    func anActorsBackerIsStoredWithTheEvent(backend: Backend) async throws {
        try await backend.withStore { store, _ in
            var document = Fixtures.empty(id: "doc-proxy")
            let militia = ActorRef(code: "IRQ", sector: "INS", kind: .state, text: "an Iran-backed Iraqi militia", backer: "IRN")
            document.extraction.events = [
                Event(type: .assault, actor: [militia], recipient: [Fixtures.usa], date: Day("2020-01-01"), datePrecision: .day,
                      sentence: 0, span: ScalarSpan(0, 60), evidence: "An Iran-backed Iraqi militia attacked the embassy."),
            ]
            _ = try await store.ingest([document, Fixtures.convoyWarning()])
            let events = try await store.events(EventFilter(actor: "IRQ"))
            #expect(events.map(\.event.actor) == [[militia]])
            // Actors with no backer read back with none.
            #expect(try await store.events(EventFilter(actor: "RUS")).allSatisfy { $0.event.actor.allSatisfy { $0.backer == nil } })
            #expect(try await store.document(id: "doc-proxy") == document)
        }
    }

    @Test(arguments: Backend.allCases)
    func aBatchThatFailsMidwayLeavesNothing(backend: Backend) async throws {
        try await backend.withStore { store, _ in
            _ = try await store.ingest([Fixtures.empty()])
            let batch = Fixtures.numbered(0..<50)
            let seenInside = try await backend.writeThenFail(store, batch)
            #expect(seenInside == 51)  // the rows were written inside the transaction...
            #expect(try await store.counts() == StoreCounts(documents: 1))  // ...and none survived it

            let summary = try await store.ingest(batch)  // the re-run completes it
            #expect(summary.inserted == 50)
            #expect(try await store.counts() == StoreCounts(documents: 51, redLines: 50, events: 100))
        }
    }

    @Test(arguments: Backend.allCases)
    func twoWritersOnOneStoreLoseNothing(backend: Backend) async throws {
        try await backend.withStore { store, location in
            let other = try await StoreFactory.open(location)
            let documents = Fixtures.numbered(0..<600)
            // Overlapping halves, in batches, from two connections at once.
            let first = Array(documents[0..<400]), second = Array(documents[200..<600])
            async let a = ingestInBatches(first, into: store)
            async let b = ingestInBatches(second, into: other)
            let (summaryA, summaryB) = try await (a, b)
            try await other.close()

            #expect(summaryA.inserted + summaryB.inserted == 600)
            #expect(summaryA.skipped + summaryB.skipped == 200)
            #expect(try await store.counts() == StoreCounts(documents: 600, redLines: 600, events: 1200))
            let actors = try await store.events(EventFilter(actor: "RUS", type: .threaten))
            #expect(actors.count == 150)
            #expect(Set(actors.map(\.documentID)).count == 150)
        }
    }

    @Test(arguments: Backend.allCases)
    func replacingTrackedLinesKeepsReviews(backend: Backend) async throws {
        try await backend.withStore { store, _ in
            let lines = [Fixtures.line("line-convoys", declarer: "RUS", status: .crossed, first: "2022-04-13"),
                         Fixtures.line("line-sanctions", declarer: "EU", status: .enforced, first: "2022-02-19"),
                         Fixtures.line("line-undated", declarer: "RUS", status: .declared, first: nil)]
            try await store.replaceTrackedLines(lines)
            #expect(try await store.trackedLines() == [lines[1], lines[0], lines[2]])
            #expect(try await store.trackedLines(LineFilter(declarer: "RUS")).map(\.id) == ["line-convoys", "line-undated"])
            #expect(try await store.trackedLines(LineFilter(status: .enforced)).map(\.id) == ["line-sanctions"])
            #expect(try await store.trackedLines(LineFilter(since: Day("2022-03-01"))).map(\.id) == ["line-convoys"])
            #expect(try await store.trackedLines(LineFilter(limit: 1, offset: 1)).map(\.id) == ["line-convoys"])

            let confirm = try await store.addReview(Review(
                target: .link(line: "line-convoys", link: "doc-convoy@610-842"), verdict: .confirm,
                reason: "the statement names the convoys", reviewer: "ana", at: "2024-05-02T09:00:00Z"))
            let status = try await store.addReview(Review(
                target: .status(line: "line-convoys", .notEnforced), verdict: nil,
                reason: "no strike on a convoy was reported", reviewer: "ben", at: "2024-05-02T09:05:00Z"))
            #expect(confirm.id != nil)
            #expect(status.id! > confirm.id!)

            // The linker runs again and drops a line: its reviews stay, untouched.
            try await store.replaceTrackedLines([lines[1]])
            #expect(try await store.trackedLines().map(\.id) == ["line-sanctions"])
            #expect(try await store.reviews() == [confirm, status])
            try await store.replaceTrackedLines([])
            #expect(try await store.counts() == StoreCounts(reviews: 2))
        }
    }

    @Test(arguments: Backend.allCases)
    func badTrackingInputIsRefusedWithoutChanges(backend: Backend) async throws {
        try await backend.withStore { store, location in
            let line = Fixtures.line("line-a", declarer: "RUS", status: .declared, first: "2022-01-01")
            try await store.replaceTrackedLines([line])

            let duplicate = await #expect(throws: StoreError.self) {
                try await store.replaceTrackedLines([line, line])
            }
            #expect(duplicate?.description == "\(location): two tracked lines share the id \"line-a\"; nothing was replaced")
            #expect(try await store.trackedLines() == [line])

            let anonymous = await #expect(throws: StoreError.self) {
                try await store.addReview(Review(target: .status(line: "line-a", .withdrawn), verdict: nil,
                                                 reason: "retracted", reviewer: " ", at: "2024-05-02T09:00:00Z"))
            }
            #expect(anonymous?.description == "\(location): cannot keep the review: it names no reviewer")
            let noVerdict = await #expect(throws: StoreError.self) {
                try await store.addReview(Review(target: .link(line: "line-a", link: "x"), verdict: nil,
                                                 reason: "", reviewer: "ana", at: "2024-05-02T09:00:00Z"))
            }
            #expect(noVerdict?.code == .invalidInput)
            #expect(try await store.reviews().isEmpty)
        }
    }
}

/// Ingests `documents` in batches of 50, adding up the summaries.
func ingestInBatches(_ documents: [StoredDocument], into store: any TrackerStore) async throws -> IngestSummary {
    var total = IngestSummary()
    var start = 0
    while start < documents.count {
        let end = min(start + 50, documents.count)
        total = total + (try await store.ingest(Array(documents[start..<end])))
        start = end
    }
    return total
}
