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
        let insertDocument = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO documents
                (id, source, title, url, published, language, sentences, ingested_at, extraction)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertRedLine = try db.cachedStatement(sql: """
            INSERT INTO red_lines
                (document_id, ordinal, declarer, declarer_sector, speaker, trigger_action, trigger_text,
                 consequence_kind, severity, explicit, stance, date, date_precision, sentence, span_start,
                 span_end, evidence, record)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertEvent = try db.cachedStatement(sql: """
            INSERT INTO events
                (document_id, ordinal, type, mode, context, date, order_date, date_precision, date_text, negated,
                 hypothetical, future, speaker, trigger, sentence, span_start, span_end, evidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertParticipant = try db.cachedStatement(sql: """
            INSERT INTO event_actors (document_id, event_ordinal, role, position, code, sector, kind, name, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertClaim = try db.cachedStatement(sql: """
            INSERT INTO crossing_claims
                (document_id, ordinal, line_of, crossers, line, claimant, date, sentence, span_start,
                 span_end, evidence, record)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)

        var summary = IngestSummary()
        for document in rows {
            let h = document.header
            insertDocument.setUncheckedArguments([
                h.id, h.source, h.title, h.url, h.published, h.language, h.sentences, h.ingestedAt, h.extraction,
            ])
            try insertDocument.execute()
            // Zero changes: the id is already stored (perhaps by another process a moment ago).
            guard db.changesCount == 1 else {
                summary.skipped += 1
                continue
            }
            summary.inserted += 1
            for r in document.redLines {
                insertRedLine.setUncheckedArguments([
                    h.id, r.ordinal, r.declarer, r.declarerSector, r.speaker, r.triggerAction, r.triggerText,
                    r.consequenceKind, r.severity, r.explicit, r.stance, r.date, r.datePrecision, r.sentence,
                    r.spanStart, r.spanEnd, r.evidence, r.record,
                ])
                try insertRedLine.execute()
            }
            for e in document.events {
                insertEvent.setUncheckedArguments([
                    h.id, e.ordinal, e.type, e.mode, e.context, e.date, e.orderDate, e.datePrecision, e.dateText, e.negated,
                    e.hypothetical, e.future, e.speaker, e.trigger, e.sentence, e.spanStart, e.spanEnd, e.evidence,
                ])
                try insertEvent.execute()
            }
            for p in document.participants {
                insertParticipant.setUncheckedArguments([
                    h.id, p.eventOrdinal, p.role, p.position, p.code, p.sector, p.kind, p.name, p.text,
                ])
                try insertParticipant.execute()
            }
            for c in document.claims {
                insertClaim.setUncheckedArguments([
                    h.id, c.ordinal, c.lineOf, c.crossers, c.line, c.claimant, c.date, c.sentence, c.spanStart,
                    c.spanEnd, c.evidence, c.record,
                ])
                try insertClaim.execute()
            }
            summary.redLines += document.redLines.count
            summary.events += document.events.count
            summary.claims += document.claims.count
        }
        return summary
    }
}
