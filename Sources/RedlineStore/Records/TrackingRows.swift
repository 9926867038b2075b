import Foundation
import RedlineCore

/// A tracked line as a row: the columns filters use, the line's JSON, and its summary's JSON
/// (`TrackedLineSummary`; null in rows written before summaries were kept).
struct TrackedLineRow: Sendable {
    var id: String
    var declarer: String?
    var status: String
    var statusSource: String
    var firstDeclared: String?
    var record: String
    var summary: String?

    static let table = RecordTable<TrackedLineRow>(name: "tracked_lines", columns: [
        RecordColumn("id", \.id), RecordColumn("declarer", \.declarer), RecordColumn("status", \.status),
        RecordColumn("status_source", \.statusSource), RecordColumn("first_declared", \.firstDeclared),
        RecordColumn("record", \.record), RecordColumn("summary", \.summary),
    ])

    /// The rows of a full set of lines; two lines with one id are refused before anything is written.
    static func rows(_ lines: [TrackedLine], store: String) throws -> [TrackedLineRow] {
        var seen = Set<String>()
        for line in lines where !seen.insert(line.id).inserted {
            throw StoreError(.invalidInput, "two tracked lines share the id \"\(line.id)\"; nothing was replaced", store: store)
        }
        let encoder = StoreCoding.encoder()
        return try lines.map { line in
            TrackedLineRow(
                id: line.id, declarer: line.declarer.code, status: line.status.rawValue,
                statusSource: line.statusSource.rawValue, firstDeclared: line.firstDeclared?.description,
                record: String(decoding: try encoder.encode(line), as: UTF8.self),
                summary: String(decoding: try encoder.encode(TrackedLineSummary(line)), as: UTF8.self))
        }
    }

    /// The summary a row read back holds: its own, or else one made from the full line.
    static func summary(_ summary: String?, record: String?, decoder: JSONDecoder, store: String) throws -> TrackedLineSummary {
        if let summary {
            return try StoreCoding.decode(TrackedLineSummary.self, from: summary, what: "tracked line summary", decoder: decoder,
                                          store: store)
        }
        let line = try StoreCoding.decode(TrackedLine.self, from: record ?? "", what: "tracked line", decoder: decoder, store: store)
        return TrackedLineSummary(line)
    }
}

/// A review as a row. Which of `linkID` and `status` is set tells the target apart.
struct ReviewRow: Sendable {
    var lineID: String
    var linkID: String?
    var status: String?
    var verdict: String?
    var reason: String
    var reviewer: String
    var at: String

    /// Checks the rules every stored review keeps: who, when, and a verdict for a link.
    init(_ review: Review, store: String) throws {
        func refuse(_ what: String) -> StoreError {
            StoreError(.invalidInput, "cannot keep the review: \(what)", store: store)
        }
        if review.reviewer.trimmingCharacters(in: .whitespaces).isEmpty { throw refuse("it names no reviewer") }
        if review.at.trimmingCharacters(in: .whitespaces).isEmpty { throw refuse("it has no time (at)") }
        switch review.target {
        case .link(let line, let link):
            guard review.verdict != nil else { throw refuse("a link review needs a verdict (confirm or reject)") }
            lineID = line
            linkID = link
            status = nil
        case .status(let line, let newStatus):
            lineID = line
            linkID = nil
            status = newStatus.rawValue
        }
        verdict = review.verdict?.rawValue
        reason = review.reason
        reviewer = review.reviewer
        at = review.at
    }

    init(lineID: String, linkID: String?, status: String?, verdict: String?, reason: String, reviewer: String, at: String) {
        self.lineID = lineID
        self.linkID = linkID
        self.status = status
        self.verdict = verdict
        self.reason = reason
        self.reviewer = reviewer
        self.at = at
    }

    /// The review this row holds.
    func review(id: Int64, store: String) throws -> Review {
        let target: Review.Target
        if let linkID {
            target = .link(line: lineID, link: linkID)
        } else if let status, let lineStatus = LineStatus(rawValue: status) {
            target = .status(line: lineID, lineStatus)
        } else {
            throw StoreError(.corruptRecord, "review \(id) has neither a link nor a known status", store: store)
        }
        var decodedVerdict: Review.Verdict?
        if let verdict {
            guard let known = Review.Verdict(rawValue: verdict) else {
                throw StoreError(.corruptRecord, "review \(id) has an unknown verdict", store: store)
            }
            decodedVerdict = known
        }
        return Review(id: id, target: target, verdict: decodedVerdict, reason: reason, reviewer: reviewer, at: at)
    }
}
