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
        /// Whether a missing file is created; commands that only read refuse a missing store
        /// rather than leave an empty file behind a mistyped path.
        public var createIfMissing: Bool = true
        /// Told once each time a statement starts waiting for another connection's lock, with a
        /// line for the person at the terminal.
        public var onWait: (@Sendable (String) -> Void)?

        public init(busyTimeout: TimeInterval = 30, maximumReaderCount: Int = 4, cacheSizeKiB: Int = 65_536,
                    createIfMissing: Bool = true, onWait: (@Sendable (String) -> Void)? = nil) {
            self.busyTimeout = busyTimeout
            self.maximumReaderCount = maximumReaderCount
            self.cacheSizeKiB = cacheSizeKiB
            self.createIfMissing = createIfMissing
            self.onWait = onWait
        }
    }

    public let path: String
    let pool: DatabasePool

    /// Opens (creating it if needed) and migrates the SQLite file at `path`.
    public init(path: String, configuration: Configuration = Configuration()) throws {
        self.path = path
        if !configuration.createIfMissing, !FileManager.default.fileExists(atPath: path) {
            throw StoreError(.missing, "no such store; create it with redline ingest --db \(path) INPUT...", store: path)
        }
        var config = GRDB.Configuration()
        config.busyMode = .callback(BusyWait(timeout: configuration.busyTimeout, store: path, onWait: configuration.onWait).callback)
        config.maximumReaderCount = configuration.maximumReaderCount
        config.label = "redline"
        let cacheSize = max(0, configuration.cacheSizeKiB)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -\(cacheSize)")
        }
        // Opening a new file (switching it to WAL) and the first migration can meet another
        // process doing the same; SQLite then answers "busy" without calling the busy handler,
        // so the opening is retried, within the same time limit.
        pool = try Self.openAndMigrate(path: path, config, configuration)
    }

    private static func openAndMigrate(path: String, _ config: GRDB.Configuration, _ configuration: Configuration) throws -> DatabasePool {
        let started = Date()
        var told = false
        while true {
            let pool: DatabasePool
            do {
                pool = try DatabasePool(path: path, configuration: config)
            } catch where isBusy(error) && Date().timeIntervalSince(started) < configuration.busyTimeout {
                pauseBeforeRetry(&told, store: path, configuration)
                continue
            } catch {
                throw StoreError(.cannotOpen, "cannot open the SQLite file: \(summary(error))", store: path, cause: error)
            }
            do {
                try migrate(pool, path: path)
                return pool
            } catch let error as StoreError where isBusy(error.cause) && Date().timeIntervalSince(started) < configuration.busyTimeout {
                try? pool.close()
                pauseBeforeRetry(&told, store: path, configuration)
            }
        }
    }

    static func isBusy(_ error: (any Error)?) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    private static func pauseBeforeRetry(_ told: inout Bool, store: String, _ configuration: Configuration) {
        if !told {
            configuration.onWait?("\(store): waiting for another process to finish writing (up to \(Int(configuration.busyTimeout)) s)")
            told = true
        }
        Thread.sleep(forTimeInterval: 0.05)
    }

    public func migrate() async throws {
        try migrateNow()
    }

    /// Copies the write-ahead log into the file and empties it before closing, so that the
    /// `.sqlite` file alone is a full copy of the store once a command ends. A checkpoint that
    /// another process's open reader holds back is left to SQLite (the data is safe in the log).
    public func close() async throws {
        do {
            _ = try? await pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
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
            if error.resultCode == .SQLITE_BUSY {
                return "another process kept the store locked for longer than the wait allowed (SQLite code \(error.extendedResultCode.rawValue))"
            }
            let message = error.message ?? "SQLite error"
            return "\(message) (SQLite code \(error.extendedResultCode.rawValue))"
        }
        return String(describing: error)
    }
}
