import Foundation
import PostgresNIO
import RedlineCore

extension PostgresStore {
    public func appendAlerts(_ alerts: [LineAlert], at: String) async throws -> [StoredAlert] {
        guard !alerts.isEmpty else { return [] }
        let encoder = StoreCoding.encoder()
        let rows = try alerts.map { alert in
            (alert, try String(decoding: encoder.encode(alert), as: UTF8.self))
        }
        let logger = self.logger
        return try await transaction("keep the alerts") { connection in
            var kept: [StoredAlert] = []
            for (alert, record) in rows {
                let result = try await connection.query("""
                    INSERT INTO alerts (key, at, kind, line_id, record)
                    VALUES (\(alert.key), \(at), \(alert.alert.rawValue), \(alert.line), \(record))
                    ON CONFLICT (key) DO NOTHING RETURNING id
                    """, logger: logger)
                for try await id in result.decode(Int64.self) { kept.append(StoredAlert(id: id, at: at, alert: alert)) }
            }
            return kept
        }
    }

    public func alerts(after: Int64?, limit: Int) async throws -> [StoredAlert] {
        let store = url.description, limit = max(0, limit)
        let query: PostgresQuery = after.map { after in
            "SELECT id, at, record FROM alerts WHERE id > \(after) ORDER BY id LIMIT \(limit)"
        } ?? "SELECT id, at, record FROM (SELECT id, at, record FROM alerts ORDER BY id DESC LIMIT \(limit)) latest ORDER BY id"
        return try await reading("alerts") { connection in
            let decoder = JSONDecoder()
            var alerts: [StoredAlert] = []
            for try await (id, at, record) in try await connection.query(query, logger: logger).decode((Int64, String, String).self) {
                alerts.append(StoredAlert(id: id, at: at,
                                          alert: try StoreCoding.decode(LineAlert.self, from: record, what: "alert", decoder: decoder, store: store)))
            }
            return alerts
        }
    }

    public func recordFeedStatus(_ feeds: [FeedStatus]) async throws {
        guard !feeds.isEmpty else { return }
        let logger = self.logger
        try await transaction("record the feeds' status") { connection in
            for f in feeds {
                try await connection.query("""
                    INSERT INTO feed_status (url, name, last_success, last_error, last_error_at, failures, next_poll)
                    VALUES (\(f.url), \(f.name), \(f.lastSuccess), \(f.lastError), \(f.lastErrorAt), \(Int64(f.failures)), \(f.nextPoll))
                    ON CONFLICT (url) DO UPDATE SET name = excluded.name, last_success = excluded.last_success,
                        last_error = excluded.last_error, last_error_at = excluded.last_error_at,
                        failures = excluded.failures, next_poll = excluded.next_poll, claimed_by = NULL, claimed_until = NULL
                    """, logger: logger)
            }
        }
    }

    public func feedStatuses() async throws -> [FeedStatus] {
        try await reading("the feeds' status") { connection in
            var feeds: [FeedStatus] = []
            let rows = try await connection.query("""
                SELECT url, name, last_success, last_error, last_error_at, failures, next_poll FROM feed_status ORDER BY name, url
                """, logger: logger)
            for try await (url, name, success, error, errorAt, failures, next)
                in rows.decode((String, String, Double?, String?, Double?, Int64, Double?).self) {
                feeds.append(FeedStatus(url: url, name: name, lastSuccess: success, lastError: error, lastErrorAt: errorAt,
                                        failures: Int(failures), nextPoll: next))
            }
            return feeds
        }
    }
}
