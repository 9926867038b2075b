import Foundation
import RedlineCore

/// One stored document flattened into the rows both backends write, so that SQLite and
/// PostgreSQL hold the same columns with the same values.
struct DocumentRows: Sendable {
    var header: DocumentRow
    var redLines: [RedLineRow]
    var events: [EventRow]
    var participants: [ParticipantRow]
    var claims: [ClaimRow]

    init(_ document: StoredDocument, encoder: JSONEncoder) throws {
        let extraction = document.extraction
        let info = extraction.document
        func json(_ value: some Encodable) throws -> String {
            String(decoding: try encoder.encode(value), as: UTF8.self)
        }
        header = DocumentRow(
            id: info.id, source: info.source, title: info.title, url: info.url,
            published: info.published?.description, language: info.language, sentences: info.sentences,
            ingestedAt: document.ingestedAt, extraction: try json(extraction))

        redLines = try extraction.redLines.enumerated().map { index, line in
            RedLineRow(
                documentID: info.id, ordinal: index, declarer: line.declarer?.code,
                declarerSector: line.declarer?.sector, speaker: line.speaker, triggerAction: line.trigger.action?.rawValue, triggerText: line.trigger.text,
                consequenceKind: line.consequence.kind.rawValue, severity: line.consequence.severity,
                explicit: line.explicit, stance: line.stance.rawValue, date: line.date?.description,
                datePrecision: line.datePrecision?.rawValue, sentence: line.sentence,
                spanStart: line.span.start, spanEnd: line.span.end, evidence: line.evidence, record: try json(line))
        }

        var participants: [ParticipantRow] = []
        events = extraction.events.enumerated().map { index, event in
            for (role, refs) in [(EventColumns.actorRole, event.actor), (EventColumns.recipientRole, event.recipient)] {
                for (position, ref) in refs.enumerated() {
                    participants.append(ParticipantRow(
                        documentID: info.id, eventOrdinal: index, role: role, position: position, code: ref.code,
                        sector: ref.sector, kind: ref.kind?.rawValue, name: ref.name, text: ref.text, backer: ref.backer))
                }
            }
            return EventRow(
                documentID: info.id, ordinal: index, type: event.type.rawValue, mode: event.mode,
                context: event.context.isEmpty ? nil : event.context.joined(separator: EventColumns.separator),
                date: event.date?.description, orderDate: event.date?.description ?? EventColumns.undated,
                datePrecision: event.datePrecision?.rawValue, dateText: event.dateText,
                negated: event.negated, hypothetical: event.hypothetical, future: event.future, speaker: event.speaker,
                trigger: event.trigger, sentence: event.sentence, spanStart: event.span.start, spanEnd: event.span.end,
                evidence: event.evidence)
        }
        self.participants = participants

        claims = try extraction.crossingClaims.enumerated().map { index, claim in
            ClaimRow(
                documentID: info.id, ordinal: index, lineOf: claim.lineOf?.code,
                crossers: claim.crosser.compactMap(\.code).joined(separator: " "), line: claim.line,
                claimant: claim.claimant, date: claim.date?.description, sentence: claim.sentence,
                spanStart: claim.span.start, spanEnd: claim.span.end, evidence: claim.evidence,
                record: try json(claim))
        }
    }

    /// The rows of `documents`, encoded on every core: JSON encoding is most of an ingest's work, and
    /// doing it before the transaction keeps the write lock short.
    static func make(_ documents: [StoredDocument]) async throws -> [DocumentRows] {
        let lanes = max(1, min(ProcessInfo.processInfo.activeProcessorCount, documents.count / 50))
        guard lanes > 1 else {
            let encoder = StoreCoding.encoder()
            return try documents.map { try DocumentRows($0, encoder: encoder) }
        }
        let size = (documents.count + lanes - 1) / lanes
        return try await withThrowingTaskGroup(of: (Int, [DocumentRows]).self) { group in
            for lane in 0..<lanes {
                let chunk = Array(documents[min(documents.count, lane * size)..<min(documents.count, (lane + 1) * size)])
                group.addTask {
                    let encoder = StoreCoding.encoder()
                    return (lane, try chunk.map { try DocumentRows($0, encoder: encoder) })
                }
            }
            var parts = [[DocumentRows]](repeating: [], count: lanes)
            for try await (lane, rows) in group { parts[lane] = rows }
            return parts.flatMap { $0 }
        }
    }

    /// The documents of a batch that should be written: each id once, in id order so that
    /// concurrent writers take row locks in the same order.
    static func unique(_ batch: [StoredDocument]) -> (documents: [StoredDocument], duplicates: Int) {
        var seen = Set<String>()
        let unique = batch.filter { seen.insert($0.id).inserted }
        return (unique.sorted { $0.id < $1.id }, batch.count - unique.count)
    }
}
