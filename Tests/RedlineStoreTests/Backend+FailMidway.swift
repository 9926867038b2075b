import GRDB
import PostgresNIO
import RedlineCore
@testable import RedlineStore

struct AbortBatch: Error {}

extension Backend {
    /// Writes every row of `batch` inside the store's own ingest transaction, checks the rows are
    /// there, then fails before the commit: what a crash in the middle of a batch leaves behind.
    /// Returns how many documents the transaction saw before it failed.
    func writeThenFail(_ store: any TrackerStore, _ batch: [StoredDocument]) async throws -> Int {
        let encoder = StoreCoding.encoder()
        let rows = try DocumentRows.unique(batch).documents.map { try DocumentRows($0, encoder: encoder) }
        let seen = SeenCount()
        do {
            switch self {
            case .sqlite:
                let store = store as! SQLiteStore
                try await store.pool.write { db in
                    _ = try SQLiteStore.insert(rows, into: db)
                    seen.value = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0
                    throw AbortBatch()
                }
            case .postgres:
                let store = store as! PostgresStore
                let logger = store.logger
                try await store.client.withTransaction(logger: logger) { connection in
                    _ = try await PostgresStore.insert(rows, on: connection, logger: logger)
                    for try await count in try await connection.query("SELECT count(*) FROM documents", logger: logger).decode(Int.self) {
                        seen.value = count
                    }
                    throw AbortBatch()
                }
            }
        } catch {
            // The abort we asked for, possibly wrapped by postgres-nio's transaction error.
        }
        return seen.value
    }
}

/// A counter the transaction closures can set (they run before the function returns).
final class SeenCount: @unchecked Sendable {
    var value = 0
}
