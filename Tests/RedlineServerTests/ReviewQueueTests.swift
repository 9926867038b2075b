import Foundation
import RedlineCore
import RedlineServer
import RedlineStore
import Testing

/// The review queue and the audit trail over HTTP on the samples: what comes first, what the
/// filters and pages hold, what a review does to the queue and the history, and that the page and
/// the API list the same links.
@Suite("Review queue and audit trail", .serialized)
struct ReviewQueueTests {
    typealias Item = [String: Any]

    static func items(_ server: TestServer, _ query: String) async throws -> (total: Int, items: [Item], next: String?) {
        let reply = try await server.get("/api/review-queue?" + query)
        #expect(reply.status == 200, "\(query): \(reply.text.prefix(200))")
        let object = try reply.object()
        return (object["total"] as? Int ?? -1, object["items"] as? [Item] ?? [], object["nextCursor"] as? String)
    }

    static func ids(_ items: [Item]) -> [String] { items.map { ($0["id"] as? String ?? "") + "@" + ($0["line"] as? String ?? "") } }

    @Test func unreviewedLowestConfidenceFirstWithFiltersAndPages() async throws {
        try await TestServer.with { server in
            let lines = try await server.get("/api/redlines?full=true&limit=500").object()["items"] as? [Item] ?? []
            let links = lines.reduce(0) { total, line in
                total + ["statements", "crossings", "responses"].reduce(0) { n, key in n + ((line[key] as? [Any])?.count ?? 0) }
            }
            let all = try await Self.items(server, "limit=500")
            #expect(all.total == links, "every link of every line is waiting: none is reviewed yet")
            #expect(all.items.count == links)
            #expect(all.items.allSatisfy { $0["review"] == nil })
            let confidences = all.items.compactMap { $0["confidence"] as? Double }
            #expect(confidences.count == all.items.count)
            #expect(confidences == confidences.sorted(), "lowest confidence first")
            #expect(Set(all.items.compactMap { $0["kind"] as? String }) == ["statement", "crossing", "response"])
            // Titles name the actors ("Russia warns …"), not their codes.
            let russian = try #require(all.items.first { ($0["lineTitle"] as? String)?.hasPrefix("Russia warns") == true })
            #expect(russian["evidence"] as? String != nil && russian["source"] as? String != nil)

            // Pages: the cursor continues where the page ended.
            let first = try await Self.items(server, "limit=3")
            #expect(first.total == all.total)
            #expect(Self.ids(first.items) == Array(Self.ids(all.items).prefix(3)))
            let cursor = try #require(first.next)
            let second = try await Self.items(server, "limit=3&cursor=\(cursor)")
            #expect(Self.ids(second.items) == Array(Self.ids(all.items)[3..<6]))

            // Filters.
            let crossings = try await Self.items(server, "kind=crossing&limit=500")
            #expect(crossings.total == all.items.count(where: { $0["kind"] as? String == "crossing" }))
            #expect(crossings.total > 0 && crossings.items.allSatisfy { $0["kind"] as? String == "crossing" })
            let low = try await Self.items(server, "kind=crossing&below=0.6&limit=500")
            var expected: [Item] = []
            for item in crossings.items where ((item["confidence"] as? NSNumber)?.doubleValue ?? 1) < 0.6 { expected.append(item) }
            #expect(Self.ids(low.items) == Self.ids(expected))
            #expect(low.total == expected.count && expected.count < crossings.total)
            let none = try await Self.items(server, "below=0")
            #expect(none.total == 0 && none.next == nil)

            let kind = try await server.get("/api/review-queue?kind=claim")
            #expect(kind.status == 400)
            #expect(try kind.object()["error"] as? String == "kind must be one of statement, crossing, response, not \"claim\"")
            let below = try await server.get("/api/review-queue?below=high")
            #expect(below.status == 400)
            #expect(try below.object()["error"] as? String == "below must be a confidence from 0 to 1 such as 0.6, not \"high\"")
            #expect(try await server.get("/review?below=7").status == 400)
        }
    }

