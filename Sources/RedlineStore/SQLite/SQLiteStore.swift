import Foundation
import GRDB
import RedlineCore

/// The default store: one SQLite file, opened through a GRDB `DatabasePool` in WAL mode so that
/// readers never wait for a writer and several processes can ingest into the same file (writers
/// take turns, waiting up to `busyTimeout` for each other).
///
/// ```swift
/// let store = try SQLiteStore(path: "redline.sqlite")   // creates and migrates the file
/// ```
public final class SQLiteStore: TrackerStore {
    /// How the file is opened.
    public struct Configuration: Sendable {
        /// How long a write waits for another process's transaction before it fails.
        public var busyTimeout: TimeInterval = 30
        /// Readers kept open at once.
        public var maximumReaderCount: Int = 4
        /// SQLite's page cache per connection, in KiB. The default 2 MiB makes every insert into
        /// the growing indexes of a 100,000-event store read pages back from the file.
        public var cacheSizeKiB: Int = 65_536

        public init(busyTimeout: TimeInterval = 30, maximumReaderCount: Int = 4, cacheSizeKiB: Int = 65_536) {
            self.busyTimeout = busyTimeout
            self.maximumReaderCount = maximumReaderCount
            self.cacheSizeKiB = cacheSizeKiB
        }
    }

    public let path: String
    let pool: DatabasePool

    /// Opens (creating it if needed) and migrates the SQLite file at `path`.
    public init(path: String, configuration: Configuration = Configuration()) throws {
        self.path = path
        var config = GRDB.Configuration()
        config.busyMode = .timeout(configuration.busyTimeout)
        config.maximumReaderCount = configuration.maximumReaderCount
        config.label = "redline"
        let cacheSize = max(0, configuration.cacheSizeKiB)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -\(cacheSize)")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw StoreError(.cannotOpen, "cannot open the SQLite file: \(Self.summary(error))", store: path, cause: error)
        }
        try migrateNow()
    }

    public func migrate() async throws {
        try migrateNow()
    }

    public func close() async throws {
        do {
            try pool.close()
        } catch {
            throw StoreError(.writeFailed, "cannot close the SQLite file: \(Self.summary(error))", store: path, cause: error)
        }
    }

    /// Runs a write transaction, turning failures into a `StoreError` that says what was being done.
    func writing<T: Sendable>(_ what: String, _ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(updates)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.writeFailed, "cannot \(what): \(Self.summary(error))", store: path, cause: error)
        }
    }

    /// Runs a read, turning failures into a `StoreError` that says what was being read.
    func reading<T: Sendable>(_ what: String, _ value: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(value)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.readFailed, "cannot read \(what): \(Self.summary(error))", store: path, cause: error)
        }
    }

    /// A one-line account of a GRDB or SQLite error, without SQL or statement arguments.
    static func summary(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            let message = error.message ?? "SQLite error"
            return "\(message) (SQLite code \(error.extendedResultCode.rawValue))"
        }
        return String(describing: error)
    }
}
