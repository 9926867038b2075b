import Foundation
import Testing

/// Search as a browser's form sends it, and the events API, explorer page and downloads.
@Suite("Search and events over HTTP", .serialized)
struct SearchAndEventsTests {
    @Test func aBrowserStylePlusQueryFindsRankedHighlightedDocumentsLinkedToTheirLines() async throws {
        try await TestServer.with { server in
            // A form sends spaces as "+": "legitimate+targets" is two words, not "legitimate+targets".
            let plus = try await server.get("/api/search?q=legitimate+targets").object()
            let encoded = try await server.get("/api/search?q=legitimate%20targets").object()
            let total = try #require(plus["total"] as? Int)
            #expect(total > 0, "the samples hold the convoy warning")
            #expect(plus["query"] as? String == "legitimate targets")
            #expect(encoded["total"] as? Int == total)
            let items = try #require(plus["items"] as? [[String: Any]])
            let scores = items.compactMap { $0["score"] as? Double }
            #expect(scores == scores.sorted(by: >), "best first")
            let hits = items.flatMap { $0["hits"] as? [[String: Any]] ?? [] }
            #expect(!hits.isEmpty)
            for hit in hits {
                let evidence = try #require(hit["evidence"] as? String)
                let spans = try #require(hit["highlights"] as? [[Int]])
                let scalars = Array(evidence.unicodeScalars)
                let words = spans.map { String(String.UnicodeScalarView(scalars[$0[0]..<$0[1]])).lowercased() }
                #expect(!words.isEmpty && words.allSatisfy { $0.hasPrefix("legitimate") || $0.hasPrefix("target") }, "\(words)")
            }
            #expect(hits.contains { !($0["lines"] as? [Any] ?? []).isEmpty }, "a statement links to its tracked line")

            let page = try await server.get("/search?q=legitimate+targets")
            #expect(page.status == 200)
            #expect(page.text.contains("<mark>legitimate</mark>") || page.text.contains("<mark>Legitimate</mark>"))
            #expect(page.text.contains("href=\"/lines/"), "hits link to their lines")
            #expect(page.text.contains("#at-"), "hits link to their sentence in the document")
            #expect(page.text.contains("value=\"legitimate targets\""))
            let bad = try await server.get("/search?q=%21%21")
            #expect(bad.status == 400 && bad.text.contains("not only punctuation"))
        }
    }

    @Test func eventsFilterFacetAndDownloadTheSamePage() async throws {
        try await TestServer.with { server in
            let all = try await server.get("/api/events?limit=500&order=newest").object()
            let items = try #require(all["items"] as? [[String: Any]])
            let dates = items.compactMap { $0["date"] as? String }
            #expect(dates == dates.sorted(by: >), "newest first")
            let type = try #require(items.first?["type"] as? String)

            let facets = try await server.get("/api/events/facets?type=\(type)").object()
            #expect(facets["total"] as? Int == items.filter { $0["type"] as? String == type }.count)
            let types = try #require(facets["types"] as? [[String: Any]])
            #expect(types.count > 1, "the type facet lists the other types too")
            #expect((facets["days"] as? [Any])?.isEmpty == false)

            let query = "type=\(type)&order=newest&limit=7"
            let json = try await server.get("/api/events?\(query)").object()["items"] as? [[String: Any]] ?? []
            let csv = try await server.get("/api/events.csv?\(query)")
            #expect(csv.headers["content-type"]?.hasPrefix("text/csv") == true)
            #expect(csv.headers["content-disposition"]?.contains("events.csv") == true)
            let rows = CSVReader.parse(csv.text)
            let id = try #require(rows.first?.firstIndex(of: "id"))
            var ids: [String] = []
            for row in rows.dropFirst() where ids.last != row[id] { ids.append(row[id]) }
            #expect(ids == json.compactMap { $0["id"] as? String })
            let download = try await server.get("/api/events.json?\(query)")
            let array = try #require(try download.json() as? [[String: Any]])
            #expect(array.compactMap { $0["id"] as? String } == ids)
            let bom = try await server.get("/api/events.csv?\(query)&bom=true")
            #expect(bom.body.starts(with: [0xEF, 0xBB, 0xBF]))

            let explorer = try await server.get("/events?type=\(type)")
            #expect(explorer.status == 200)
            #expect(explorer.text.contains("<svg class=\"chart histogram\""))
            #expect(explorer.text.contains("data-facet=\"actor\""))
            #expect(explorer.text.contains("id=\"download-csv\" href=\"/api/events.csv?type=\(type)&amp;order=newest&amp;limit=50&amp;offset=0\"")
                || explorer.text.contains("id=\"download-csv\" href=\"/api/events.csv?type=\(type)&order=newest&limit=50&offset=0\""))
        }
    }

    @Test func timelineAndEscalationChartsAnswerQuestions() async throws {
        try await TestServer.with { server in
            let all = try await server.get("/api/redlines?limit=500").object()["items"] as? [[String: Any]] ?? []
            let enforced = all.filter { $0["status"] as? String == "enforced" }.count
            let newest = try await server.get("/api/redlines?order=newest&limit=500").object()["items"] as? [[String: Any]] ?? []
            let declared = newest.compactMap { $0["firstDeclared"] as? String }
            #expect(declared == declared.sorted(by: >) && declared.count > 1, "newest first")
            #expect(try await server.get("/api/redlines?order=sideways").status == 400)
            let page = try await server.get("/timeline?status=enforced&sort=activity")
            #expect(page.status == 200)
            #expect(page.text.components(separatedBy: "<svg class=\"strip\"").count - 1 == enforced)
            #expect(page.text.components(separatedBy: "badge status-enforced").count - 1 == enforced)
            let text = try await server.get("/timeline?q=convoys")
            #expect(text.text.contains("convoys") && text.text.contains("<svg class=\"strip\""))
            let bad = try await server.get("/timeline?sort=sideways")
            #expect(bad.status == 400)
            #expect(try bad.object()["error"] as? String == "sort must be one of newest, oldest, activity, status, declarer, not \"sideways\"")

            let actor = try await server.get("/actors/RUS?from=2022-01-01&to=2022-06-30")
            #expect(actor.status == 200)
            #expect(actor.text.contains("href=\"/events?actor="), "escalation weeks link to their events")
            #expect(actor.text.contains("value=\"2022-01-01\""))
            #expect(actor.text.contains("W01") || actor.text.contains("2022-01-03"), "the chosen range is drawn")
            #expect(try await server.get("/actors/RUS?from=2022-06-30&to=2022-01-01").status == 400)
        }
    }
}
