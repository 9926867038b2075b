import Foundation
import Logging
import PostgresNIO
import RedlineStore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A PostgreSQL server for the store tests: the one `REDLINE_TEST_POSTGRES_URL` names, or else a
/// throwaway server started on first use from the Debian binaries under
/// `/usr/lib/postgresql/*/bin` and stopped (only it) when the suite ends. Each test gets a
/// database of its own.
actor TestPostgres {
    @TaskLocal static var current: TestPostgres?

    private enum State {
        case idle
        case running(admin: PostgresURL, server: ThrowawayServer?)
        case failed(String)
    }

    private var state = State.idle
    private var databases = 0

    /// A new, empty database on the server.
    func newDatabase() async throws -> PostgresURL {
        let admin = try await adminURL()
        databases += 1
        let name = "redline_test_\(getpid())_\(databases)_\(UInt32.random(in: 0...UInt32.max))"
        try await Self.execute("CREATE DATABASE \(name)", on: admin)
        var url = admin
        url.database = name
        return url
    }

    /// Drops a database made by `newDatabase` (needed only on a server that outlives the tests).
    func dropDatabase(_ url: PostgresURL) async throws {
        guard case .running(let admin, let server) = state, server == nil else { return }
        try await Self.execute("DROP DATABASE IF EXISTS \(url.database) WITH (FORCE)", on: admin)
    }

    func stop() {
        if case .running(_, let server?) = state { server.stop() }
        state = .idle
    }

    private func adminURL() async throws -> PostgresURL {
        switch state {
        case .running(let admin, _):
            return admin
        case .failed(let message):
            throw TestPostgresError(message: message)
        case .idle:
            do {
                if let value = ProcessInfo.processInfo.environment["REDLINE_TEST_POSTGRES_URL"], !value.isEmpty {
                    let url = try PostgresURL(parsing: value)
                    state = .running(admin: url, server: nil)
                    return url
                }
                let server = try ThrowawayServer.start()
                state = .running(admin: server.url, server: server)
                return server.url
            } catch {
                state = .failed(String(describing: error))
                throw error
            }
        }
    }

    private static func execute(_ sql: String, on url: PostgresURL) async throws {
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
            tls: .disable)
        if url.isSocket {
            configuration = .init(unixSocketPath: url.socketPath, username: url.user, password: url.password,
                                  database: url.database)
        }
        let logger = Logger(label: "test-postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
        } catch {
            try? await connection.close()
            throw TestPostgresError(message: "\(sql) failed: \(String(reflecting: error))")
        }
        try await connection.close()
    }
}

struct TestPostgresError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Runs a suite inside a ``TestPostgres`` scope and stops its server afterwards.
struct PostgresServerTrait: SuiteTrait, TestScoping {
    func provideScope(for test: Test, testCase: Test.Case?,
                      performing function: @Sendable () async throws -> Void) async throws {
        let server = TestPostgres()
        do {
            try await TestPostgres.$current.withValue(server) { try await function() }
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }
}

extension Trait where Self == PostgresServerTrait {
    /// Gives the suite's tests a PostgreSQL server (``TestPostgres/current``).
    static var postgresServer: Self { Self() }
}
