import Foundation
import Testing

@Suite("Authorization and bad input", .serialized)
struct AuthAndInputTests {
    @Test func writesNeedTheToken() async throws {
        try await TestServer.with(samples: false) { server in
            let missing = try await server.post("/api/documents", "Some text.", token: nil)
            #expect(missing.status == 401)
            #expect(try missing.object()["error"] as? String == "this action needs the header Authorization: Bearer <token>")
            let wrong = try await server.post("/api/documents", "Some text.", token: "not-the-token")
            #expect(wrong.status == 401)
            let review = try await server.post("/api/reviews", #"{"line":"x","status":"enforced","reason":"r"}"#, token: nil)
            #expect(review.status == 401)
            // Reads stay open.
            #expect(try await server.get("/api/redlines").status == 200)
        }
    }

    @Test func withoutATokenTheServerIsReadOnly() async throws {
        try await TestServer.with(samples: false, token: nil) { server in
            let reply = try await server.post("/api/documents", "Some text.", token: "anything")
            #expect(reply.status == 403)
            #expect(try reply.object()["error"] as? String == "writes are disabled: start the server with --token or REDLINE_TOKEN")
        }
    }

    @Test func reviewsChangeTheLine() async throws {
        try await TestServer.with() { server in
            let items = try await server.get("/api/redlines?limit=1").object()["items"] as? [[String: Any]] ?? []
            let line = try #require(items.first)
            let id = try #require(line["id"] as? String)
            let body = #"{"line":"\#(id)","status":"withdrawn","reason":"retracted in a later speech","reviewer":"ana"}"#
            let reply = try await server.post("/api/reviews", body)
            #expect(reply.status == 201)
            let result = try reply.object()
            let after = try #require(result["line"] as? [String: Any])
            #expect(after["status"] as? String == "withdrawn")
            #expect(after["statusSource"] as? String == "review")
            let fetched = try await server.get("/api/redlines/\(id)").object()
            #expect(fetched["status"] as? String == "withdrawn")
            let statement = try #require((line["statements"] as? [[String: Any]])?.first?["id"] as? String)
            let reject = try await server.post("/api/reviews", #"{"line":"\#(id)","link":"\#(statement)","verdict":"reject","reason":"misread"}"#)
            #expect(reject.status == 201)
            let reviews = try await server.get("/api/reviews").object()["items"] as? [Any]
            #expect(reviews?.count == 2)
        }
    }

    @Test func badRequestsGetJSONErrors() async throws {
        try await TestServer.with(samples: false, maxDocumentBytes: 2_000) { server in
            let cases: [(String, String, String?, Int, String)] = [
                ("GET", "/api/redlines?limit=0", nil, 400, "limit must be a whole number from 1 to 500, not \"0\""),
                ("GET", "/api/redlines?limit=abc", nil, 400, "limit must be a whole number from 1 to 500, not \"abc\""),
                ("GET", "/api/redlines?status=burning", nil, 400,
                 "status must be one of declared, crossed, enforced, partially-enforced, not-enforced, withdrawn, not \"burning\""),
                ("GET", "/api/redlines?since=yesterday", nil, 400, "since must be a date as YYYY-MM-DD, not \"yesterday\""),
                ("GET", "/api/redlines?offset=-3", nil, 400, "offset must be a whole number of at least 0 (a cursor comes from nextCursor)"),
                ("GET", "/api/events?type=PARTY", nil, 400,
                 "type must be a PLOVER type: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT, not \"PARTY\""),
                ("GET", "/api/events?actor=%3Cscript%3E", nil, 400, "actor must be an actor code of letters such as RUS or NATO, not \"<script>\""),
                ("GET", "/api/search?q=a", nil, 400, "q must hold at least two characters to search for"),
                ("GET", "/api/search?q=%21%21%21", nil, 400, "q must hold a word of letters or digits to search for, not only punctuation"),
                ("GET", "/api/events?negated=maybe", nil, 400, "negated must be true or false, not \"maybe\""),
                ("GET", "/api/events?order=sideways", nil, 400, "order must be newest or oldest, not \"sideways\""),
                ("GET", "/api/events?mode=%3Cb%3E", nil, 400, "mode must be a word of letters, - and _, such as aerial, not \"<b>\""),
                ("GET", "/api/events.csv?until=yesterday", nil, 400, "until must be a date as YYYY-MM-DD, not \"yesterday\""),
                ("GET", "/api/events/facets?factual=false", nil, 400,
                 "factual must be true (for events not negated, hypothetical or future), not \"false\"; for the others ask for negated=true, hypothetical=true or future=true"),
                ("GET", "/events?limit=0", nil, 400, "limit must be a whole number from 1 to 500, not \"0\""),
                ("GET", "/api/redlines/unknown", nil, 404, "no tracked line with id unknown"),
                ("GET", "/api/nothing", nil, 404, "no such route: GET /api/nothing; see /openapi.json"),
                ("POST", "/api/reviews", "{not json", 400,
                 "the body is not a review ({\"line\", \"link\", \"verdict\" | \"status\", \"reason\", \"reviewer\"}): not valid JSON"),
                ("POST", "/api/reviews", #"{"line":"x"}"#, 400,
                 "the body is not a review ({\"line\", \"link\", \"verdict\" | \"status\", \"reason\", \"reviewer\"}): missing field \"reason\""),
                ("POST", "/api/reviews", #"{"line":"x","reason":"because"}"#, 400,
                 "give either link and verdict (confirm or reject), or status (declared, crossed, enforced, partially-enforced, not-enforced, withdrawn)"),
                ("POST", "/api/reviews", #"{"line":"x","status":"enforced","reason":"because"}"#, 404, "no tracked line with id x"),
                ("POST", "/api/documents?format=pdf", "text", 400, "format must be one of text, html, feed, jsonl, not \"pdf\""),
                ("POST", "/api/documents", "", 400, "the body is empty; send an article as text, HTML, a feed or JSON Lines"),
                ("POST", "/api/documents", String(repeating: "war and peace. ", count: 400), 413,
                 "the request body is larger than the limit of 2000 bytes for this route"),
            ]
            for (method, path, body, status, message) in cases {
                let reply = try await server.request(method, path, body: body.map { Data($0.utf8) }, token: TestServer.token)
                #expect(reply.status == status, "\(method) \(path)")
                #expect(reply.headers["content-type"]?.hasPrefix("application/json") == true, "\(method) \(path)")
                #expect(try reply.object()["error"] as? String == message, "\(method) \(path)")
            }
            let binary = try await server.request("POST", "/api/documents", body: Data([0, 1, 2, 3, 0xFF, 0xFE, 0, 0, 7]), token: TestServer.token)
            #expect(binary.status == 422)
            let errors = try binary.object()["errors"] as? [[String: Any]]
            #expect(errors?.first?["message"] as? String != nil)
            // An empty range finds nothing.
            let empty = try await server.request("GET", "/api/events?since=2022-05-01&until=2022-04-01", token: TestServer.token)
            #expect(empty.status == 200)
            #expect(try empty.object()["total"] as? Int == 0)
            // A method a path of the API does not take: 405 with Allow.
            let trace = try await server.request("DELETE", "/api/reviews", token: TestServer.token)
            #expect(trace.status == 405)
            #expect(trace.headers["allow"] == "GET, POST")
            #expect(try trace.object()["error"] as? String == "DELETE is not allowed on /api/reviews; use GET or POST")
            // The server still answers after all that.
            #expect(try await server.get("/healthz").status == 200)
        }
    }

    @Test func reviewBodiesAreLimited() async throws {
        try await TestServer.with(samples: false) { server in
            let huge = #"{"line":"x","status":"enforced","reason":""# + String(repeating: "a", count: 70_000) + #""}"#
            let reply = try await server.post("/api/reviews", huge)
            #expect(reply.status == 413)
            #expect(try reply.object()["error"] as? String == "the request body is larger than the limit of 64 KB for this route")
        }
    }
}
