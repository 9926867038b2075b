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
        var documents = PostgresInsert(
            into: "documents",
            columns: ["id", "source", "title", "url", "published", "language", "sentences", "ingested_at", "extraction"],
            suffix: " ON CONFLICT (id) DO NOTHING RETURNING id", logger: logger)
        for document in rows {
            let h = document.header
            try await documents.add(on: connection, onRow: collect) { b in
                b.append(h.id); b.append(h.source); b.append(h.title); b.append(h.url); b.append(h.published)
                b.append(h.language); b.append(h.sentences); b.append(h.ingestedAt); b.append(h.extraction)
            }
        }
        try await documents.flush(on: connection, onRow: collect)

        var redLines = PostgresInsert(
            into: "red_lines",
            columns: ["document_id", "ordinal", "declarer", "declarer_sector", "speaker", "trigger_action",
                      "trigger_text", "consequence_kind", "severity", "explicit", "stance", "date", "date_precision",
                      "sentence", "span_start", "span_end", "evidence", "record"], logger: logger)
        var events = PostgresInsert(
            into: "events",
            columns: ["document_id", "ordinal", "type", "mode", "context", "date", "order_date", "date_precision", "date_text",
                      "negated", "hypothetical", "future", "speaker", "trigger", "sentence", "span_start", "span_end",
                      "evidence"], logger: logger)
        var participants = PostgresInsert(
            into: "event_actors",
            columns: ["document_id", "event_ordinal", "role", "position", "code", "sector", "kind", "name", "text"],
            logger: logger)
        var claims = PostgresInsert(
            into: "crossing_claims",
            columns: ["document_id", "ordinal", "line_of", "crossers", "line", "claimant", "date", "sentence",
                      "span_start", "span_end", "evidence", "record"], logger: logger)

        var summary = IngestSummary()
        for document in rows {
            let id = document.header.id
            guard inserted.contains(id) else {
                summary.skipped += 1
                continue
            }
            summary.inserted += 1
            for r in document.redLines {
                try await redLines.add(on: connection) { b in
                    b.append(id); b.append(r.ordinal); b.append(r.declarer); b.append(r.declarerSector)
                    b.append(r.speaker); b.append(r.triggerAction); b.append(r.triggerText); b.append(r.consequenceKind)
                    b.append(r.severity); b.append(r.explicit); b.append(r.stance); b.append(r.date)
                    b.append(r.datePrecision); b.append(r.sentence); b.append(r.spanStart); b.append(r.spanEnd)
                    b.append(r.evidence); b.append(r.record)
                }
            }
            for e in document.events {
                try await events.add(on: connection) { b in
                    b.append(id); b.append(e.ordinal); b.append(e.type); b.append(e.mode); b.append(e.context)
                    b.append(e.date); b.append(e.orderDate); b.append(e.datePrecision); b.append(e.dateText); b.append(e.negated)
                    b.append(e.hypothetical); b.append(e.future); b.append(e.speaker); b.append(e.trigger)
                    b.append(e.sentence); b.append(e.spanStart); b.append(e.spanEnd); b.append(e.evidence)
                }
            }
            for c in document.claims {
                try await claims.add(on: connection) { b in
                    b.append(id); b.append(c.ordinal); b.append(c.lineOf); b.append(c.crossers); b.append(c.line)
                    b.append(c.claimant); b.append(c.date); b.append(c.sentence); b.append(c.spanStart)
                    b.append(c.spanEnd); b.append(c.evidence); b.append(c.record)
                }
            }
            summary.redLines += document.redLines.count
            summary.events += document.events.count
            summary.claims += document.claims.count
        }
        try await redLines.flush(on: connection)
        // Events before their participants: the participants' foreign key needs them.
        try await events.flush(on: connection)
        for document in rows where inserted.contains(document.header.id) {
            let id = document.header.id
            for p in document.participants {
                try await participants.add(on: connection) { b in
                    b.append(id); b.append(p.eventOrdinal); b.append(p.role); b.append(p.position); b.append(p.code)
                    b.append(p.sector); b.append(p.kind); b.append(p.name); b.append(p.text)
                }
            }
        }
        try await participants.flush(on: connection)
        try await claims.flush(on: connection)
        return summary
    }
}
