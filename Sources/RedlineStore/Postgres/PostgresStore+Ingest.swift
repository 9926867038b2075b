import PostgresNIO
import RedlineCore

extension PostgresStore {
    public func ingest(_ batch: [StoredDocument]) async throws -> IngestSummary {
        let (documents, duplicates) = DocumentRows.unique(batch)
        let rows = try await DocumentRows.make(documents)
        guard !rows.isEmpty else { return IngestSummary(skipped: duplicates) }
        let logger = self.logger
        var summary = try await transaction("ingest a batch of \(rows.count) documents") { connection in
            try await Self.insert(rows, on: connection, logger: logger)
        }
        summary.skipped += duplicates
        return summary
    }

    /// Writes the rows of each document not yet stored; the caller's transaction makes the batch atomic.
    /// Documents go in id order, so two processes ingesting overlapping batches lock rows in the
    /// same order and wait for each other instead of deadlocking.
    static func insert(_ rows: [DocumentRows], on connection: PostgresConnection, logger: Logger) async throws -> IngestSummary {
        var inserted = Set<String>()
        let collect: (PostgresRow) throws -> Void = { row in inserted.insert(try row.decode(String.self)) }
        var documents = DocumentRow.table.insert(suffix: " ON CONFLICT (id) DO NOTHING RETURNING id", logger: logger)
        for document in rows {
            try await documents.add(document.header, of: DocumentRow.table, on: connection, onRow: collect)
        }
        try await documents.flush(on: connection, onRow: collect)

        var redLines = RedLineRow.table.insert(logger: logger)
        var events = EventRow.table.insert(logger: logger)
        var participants = ParticipantRow.table.insert(logger: logger)
        var claims = ClaimRow.table.insert(logger: logger)
        var summary = IngestSummary()
        let stored = rows.filter { inserted.contains($0.header.id) }
        summary.skipped = rows.count - stored.count
        for document in stored {
            summary.inserted += 1
            for row in document.redLines { try await redLines.add(row, of: RedLineRow.table, on: connection) }
            for row in document.events { try await events.add(row, of: EventRow.table, on: connection) }
            for row in document.claims { try await claims.add(row, of: ClaimRow.table, on: connection) }
            summary.redLines += document.redLines.count
            summary.events += document.events.count
            summary.claims += document.claims.count
        }
        try await redLines.flush(on: connection)
        // Events before their participants: the participants' foreign key needs them.
        try await events.flush(on: connection)
        for document in stored {
            for row in document.participants { try await participants.add(row, of: ParticipantRow.table, on: connection) }
        }
        try await participants.flush(on: connection)
        try await claims.flush(on: connection)
        return summary
    }
}