    @Test func aReviewNeedsTheTokenThenLeavesTheQueueForTheHistory() async throws {
        try await TestServer.with { server in
            let before = try await Self.items(server, "limit=500")
            let first = try #require(before.items.first)
            let line = try #require(first["line"] as? String), link = try #require(first["id"] as? String)
            let confirm = #"{"line":"\#(line)","link":"\#(link)","verdict":"confirm","reason":"the source says so","reviewer":"ana"}"#

            let refused = try await server.post("/api/reviews", confirm, token: nil)
            #expect(refused.status == 401)
            let wrong = try await server.post("/api/reviews", confirm, token: "not-the-token")
            #expect(wrong.status == 401)
            #expect(Self.ids(try await Self.items(server, "limit=500").items) == Self.ids(before.items), "a refused review changes nothing")

            let accepted = try await server.post("/api/reviews", confirm)
            #expect(accepted.status == 201)
            let after = try await Self.items(server, "limit=500")
            #expect(after.total == before.total - 1)
            #expect(!Self.ids(after.items).contains(link + "@" + line), "the reviewed link left the unreviewed queue")

            // Rejecting takes the link out of its line; with reviewed=true it is still listed. A
            // response is rejected: nothing else of its line hangs on it.
            let second = try #require(after.items.first { $0["kind"] as? String == "response" })
            let rejectedLink = try #require(second["id"] as? String), rejectedLine = try #require(second["line"] as? String)
            let reject = #"{"line":"\#(rejectedLine)","link":"\#(rejectedLink)","verdict":"reject","reason":"another act","reviewer":"bo"}"#
            #expect(try await server.post("/api/reviews", reject).status == 201)
            let open = try await Self.items(server, "limit=500")
            #expect(open.total == before.total - 2)

            let withReviewed = try await Self.items(server, "reviewed=true&limit=500")
            #expect(withReviewed.total == before.total)
            let reviewed = withReviewed.items.suffix(2)
            #expect(withReviewed.items.prefix(open.total).allSatisfy { $0["review"] == nil }, "unreviewed links come first")
            // Both reviews may carry the same second; the order between them is then by confidence.
            let byReviewer = Dictionary(uniqueKeysWithValues: reviewed.map { (($0["review"] as? Item)?["reviewer"] as? String ?? "", $0) })
            #expect((byReviewer["ana"]?["review"] as? Item)?["verdict"] as? String == "confirm")
            #expect(byReviewer["ana"]?["confidence"] as? Double == 1, "a confirmed link is kept with confidence 1")
            #expect((byReviewer["bo"]?["review"] as? Item)?["verdict"] as? String == "reject")
            #expect(byReviewer["bo"]?["evidence"] as? String == second["evidence"] as? String)
            #expect(byReviewer["bo"]?["confidence"] == nil, "a rejected link has left its line, and its score with it")
            let reviewedOnly = try await server.get("/review?reviewed=true&limit=200").text
            #expect(reviewedOnly.contains("Rejected by bo") && reviewedOnly.contains("Accepted by ana"))
            let rejectedRow = reviewedOnly.components(separatedBy: "data-link=\"\(HTML.escape(rejectedLink))\"").dropFirst().first?
                .components(separatedBy: "</li>").first ?? ""
            #expect(rejectedRow.contains("Rejected by bo") && !rejectedRow.contains("data-verdict"), "a rejected link, out of its line, has no buttons")

            let history = try await server.get("/api/review-history").object()
            #expect(history["total"] as? Int == 2)
            let entries = history["items"] as? [Item] ?? []
            #expect(entries.map { $0["reviewer"] as? String } == ["bo", "ana"], "newest first")
            let ana = try #require(entries.last)
            #expect(ana["reason"] as? String == "the source says so" && ana["verdict"] as? String == "confirm")
            #expect(ana["line"] as? String == line && ana["link"] as? String == link)
            #expect(ana["superseded"] as? Bool == false && ana["namesNothing"] as? Bool == false)
            #expect(ana["evidence"] as? String == first["evidence"] as? String)

            let page = try await server.get("/review/history")
            #expect(page.status == 200)
            #expect(page.text.contains("<td>ana</td>") && page.text.contains("the source says so"))
            #expect(page.text.contains("href=\"/lines/\(line)\""))
            #expect(page.text.contains("<td>bo</td>") && page.text.contains("another act"))
        }
    }

