import Foundation
@testable import RedlineStore
import Testing

/// The store kinds every behaviour test runs against.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// Runs `body` with a fresh, empty store of this kind (a file in a temporary directory, or a
    /// database of its own on the test server), closed and removed afterwards.
    func withStore(_ body: (any TrackerStore, StoreLocation) async throws -> Void) async throws {
        switch self {
        case .sqlite:
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let location = StoreLocation.sqlite(path: directory.path + "/redline.sqlite")
            let store = try await StoreFactory.open(location)
            do {
                try await body(store, location)
            } catch {
                try? await store.close()
                throw error
            }
            try await store.close()
        case .postgres:
            guard let server = TestPostgres.current else {
                throw TestPostgresError(message: "no PostgreSQL scope: put .postgresServer on the suite")
            }
            let url = try await server.newDatabase()
            let location = StoreLocation.postgres(url)
            let store = try await StoreFactory.open(location)
            do {
                try await body(store, location)
            } catch {
                try? await store.close()
                try? await server.dropDatabase(url)
                throw error
            }
            try await store.close()
            try await server.dropDatabase(url)
        }
    }
}

/// A directory under the system's temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.path + "/redline-store-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
