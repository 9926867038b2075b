import PostgresNIO

extension PostgresStore {
    public func claimFeeds(_ feeds: [FeedClaim], worker: String, now: Double, until: Double, polledBefore: Double?) async throws -> [String] {
        guard !feeds.isEmpty else { return [] }
        let logger = self.logger
        let urls = feeds.map(\.url)
        return try await transaction("claim feeds") { connection in
            for feed in feeds {
                try await connection.query("""
                    INSERT INTO feed_status (url, name, failures) VALUES (\(feed.url), \(feed.name), 0) ON CONFLICT (url) DO NOTHING
                    """, logger: logger)
            }
            // Rows another worker is claiming at this moment are skipped, not waited for.
            var claimed: [String] = []
            let rows = try await connection.query("""
                SELECT url FROM feed_status
                WHERE url = ANY(\(urls)) AND coalesce(claimed_until, 0) <= \(now)
                  AND (coalesce(next_poll, 0) <= \(now)
                       OR greatest(coalesce(last_success, 0), coalesce(last_error_at, 0)) < \(polledBefore ?? -1))
                ORDER BY url
                FOR UPDATE SKIP LOCKED
                """, logger: logger)
            for try await url in rows.decode(String.self) { claimed.append(url) }
            if !claimed.isEmpty {
                try await connection.query("""
                    UPDATE feed_status SET claimed_by = \(worker), claimed_until = \(until) WHERE url = ANY(\(claimed))
                    """, logger: logger)
            }
            return claimed
        }
    }

    public func claimItems(_ keys: [String], feed: String, worker: String, now: Double, until: Double) async throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        let logger = self.logger
        return try await transaction("claim feed items") { connection in
            var claimed = Set<String>()
            for key in keys {
                let rows = try await connection.query("""
                    INSERT INTO watch_items (key, feed, worker, claimed_until, done) VALUES (\(key), \(feed), \(worker), \(until), false)
                    ON CONFLICT (key) DO UPDATE SET worker = excluded.worker, claimed_until = excluded.claimed_until
                    WHERE watch_items.done = false AND watch_items.claimed_until <= \(now)
                    RETURNING key
                    """, logger: logger)
                for try await value in rows.decode(String.self) { claimed.insert(value) }
            }
            return claimed
        }
    }

    public func finishItems(_ keys: [String]) async throws {
        guard !keys.isEmpty else { return }
        let logger = self.logger
        _ = try await transaction("mark feed items stored") { connection in
            try await connection.query("UPDATE watch_items SET done = true WHERE key = ANY(\(keys))", logger: logger)
        }
    }
}

extension PostgresStore {
    public func finishedItems(_ keys: [String]) async throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        return try await reading("the watch's items") { connection in
            var done = Set<String>()
            let rows = try await connection.query("SELECT key FROM watch_items WHERE key = ANY(\(keys)) AND done", logger: logger)
            for try await key in rows.decode(String.self) { done.insert(key) }
            return done
        }
    }

    public func watchClaimants() async throws -> Set<String> {
        try await reading("the watch's claims") { connection in
            var workers = Set<String>()
            let rows = try await connection.query("""
                SELECT claimed_by FROM feed_status WHERE claimed_by IS NOT NULL
                UNION SELECT worker FROM watch_items WHERE NOT done
                """, logger: logger)
            for try await worker in rows.decode(String.self) { workers.insert(worker) }
            return workers
        }
    }

    public func releaseClaims(of workers: [String]) async throws {
        guard !workers.isEmpty else { return }
        let logger = self.logger
        _ = try await transaction("release claims") { connection in
            try await connection.query("""
                UPDATE feed_status SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ANY(\(workers))
                """, logger: logger)
            try await connection.query("""
                UPDATE watch_items SET claimed_until = 0 WHERE worker = ANY(\(workers)) AND NOT done
                """, logger: logger)
        }
    }

    /// A lock number of our own for watch batches (see ``TrackerStore/exclusively(_:)``).
    private static let watchLock = 7_340_501_2025

    /// Holds a session advisory lock on one connection while `body` runs on others; the server
    /// frees it if this process dies.
    func underWatchLock<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        let logger = self.logger
        do {
            return try await client.withConnection { connection in
                try await connection.query("SELECT pg_advisory_lock(\(Self.watchLock))", logger: logger)
                do {
                    let value = try await body()
                    try await connection.query("SELECT pg_advisory_unlock(\(Self.watchLock))", logger: logger)
                    return value
                } catch {
                    _ = try? await connection.query("SELECT pg_advisory_unlock(\(Self.watchLock))", logger: logger)
                    throw error
                }
            }
        } catch let error as StoreError {
            throw error
        } catch let error as PSQLError {
            throw storeError(.writeFailed, "cannot take the watch lock", error)
        }
    }
}
