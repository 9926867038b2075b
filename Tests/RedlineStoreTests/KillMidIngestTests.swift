import Foundation
import GRDB
import RedlineCore
@testable import RedlineStore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A real process killed with SIGKILL in the middle of a batch: the test binary runs itself again
/// as the child (only `childIngestsUntilKilled`, which does nothing unless the parent set
/// `REDLINE_KILL_CHILD_DB`), the child commits three batches, writes a fourth inside its open
/// transaction and says so, and the parent kills it there.
@Suite(.serialized)
struct KillMidIngestTests {
    static let childVariable = "REDLINE_KILL_CHILD_DB"
    static var childDatabase: String? { ProcessInfo.processInfo.environment[childVariable] }
    static let documents = Fixtures.numbered(0..<1000)

    #if os(Linux)
    @Test(.enabled(if: KillMidIngestTests.childDatabase == nil))
    func aProcessKilledMidBatchLeavesTheStoreConsistent() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/killed.sqlite"
        let marker = path + ".mid-batch"
        let log = directory.path + "/child.log"

        let child = try Subprocess.start(
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path,
            ["--testing-library", "swift-testing", "--filter", "childIngestsUntilKilled"], output: log,
            environment: ProcessInfo.processInfo.environment.merging([Self.childVariable: path]) { $1 })

        let deadline = Date().addingTimeInterval(120)
        while !FileManager.default.fileExists(atPath: marker) {
            var ended = child.hasEnded()
            if ended == nil && Date() > deadline {
                child.kill(SIGKILL)
                ended = child.wait()
            }
            if let ended {
                let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
                Issue.record("the child (\(ended)) never reached the middle of its fourth batch; its output:\n\(output.suffix(2000))")
                return
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        child.kill(SIGKILL)
        #expect(child.wait() == .signalled(SIGKILL))

        // What was committed is there, whole; the batch in flight left nothing.
        let store = try SQLiteStore(path: path)
        #expect(try await store.counts() == StoreCounts(documents: 300, redLines: 300, events: 600))
        let integrity = try await store.pool.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        #expect(integrity == ["ok"])
        let orphans = try await store.pool.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = e.document_id)
                """)
        }
        #expect(orphans == 0)

        // Running the whole ingest again completes it.
        let summary = try await ingestInBatches(Self.documents, into: store)
        #expect(summary.inserted == 700 && summary.skipped == 300)
        #expect(try await store.counts() == StoreCounts(documents: 1000, redLines: 1000, events: 2000))
        try await store.close()
    }
    #endif

    /// The child's part; skipped in a normal run.
    @Test(.enabled(if: KillMidIngestTests.childDatabase != nil))
    func childIngestsUntilKilled() async throws {
        let path = try #require(Self.childDatabase)
        let store = try SQLiteStore(path: path)
        for batch in 0..<3 {
            _ = try await store.ingest(Array(Self.documents[batch * 100..<(batch + 1) * 100]))
        }
        let encoder = StoreCoding.encoder()
        let rows = try Self.documents[300..<800].map { try DocumentRows($0, encoder: encoder) }
        try await store.pool.write { db in
            _ = try SQLiteStore.insert(rows, into: db)
            _ = FileManager.default.createFile(atPath: path + ".mid-batch", contents: nil)
            Thread.sleep(forTimeInterval: 120)  // killed long before this ends
        }
        Issue.record("the child was not killed")
    }
}
