import GRDB

extension SQLiteStore {
    public func claimFeeds(_ feeds: [FeedClaim], worker: String, now: Double, until: Double, polledBefore: Double?) async throws -> [String] {
        guard !feeds.isEmpty else { return [] }
        // A write transaction holds the file's write lock: claims are taken one worker at a time.
        return try await writing("claim feeds") { db in
            var claimed: [String] = []
            for feed in feeds {
                try db.execute(sql: "INSERT INTO feed_status (url, name, failures) VALUES (?, ?, 0) ON CONFLICT (url) DO NOTHING",
                               arguments: [feed.url, feed.name])
                try db.execute(sql: """
                    UPDATE feed_status SET claimed_by = ?, claimed_until = ?
                    WHERE url = ? AND coalesce(claimed_until, 0) <= ?
                      AND (coalesce(next_poll, 0) <= ? OR (? IS NOT NULL AND max(coalesce(last_success, 0), coalesce(last_error_at, 0)) < ?))
                    """, arguments: [worker, until, feed.url, now, now, polledBefore, polledBefore])
                if db.changesCount > 0 { claimed.append(feed.url) }
            }
            return claimed
        }
    }

    public func claimItems(_ keys: [String], feed: String, worker: String, now: Double, until: Double) async throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        return try await writing("claim feed items") { db in
            var claimed = Set<String>()
            let upsert = try db.makeStatement(sql: """
                INSERT INTO watch_items (key, feed, worker, claimed_until, done) VALUES (?, ?, ?, ?, 0)
                ON CONFLICT (key) DO UPDATE SET worker = excluded.worker, claimed_until = excluded.claimed_until
                WHERE watch_items.done = 0 AND watch_items.claimed_until <= ?
                """)
            for key in keys {
                try upsert.execute(arguments: [key, feed, worker, until, now])
                if db.changesCount > 0 { claimed.insert(key) }
            }
            return claimed
        }
    }

    public func finishItems(_ keys: [String]) async throws {
        guard !keys.isEmpty else { return }
        try await writing("mark feed items stored") { db in
            let update = try db.makeStatement(sql: "UPDATE watch_items SET done = 1 WHERE key = ?")
            for key in keys { try update.execute(arguments: [key]) }
        }
    }

    public func finishedItems(_ keys: [String]) async throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        return try await reading("the watch's items") { db in
            var done = Set<String>()
            for key in keys where try Bool.fetchOne(db, sql: "SELECT done FROM watch_items WHERE key = ?", arguments: [key]) == true {
                done.insert(key)
            }
            return done
        }
    }

    public func watchClaimants() async throws -> Set<String> {
        try await reading("the watch's claims") { db in
            Set(try String.fetchAll(db, sql: """
                SELECT claimed_by FROM feed_status WHERE claimed_by IS NOT NULL
                UNION SELECT worker FROM watch_items WHERE done = 0
                """))
        }
    }

    public func releaseClaims(of workers: [String]) async throws {
        guard !workers.isEmpty else { return }
        try await writing("release claims") { db in
            for worker in workers {
                try db.execute(sql: "UPDATE feed_status SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ?", arguments: [worker])
                try db.execute(sql: "UPDATE watch_items SET claimed_until = 0 WHERE worker = ? AND done = 0", arguments: [worker])
            }
        }
    }
}
