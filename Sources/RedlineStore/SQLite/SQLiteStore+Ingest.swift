import GRDB
import RedlineCore

extension SQLiteStore {
    public func ingest(_ batch: [StoredDocument]) async throws -> IngestSummary {
        let (documents, duplicates) = DocumentRows.unique(batch)
        // Rows are built before the transaction so the write lock is held only for writing.
        let rows = try await DocumentRows.make(documents)
        guard !rows.isEmpty else { return IngestSummary(skipped: duplicates) }
        var summary = try await writing("ingest a batch of \(rows.count) documents") { db in
            try Self.insert(rows, into: db)
        }
        summary.skipped += duplicates
        return summary
    }

    /// Writes the rows of each document not yet stored; the caller's transaction makes the batch atomic.
    static func insert(_ rows: [DocumentRows], into db: Database) throws -> IngestSummary {
        let insertDocument = try DocumentRow.table.insertStatement(db, verb: "INSERT OR IGNORE")
        let insertRedLine = try RedLineRow.table.insertStatement(db)
        let insertEvent = try EventRow.table.insertStatement(db)
        let insertParticipant = try ParticipantRow.table.insertStatement(db)
        let insertClaim = try ClaimRow.table.insertStatement(db)

        var summary = IngestSummary()
        for document in rows {
            try DocumentRow.table.insert(document.header, with: insertDocument)
            // Zero changes: the id is already stored (perhaps by another process a moment ago).
            guard db.changesCount == 1 else {
                summary.skipped += 1
                continue
            }
            summary.inserted += 1
            for row in document.redLines { try RedLineRow.table.insert(row, with: insertRedLine) }
            for row in document.events { try EventRow.table.insert(row, with: insertEvent) }
            for row in document.participants { try ParticipantRow.table.insert(row, with: insertParticipant) }
            for row in document.claims { try ClaimRow.table.insert(row, with: insertClaim) }
            summary.redLines += document.redLines.count
            summary.events += document.events.count
            summary.claims += document.claims.count
        }
        return summary
    }
}
