import Foundation
import RedlineStore
import Testing

/// The server over a PostgreSQL store: search as a browser's form sends it, and the explorer's
/// facets and downloads, as on SQLite.
@Suite("Search and events on PostgreSQL", .serialized, .postgresServer)
struct PostgresSearchTests {
    @Test func aBrowserStylePlusQueryAndTheExplorerWorkOnPostgreSQL() async throws {
        let postgres = try #require(TestPostgres.current)
        let url = try await postgres.newDatabase()
        let store = try await StoreFactory.open(.postgres(url))
        try await TestServer.with(store: store) { server in
            let plus = try await server.get("/api/search?q=legitimate+targets").object()
            #expect(plus["query"] as? String == "legitimate targets")
            #expect((plus["total"] as? Int ?? 0) > 0)
            let items = try #require(plus["items"] as? [[String: Any]])
            let hits = items.flatMap { $0["hits"] as? [[String: Any]] ?? [] }
            #expect(!hits.isEmpty)
            #expect(hits.allSatisfy { !($0["highlights"] as? [Any] ?? []).isEmpty }, "every sentence has its words marked")
            #expect(hits.contains { !($0["lines"] as? [Any] ?? []).isEmpty })
            let page = try await server.get("/search?q=legitimate+targets")
            #expect(page.text.contains("<mark>"))

            let facets = try await server.get("/api/events/facets?type=ASSAULT").object()
            #expect((facets["total"] as? Int ?? 0) > 0)
            let json = try await server.get("/api/events?type=ASSAULT&order=newest&limit=5").object()["items"] as? [[String: Any]] ?? []
            let csv = CSVReader.parse(try await server.get("/api/events.csv?type=ASSAULT&order=newest&limit=5").text)
            let id = try #require(csv.first?.firstIndex(of: "id"))
            var ids: [String] = []
            for row in csv.dropFirst() where ids.last != row[id] { ids.append(row[id]) }
            #expect(ids == json.compactMap { $0["id"] as? String })
            #expect(try await server.get("/events?type=ASSAULT&actor=RUS").status == 200)
        }
        try await postgres.dropDatabase(url)
    }
}