    @Test func laterReviewsReplaceEarlierOnesAndStrayReviewsAreFlagged() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redline-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore(path: directory.appendingPathComponent("stray.sqlite").path)
        _ = try await store.addReview(Review(target: .status(line: "no-such-line", .enforced), verdict: nil,
                                             reason: "a line of an older linking", reviewer: "cy", at: "2024-05-01T10:00:00Z"))
        try await TestServer.with(store: store) { server in
            let item = try #require(try await Self.items(server, "limit=1").items.first)
            let line = try #require(item["line"] as? String), link = try #require(item["id"] as? String)
            for (verdict, reason) in [("confirm", "first look"), ("reject", "second look")] {
                let body = #"{"line":"\#(line)","link":"\#(link)","verdict":"\#(verdict)","reason":"\#(reason)","reviewer":"dee"}"#
                let reply = try await server.post("/api/reviews", body)
                #expect(reply.status == 201, "\(reply.text.prefix(300))")
            }
            let entries = try await server.get("/api/review-history").object()["items"] as? [Item] ?? []
            #expect(entries.map { $0["reason"] as? String } == ["second look", "first look", "a line of an older linking"])
            #expect(entries.map { $0["superseded"] as? Bool } == [false, true, false])
            #expect(entries.map { $0["namesNothing"] as? Bool } == [false, false, true])
            #expect(entries.last?["status"] as? String == "enforced" && entries.last?["lineTitle"] == nil)
            let page = try await server.get("/review/history").text
            #expect(page.contains("replaced by a later review"))
            #expect(page.contains("names nothing in the current linking"))
            #expect(page.contains("<code>no-such-line</code> <span class=\"flag\">no longer tracked</span>"))
        }
    }

    @Test func thePageListsWhatTheAPIAnswers() async throws {
        try await TestServer.with { server in
            for query in ["", "kind=crossing", "below=0.8", "kind=statement&below=0.9", "limit=4&offset=4"] {
                let api = try await Self.items(server, query + (query.contains("limit") ? "" : (query.isEmpty ? "" : "&") + "limit=25"))
                let reply = try await server.get("/review?" + query)
                #expect(reply.status == 200)
                let html = reply.text
                let rows = Self.rows(html)
                #expect(rows == api.items.map { [$0["line"] as? String ?? "", $0["id"] as? String ?? ""] }, "/review?\(query)")
                #expect(html.contains("\(api.total) link\(api.total == 1 ? "" : "s") to review"), "/review?\(query)")
                for item in api.items {
                    #expect(html.contains(HTML.escape(item["evidence"] as? String ?? "")))
                }
            }
            let html = try await server.get("/review").text
            #expect(html.contains("<a href=\"/review\" aria-current=\"page\">Review</a>"), "the navigation leads here")
            #expect(html.contains("<button type=\"button\" data-review") && html.contains(">Accept</button>") && html.contains(">Reject</button>"))
            #expect(html.contains("class=\"badge verdict-none\""))
            #expect(html.contains("<small class=\"code\">"), "names first, codes as secondary text")
            let lines = try await server.get("/").text
            #expect(lines.contains("<a href=\"/review\">Review</a>"))
        }
    }

    /// The (line, link) of each queue row of a page, in order.
    static func rows(_ html: String) -> [[String]] {
        html.components(separatedBy: "data-review-row data-line=\"").dropFirst().map { part in
            let line = part.prefix { $0 != "\"" }
            let rest = part.dropFirst(line.count).components(separatedBy: "data-link=\"").dropFirst().first ?? ""
            return [Self.unescape(String(line)), Self.unescape(String(rest.prefix { $0 != "\"" }))]
        }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
