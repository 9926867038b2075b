import Foundation
import Testing

@Suite("JSON API over HTTP", .serialized)
struct APITests {
    @Test func healthAndLines() async throws {
        try await TestServer.with() { server in
            let health = try await server.get("/healthz")
            #expect(health.status == 200)
            #expect(try health.object()["status"] as? String == "ok")

            let page = try await server.get("/api/redlines?limit=2")
            #expect(page.status == 200)
            let object = try page.object()
            let total = try #require(object["total"] as? Int)
            #expect(total >= 3, "the samples hold several red lines")
            let items = try #require(object["items"] as? [[String: Any]])
            #expect(items.count == 2)
            let cursor = try #require(object["nextCursor"] as? String)
            let next = try await server.get("/api/redlines?limit=2&cursor=\(cursor)").object()
            let nextItems = try #require(next["items"] as? [[String: Any]])
            #expect(nextItems.first?["id"] as? String != items.first?["id"] as? String)

            let id = try #require(items.first?["id"] as? String)
            let line = try await server.get("/api/redlines/\(id)").object()
            #expect(line["id"] as? String == id)
            let statements = try #require(line["statements"] as? [[String: Any]])
            let evidence = statements.first?["evidence"] as? String ?? ""
            #expect(!evidence.isEmpty)
            #expect(line["crossings"] is [Any] && line["responses"] is [Any])
        }
    }

    @Test func filters() async throws {
        try await TestServer.with() { server in
            let all = try await server.get("/api/redlines?limit=500").object()["items"] as? [[String: Any]] ?? []
            let declarer = try #require((all.first?["declarer"] as? [String: Any])?["code"] as? String)
            let filtered = try await server.get("/api/redlines?declarer=\(declarer.lowercased())&limit=500").object()
            let items = filtered["items"] as? [[String: Any]] ?? []
            #expect(!items.isEmpty)
            #expect(items.allSatisfy { ($0["declarer"] as? [String: Any])?["code"] as? String == declarer })
            let future = try await server.get("/api/redlines?since=2099-01-01").object()
            #expect(future["total"] as? Int == 0)
            #expect(future["nextCursor"] is NSNull)
        }
    }

    @Test func eventsActorsSearchDocuments() async throws {
        try await TestServer.with() { server in
            let events = try await server.get("/api/events?limit=5").object()
            let total = try #require(events["total"] as? Int)
            #expect(total > 5)
            let items = try #require(events["items"] as? [[String: Any]])
            #expect(items.count == 5)
            let document = try #require(items.first?["document"] as? String)

            let assaults = try await server.get("/api/events?type=assault&limit=500").object()
            let assaultItems = assaults["items"] as? [[String: Any]] ?? []
            #expect(assaultItems.allSatisfy { $0["type"] as? String == "ASSAULT" })
            #expect(assaults["total"] as? Int == assaultItems.count)

            let actors = try await server.get("/api/actors").object()
            let list = try #require(actors["items"] as? [[String: Any]])
            let code = try #require(list.first?["code"] as? String)
            let actor = try await server.get("/api/actors/\(code)").object()
            #expect(actor["code"] as? String == code)
            #expect((actor["credibility"] as? [String: Any])?["mean"] is Double)
            #expect(actor["escalation"] is [Any])

            let search = try await server.get("/api/search?q=red%20line").object()
            #expect((search["total"] as? Int ?? 0) > 0)

            let extraction = try await server.get("/api/documents/\(document)").object()
            #expect(extraction["schema"] as? String == "redline/extract@1")
            #expect(((extraction["document"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
        }
    }

    @Test func metricsCountRequests() async throws {
        try await TestServer.with(samples: false) { server in
            _ = try await server.get("/api/redlines")
            _ = try await server.get("/api/redlines/nope")
            let metrics = try await server.get("/metrics")
            #expect(metrics.status == 200)
            #expect(metrics.headers["content-type"]?.hasPrefix("text/plain") == true)
            #expect(metrics.text.contains(#"redline_http_requests_total{route="/api/redlines",method="GET",status="200"} 1"#))
            #expect(metrics.text.contains(#"redline_http_requests_total{route="/api/redlines/{id}",method="GET",status="404"} 1"#))
            #expect(metrics.text.contains(#"redline_http_request_duration_seconds_bucket{route="/api/redlines",le="+Inf"} 1"#))
            #expect(metrics.text.contains("redline_store_events 0"))
        }
    }

    @Test func ingestAnswersWithWhatWasFound() async throws {
        try await TestServer.with(samples: false) { server in
            let article = """
                Title: Warning over convoys
                Published: 2022-04-13

                On April 13, Russian Deputy Foreign Minister Sergei Ryabkov warned the United States and NATO that \
                vehicles transporting weapons on Ukrainian territory would be considered legitimate military targets.
                """
            let reply = try await server.post("/api/documents", article, contentType: "text/plain")
            #expect(reply.status == 201)
            let result = try reply.object()
            #expect(result["inserted"] as? Int == 1)
            let documents = try #require(result["documents"] as? [[String: Any]])
            #expect(documents.first?["redLines"] as? Int ?? 0 >= 1)
            #expect((result["lines"] as? [Any])?.isEmpty == false)
            let lines = try await server.get("/api/redlines").object()
            #expect(lines["total"] as? Int ?? 0 >= 1, "the read model is refreshed after a write")

            let again = try await server.post("/api/documents", article, contentType: "text/plain")
            #expect(again.status == 200)
            #expect(try again.object()["skipped"] as? Int == 1)

            let feed = try String(contentsOf: TestServer.samplesDirectory.appendingPathComponent("14-pelosi-taiwan.rss"), encoding: .utf8)
            let fed = try await server.post("/api/documents?format=feed", feed)
            #expect(fed.status == 201)
            let extract = try await server.post("/api/extract?published=2022-04-13", article, token: nil)
            #expect(extract.status == 200)
            #expect(try extract.object()["inserted"] as? Int == 0)
        }
    }
}
