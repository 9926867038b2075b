import Foundation
import GRDB
import RedlineCore

extension SQLiteStore {
    public func appendAlerts(_ alerts: [LineAlert], at: String) async throws -> [StoredAlert] {
        guard !alerts.isEmpty else { return [] }
        let encoder = StoreCoding.encoder()
        let rows = try alerts.map { alert in
            (alert, try String(decoding: encoder.encode(alert), as: UTF8.self))
        }
        return try await writing("keep the alerts") { db in
            var kept: [StoredAlert] = []
            let insert = try db.makeStatement(sql: """
                INSERT INTO alerts (key, at, kind, line_id, record) VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING
                """)
            for (alert, record) in rows {
                try insert.execute(arguments: [alert.key, at, alert.alert.rawValue, alert.line, record])
                if db.changesCount > 0 { kept.append(StoredAlert(id: db.lastInsertedRowID, at: at, alert: alert)) }
            }
            return kept
        }
    }

    public func alerts(after: Int64?, limit: Int) async throws -> [StoredAlert] {
        let store = path, limit = max(0, limit)
        return try await reading("alerts") { db in
            let rows: [Row]
            if let after {
                rows = try Row.fetchAll(db, sql: "SELECT id, at, record FROM alerts WHERE id > ? ORDER BY id LIMIT ?",
                                        arguments: [after, limit])
            } else {
                rows = try Row.fetchAll(db, sql: "SELECT id, at, record FROM alerts ORDER BY id DESC LIMIT ?", arguments: [limit]).reversed()
            }
            let decoder = JSONDecoder()
            return try rows.map { row in
                StoredAlert(id: row[0], at: row[1],
                            alert: try StoreCoding.decode(LineAlert.self, from: row[2], what: "alert", decoder: decoder, store: store))
            }
        }
    }

    public func recordFeedStatus(_ feeds: [FeedStatus]) async throws {
        guard !feeds.isEmpty else { return }
        try await writing("record the feeds' status") { db in
            let upsert = try db.makeStatement(sql: """
                INSERT INTO feed_status (url, name, last_success, last_error, last_error_at, failures, next_poll)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (url) DO UPDATE SET name = excluded.name, last_success = excluded.last_success,
                    last_error = excluded.last_error, last_error_at = excluded.last_error_at,
                    failures = excluded.failures, next_poll = excluded.next_poll, claimed_by = NULL, claimed_until = NULL
                """)
            for f in feeds {
                try upsert.execute(arguments: [f.url, f.name, f.lastSuccess, f.lastError, f.lastErrorAt, f.failures, f.nextPoll])
            }
        }
    }

    public func feedStatuses() async throws -> [FeedStatus] {
        try await reading("the feeds' status") { db in
            try Row.fetchAll(db, sql: """
                SELECT url, name, last_success, last_error, last_error_at, failures, next_poll FROM feed_status ORDER BY name, url
                """).map { row in
                FeedStatus(url: row[0], name: row[1], lastSuccess: row[2], lastError: row[3], lastErrorAt: row[4],
                           failures: row[5], nextPoll: row[6])
            }
        }
    }
}
