import Foundation
import RedlineCore
import RedlineServer
import RedlineStore
import RedlineText
import RedlineTracker
import Testing

/// The server sees what another process writes to its store, without a restart.
@Suite("Server follows the store")
struct FollowsStoreTests {
    @Test("a document ingested through another connection to the file shows in health and lines within seconds")
    func seesAnotherWriter() async throws {
        try await TestServer.with(samples: false) { server in
            let before = try await server.get("/healthz").object()
            #expect(before["documents"] as? Int == 0)

            // Another writer: its own connections to the same SQLite file, as `redline ingest` would open.
            let article = server.directory.appendingPathComponent("article.txt")
            try """
                Title: Oslo warns Moscow
                Published: 2024-12-10

                Norway warned Russia on Tuesday that any attack on Norwegian fishing vessels would be met with a military response.
                """.write(to: article, atomically: true, encoding: .utf8)
            let other = try SQLiteStore(path: server.directory.appendingPathComponent("test.sqlite").path)
            let pipeline = try SharedPipeline.pipeline()
            var stored: [StoredDocument] = []
            DocumentReader(configuration: ReaderConfiguration()).read(article.path) { result in
                if case .success(let document) = result {
                    stored.append(StoredDocument(extracting: document, with: pipeline, ingestedAt: "2025-01-01T00:00:00Z"))
                }
            }
            _ = try await other.ingest(stored)
            try await TrackerRecords.relink(other, configuration: TrackerConfigurationFactory.make(TestServer.today))
            try await other.close()

            var documents = 0, lines = 0
            for _ in 0..<50 where documents == 0 {
                try await Task.sleep(for: .milliseconds(100))
                let health = try await server.get("/healthz").object()
                documents = health["documents"] as? Int ?? 0
                lines = health["trackedLines"] as? Int ?? 0
            }
            #expect(documents == 1)
            #expect(lines == 1)
        }
    }
}
