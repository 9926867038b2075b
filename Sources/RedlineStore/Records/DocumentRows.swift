import Foundation
import RedlineCore

/// One stored document flattened into the rows both backends write, so that SQLite and
/// PostgreSQL hold the same columns with the same values.
struct DocumentRows: Sendable {
    struct Header: Sendable {
        var id: String
        var source: String
        var title: String?
        var url: String?
        var published: String?
        var language: String
        var sentences: Int
        var ingestedAt: String
        var extraction: String
    }

    struct RedLineRow: Sendable {
        var ordinal: Int
        var declarer: String?
        var declarerSector: String?
        var speaker: String?
        var triggerAction: String?
        var triggerText: String
        var consequenceKind: String
        var severity: Int?
        var explicit: Bool
        var stance: String
        var date: String?
        var datePrecision: String?
        var sentence: Int
        var spanStart: Int
        var spanEnd: Int
        var evidence: String
        var record: String
    }

    struct EventRow: Sendable {
        var ordinal: Int
        var type: String
        var mode: String?
        var date: String?
        var datePrecision: String?
        var negated: Bool
        var hypothetical: Bool
        var future: Bool
        var speaker: String?
        var sentence: Int
        var spanStart: Int
        var spanEnd: Int
        var evidence: String
        var record: String
    }

    /// One actor code on one side of one event, for filtering by actor without decoding JSON.
    struct ParticipantRow: Sendable {
        var eventOrdinal: Int
        var role: String
        var code: String
    }

    struct ClaimRow: Sendable {
        var ordinal: Int
        var lineOf: String?
        /// The crossers' codes joined by spaces.
        var crossers: String
        var line: String?
        var claimant: String?
        var date: String?
        var sentence: Int
        var spanStart: Int
        var spanEnd: Int
        var evidence: String
        var record: String
    }

    var header: Header
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
        header = Header(
            id: info.id, source: info.source, title: info.title, url: info.url,
            published: info.published?.description, language: info.language, sentences: info.sentences,
            ingestedAt: document.ingestedAt, extraction: try json(extraction))

        redLines = try extraction.redLines.enumerated().map { index, line in
            RedLineRow(
                ordinal: index, declarer: line.declarer?.code, declarerSector: line.declarer?.sector,
                speaker: line.speaker, triggerAction: line.trigger.action?.rawValue, triggerText: line.trigger.text,
                consequenceKind: line.consequence.kind.rawValue, severity: line.consequence.severity,
                explicit: line.explicit, stance: line.stance.rawValue, date: line.date?.description,
                datePrecision: line.datePrecision?.rawValue, sentence: line.sentence,
                spanStart: line.span.start, spanEnd: line.span.end, evidence: line.evidence, record: try json(line))
        }

        var participants: [ParticipantRow] = []
        events = try extraction.events.enumerated().map { index, event in
            for (role, refs) in [("actor", event.actor), ("recipient", event.recipient)] {
                var seen = Set<String>()
                for code in refs.compactMap(\.code) where seen.insert(code).inserted {
                    participants.append(ParticipantRow(eventOrdinal: index, role: role, code: code))
                }
            }
            return EventRow(
                ordinal: index, type: event.type.rawValue, mode: event.mode, date: event.date?.description,
                datePrecision: event.datePrecision?.rawValue, negated: event.negated,
                hypothetical: event.hypothetical, future: event.future, speaker: event.speaker,
                sentence: event.sentence, spanStart: event.span.start, spanEnd: event.span.end,
                evidence: event.evidence, record: try json(event))
        }
        self.participants = participants

        claims = try extraction.crossingClaims.enumerated().map { index, claim in
            ClaimRow(
                ordinal: index, lineOf: claim.lineOf?.code,
                crossers: claim.crosser.compactMap(\.code).joined(separator: " "), line: claim.line,
                claimant: claim.claimant, date: claim.date?.description, sentence: claim.sentence,
                spanStart: claim.span.start, spanEnd: claim.span.end, evidence: claim.evidence,
                record: try json(claim))
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
