import Logging
import PostgresNIO
import RedlineCore

/// The shared store: a PostgreSQL database reached through a postgres-nio `PostgresClient` pool.
/// Same schema and semantics as ``SQLiteStore``; many processes may ingest at once.
///
/// ```swift
/// let url = try PostgresURL(parsing: "postgres://redline@localhost:5432/redline")
/// let store = try await PostgresStore.connect(url)   // checks the server, then migrates
/// defer { Task { try await store.close() } }
/// ```
public final class PostgresStore: TrackerStore {
    /// How the pool connects.
    public struct Configuration: Sendable {
        public var connectTimeout: Duration = .seconds(10)
        public var maximumConnections: Int = 4
        /// Where postgres-nio's own messages go; silent by default.
        public var logger: Logger = Logger(label: "redline.store.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

        public init() {}
    }

    public let url: PostgresURL
    let client: PostgresClient
    let logger: Logger
    private let runTask: Task<Void, Never>

    private init(url: PostgresURL, configuration: Configuration) {
        self.url = url
        self.logger = configuration.logger
        let client = PostgresClient(
            configuration: url.clientConfiguration(connectTimeout: configuration.connectTimeout,
                                                   maximumConnections: configuration.maximumConnections),
            backgroundLogger: configuration.logger)
        self.client = client
        runTask = Task { await client.run() }
    }

    /// Connects to the server, fails with a clear message when it cannot, and migrates.
    public static func connect(_ url: PostgresURL, configuration: Configuration = Configuration()) async throws -> PostgresStore {
        try await probe(url, configuration: configuration)
        let store = PostgresStore(url: url, configuration: configuration)
        do {
            try await store.migrate()
        } catch {
            try? await store.close()
            throw error
        }
        return store
    }

    /// Opens one connection and closes it: the pool retries quietly when a server is missing,
    /// while a person who typed a wrong URL wants to be told at once.
    private static func probe(_ url: PostgresURL, configuration: Configuration) async throws {
        do {
            let connection = try await PostgresConnection.connect(
                configuration: try url.probeConfiguration(connectTimeout: configuration.connectTimeout),
                id: 0, logger: configuration.logger)
            try await connection.close()
        } catch {
            throw StoreError(.cannotOpen, "cannot connect: \(summary(error))", store: url.description, cause: error)
        }
    }

    public func close() async throws {
        runTask.cancel()
        await runTask.value
    }

    /// Runs `body` in one transaction, turning failures into a `StoreError` that says what was being done.
    func transaction<T: Sendable>(_ what: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch {
            throw storeError(.writeFailed, "cannot \(what)", error)
        }
    }

    /// Runs a read, turning failures into a `StoreError` that says what was being read.
    func reading<T: Sendable>(_ what: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw storeError(.readFailed, "cannot read \(what)", error)
        }
    }

    func storeError(_ code: StoreError.Code, _ message: String, _ error: any Error) -> StoreError {
        var inner: any Error = error
        if let transaction = error as? PostgresTransactionError {
            inner = transaction.closureError ?? transaction.commitError ?? transaction.beginError ?? error
        }
        if let storeError = inner as? StoreError { return storeError }
        return StoreError(code, "\(message): \(Self.summary(inner))", store: url.description, cause: error)
    }

    /// A one-line account of a postgres-nio error: the server's message and SQLSTATE, or what failed
    /// on the way; never the query's arguments.
    static func summary(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let info = error.serverInfo, let message = info[.message] {
                let state = info[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
                return message + state
            }
            if let underlying = error.underlying {
                return "\(error.code): \(summary(underlying))"
            }
            return String(describing: error.code)
        }
        if let error = error as? PostgresTransactionError {
            return summary(error.closureError ?? error.commitError ?? error.beginError ?? error.rollbackError ?? error)
        }
        return String(describing: error)
    }
}
