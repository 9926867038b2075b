import Foundation
import GRDB
import RedlineCore

extension SQLiteStore {
    public func replaceTrackedLines(_ lines: [TrackedLine]) async throws {
        let rows = try TrackedLineRow.rows(lines, store: path)
        try await writing("replace the tracked lines") { db in
            try db.execute(sql: "DELETE FROM tracked_lines")
            let insert = try TrackedLineRow.table.insertStatement(db)
            for row in rows { try TrackedLineRow.table.insert(row, with: insert) }
        }
    }

    public func trackedLines(_ filter: LineFilter) async throws -> [TrackedLine] {
        let conditions = QueryConditions.lines(filter)
        let sql = """
            SELECT t.record FROM tracked_lines t
            \(conditions.whereClause)
            ORDER BY t.first_declared IS NULL, t.first_declared, t.id
            LIMIT ? OFFSET ?
            """
        let arguments = Self.arguments(conditions, limit: filter.limit, offset: filter.offset)
        let store = path
        return try await reading("tracked lines") { db in
            let decoder = JSONDecoder()
            return try String.fetchAll(db, sql: sql, arguments: arguments).map {
                try StoreCoding.decode(TrackedLine.self, from: $0, what: "tracked line", decoder: decoder, store: store)
            }
        }
    }

    public func trackedLineSummaries(_ filter: LineFilter) async throws -> [TrackedLineSummary] {
        let conditions = QueryConditions.lines(filter)
        // The full record only where no summary was kept (lines stored before summaries were).
        let sql = """
            SELECT t.summary, CASE WHEN t.summary IS NULL THEN t.record END FROM tracked_lines t
            \(conditions.whereClause)
            ORDER BY t.first_declared IS NULL, t.first_declared, t.id
            LIMIT ? OFFSET ?
            """
        let arguments = Self.arguments(conditions, limit: filter.limit, offset: filter.offset)
        let store = path
        return try await reading("tracked line summaries") { db in
            let decoder = JSONDecoder()
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map {
                try TrackedLineRow.summary($0[0], record: $0[1], decoder: decoder, store: store)
            }
        }
    }

    public func addReview(_ review: Review) async throws -> Review {
        let row = try ReviewRow(review, store: path)
        let id = try await writing("keep the review") { db in
            try db.execute(sql: """
                INSERT INTO reviews (line_id, link_id, status, verdict, reason, reviewer, at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [row.lineID, row.linkID, row.status, row.verdict, row.reason, row.reviewer, row.at])
            return db.lastInsertedRowID
        }
        var stored = review
        stored.id = id
        return stored
    }

    public func reviews() async throws -> [Review] {
        let store = path
        return try await reading("reviews") { db in
            try Row.fetchAll(db, sql: """
                SELECT id, line_id, link_id, status, verdict, reason, reviewer, at FROM reviews ORDER BY id
                """).map { row in
                try ReviewRow(lineID: row[1], linkID: row[2], status: row[3], verdict: row[4], reason: row[5],
                              reviewer: row[6], at: row[7]).review(id: row[0], store: store)
            }
        }
    }
}
