import GRDB
import PostgresNIO
import RedlineCore
@testable import RedlineStore
import Testing

/// What relinking stores for `redline report` (day tallies and line summaries) answers exactly
/// as the slow path does (tallies counted in SQL, full lines), on every backend, and a store
/// written before they existed migrates and still reports.
@Suite(.postgresServer)
struct StoredReportInputsTests {
    /// What `TrackerRecords.relink` stores: the day tallies of the factual events read back.
    static func relinkTallies(_ store: any TrackerStore) async throws {
        let documentCount = try await store.documentCount()
        var sources: [EventTally.Source] = []
        var positions: [String: Int] = [:]
        for stored in try await store.events(EventFilter(factualOnly: true)) {
            if let position = positions[stored.documentID] {
                sources[position].events.append(stored.event)
            } else {
                positions[stored.documentID] = sources.count
                sources.append((id: stored.documentID, published: stored.published, events: [stored.event]))
            }
        }
        try await store.replaceEventTallies(EventTally.countByDay(sources), documentCount: documentCount)
    }

    static let throughDays: [Day?] = [nil, Day("2022-03-14"), Day("2022-03-13"), Day("2022-03-09"), Day("2022-03-06"),
                                      Day("2000-01-01")]

    /// A line with more statements and crossings than a summary keeps; its earliest crossing is last.
    static var longLine: TrackedLine {
        var line = Fixtures.line("line-long", declarer: "RUS", status: .enforced, first: "2022-02-01")
        let statement = line.statements[0], crossing = line.crossings[0]
        line.statements = (0..<9).map { n in
            var s = statement
            s.id = "doc-convoy@\(n)"
            return s
        }
        line.crossings = (0..<7).map { n in
            var c = crossing
            c.id = "c\(n)"
            c.date = n == 6 ? Day("2022-02-10") : Day("2022-05-0\(n + 1)")
            return c
        }
        return line
    }

    static var lines: [TrackedLine] {
        [longLine, Fixtures.line("line-sanctions", declarer: "USA", status: .notEnforced, first: "2022-03-01")]
    }

    @Test(arguments: Backend.allCases)
    func storedTalliesEqualTalliesCountedInMemoryAndInSQL(backend: Backend) async throws {
        try await backend.withStore { store, _ in
            #expect(try await store.storedEventTallies() == nil)
            _ = try await store.ingest(EventTallyTests.documents)
            #expect(try await store.storedEventTallies() == nil)
            try await Self.relinkTallies(store)

            let stored = try #require(try await store.storedEventTallies())
            let documents = EventTallyTests.documents.map {
                ($0.extraction.document.id, $0.extraction.document.published, $0.extraction.events)
            }
            #expect(Set(stored) == Set(EventTally.countByDay(documents)))
            for through in Self.throughDays {
                let counted = try await store.eventTallies(through: through)
                #expect(Set(EventTally.weekly(stored, through: through)) == Set(counted), "through \(through?.description ?? "every day")")
                #expect(Set(try await store.escalationTallies(through: through)) == Set(counted))
            }

            // Documents stored after the tallies make them stale: the report counts in SQL again.
            _ = try await store.ingest([Fixtures.convoyWarning()])
            #expect(try await store.storedEventTallies() == nil)
            #expect(Set(try await store.escalationTallies(through: nil)) == Set(try await store.eventTallies(through: nil)))
            // Documents already stored change nothing.
            try await Self.relinkTallies(store)
            _ = try await store.ingest([Fixtures.convoyWarning()])
            #expect(try await store.storedEventTallies() != nil)
            // No tallies at all is an answer, not "never counted".
            try await store.replaceEventTallies([], documentCount: try await store.documentCount())
            #expect(try await store.storedEventTallies() == [])
        }
    }

    @Test(arguments: Backend.allCases)
    func summariesKeepWhatTheReportShows(backend: Backend) async throws {
        try await backend.withStore { store, _ in
            try await store.replaceTrackedLines(Self.lines)
            let summaries = try await store.trackedLineSummaries(LineFilter())
            #expect(summaries == Self.lines.map(TrackedLineSummary.init))
            #expect(try await store.trackedLines() == Self.lines)
            let long = try #require(summaries.first)
            #expect(long.statementCount == 9 && long.crossingCount == 7 && long.responseCount == 1)
            #expect(long.line.statements.map(\.id) == (0..<4).map { "doc-convoy@\($0)" })
            // The first four crossings, then the earliest, which dates the line as a credibility case.
            #expect(long.line.crossings.map(\.id) == ["c0", "c1", "c2", "c3", "c6"])
            #expect(try await store.trackedLineSummaries(LineFilter(declarer: "USA")).map(\.line.id) == ["line-sanctions"])
        }
    }

    @Test(arguments: Backend.allCases)
    func aStoreWrittenBeforeV3MigratesAndStillReports(backend: Backend) async throws {
        try await backend.withStore { store, location in
            _ = try await store.ingest(EventTallyTests.documents)
            try await store.replaceTrackedLines(Self.lines)
            try await backend.undoV3(store)

            let reopened = try await StoreFactory.open(location)
            do {
                #expect(try await reopened.storedEventTallies() == nil)
                #expect(Set(try await reopened.escalationTallies(through: nil)) == Set(try await reopened.eventTallies(through: nil)))
                // Lines stored without summaries are summarised from their records.
                #expect(try await reopened.trackedLineSummaries(LineFilter()) == Self.lines.map(TrackedLineSummary.init))
                try await Self.relinkTallies(reopened)
                #expect(try await reopened.storedEventTallies() != nil)
                try await reopened.migrate()
            } catch {
                try? await reopened.close()
                throw error
            }
            try await reopened.close()
        }
    }
}

extension Backend {
    /// Takes the v3 migration back out of a store, leaving it as a redline before v3 wrote it.
    func undoV3(_ store: any TrackerStore) async throws {
        let statements = [
            "DROP TABLE event_tallies", "DROP TABLE event_tallies_source", "ALTER TABLE tracked_lines DROP COLUMN summary",
        ]
        switch self {
        case .sqlite:
            let store = store as! SQLiteStore
            try await store.pool.write { db in
                for statement in statements { try db.execute(sql: statement) }
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v3-report-inputs'")
            }
        case .postgres:
            let store = store as! PostgresStore
            let logger = store.logger
            try await store.client.withConnection { connection in
                for statement in statements + ["DELETE FROM redline_migrations WHERE identifier = 'v3-report-inputs'"] {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
            }
        }
    }
}
