import Foundation
import PostgresNIO
import RedlineCore

extension PostgresStore {
    public func replaceTrackedLines(_ lines: [TrackedLine]) async throws {
        let rows = try TrackedLineRow.rows(lines, store: url.description)
        let logger = self.logger
        try await transaction("replace the tracked lines") { connection in
            try await connection.query("DELETE FROM tracked_lines", logger: logger)
            var insert = TrackedLineRow.table.insert(logger: logger)
            for row in rows { try await insert.add(row, of: TrackedLineRow.table, on: connection) }
            try await insert.flush(on: connection)
        }
    }

    public func trackedLines(_ filter: LineFilter) async throws -> [TrackedLine] {
        let query = Self.query("SELECT t.record FROM tracked_lines t", QueryConditions.lines(filter),
                               order: "t.first_declared, t.id", limit: filter.limit, offset: filter.offset)
        let store = url.description
        return try await reading("tracked lines") { connection in
            let decoder = JSONDecoder()
            var lines: [TrackedLine] = []
            for try await json in try await connection.query(query, logger: logger).decode(String.self) {
                lines.append(try StoreCoding.decode(TrackedLine.self, from: json, what: "tracked line", decoder: decoder, store: store))
            }
            return lines
        }
    }

    public func trackedLineSummaries(_ filter: LineFilter) async throws -> [TrackedLineSummary] {
        // The full record only where no summary was kept (lines stored before summaries were).
        let query = Self.query("SELECT t.summary, CASE WHEN t.summary IS NULL THEN t.record END FROM tracked_lines t",
                               QueryConditions.lines(filter), order: "t.first_declared, t.id", limit: filter.limit,
                               offset: filter.offset)
        let store = url.description
        return try await reading("tracked line summaries") { connection in
            let decoder = JSONDecoder()
            var summaries: [TrackedLineSummary] = []
            for try await (summary, record) in try await connection.query(query, logger: logger).decode((String?, String?).self) {
                summaries.append(try TrackedLineRow.summary(summary, record: record, decoder: decoder, store: store))
            }
            return summaries
        }
    }

    public func addReview(_ review: Review) async throws -> Review {
        let row = try ReviewRow(review, store: url.description)
        let logger = self.logger
        let id = try await transaction("keep the review") { connection in
            var id: Int64 = 0
            let rows = try await connection.query("""
                INSERT INTO reviews (line_id, link_id, status, verdict, reason, reviewer, at)
                VALUES (\(row.lineID), \(row.linkID), \(row.status), \(row.verdict), \(row.reason), \(row.reviewer), \(row.at))
                RETURNING id
                """, logger: logger)
            for try await value in rows.decode(Int64.self) { id = value }
            return id
        }
        var stored = review
        stored.id = id
        return stored
    }

    public func reviews() async throws -> [Review] {
        let store = url.description
        return try await reading("reviews") { connection in
            var reviews: [Review] = []
            let rows = try await connection.query("""
                SELECT id, line_id, link_id, status, verdict, reason, reviewer, at FROM reviews ORDER BY id
                """, logger: logger)
            for try await (id, line, link, status, verdict, reason, reviewer, at)
                in rows.decode((Int64, String, String?, String?, String?, String, String, String).self) {
                reviews.append(try ReviewRow(lineID: line, linkID: link, status: status, verdict: verdict, reason: reason,
                                             reviewer: reviewer, at: at).review(id: id, store: store))
            }
            return reviews
        }
    }
}
