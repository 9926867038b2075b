import Foundation
import Testing

/// Signing in at `/login` with the token: the session cookie it sets, what that cookie admits
/// (reads, `/metrics`, writes from the server's own pages), and what it does not.
@Suite("Login and session cookies", .serialized)
struct LoginTests {
    private static let article = "Russia warned that any attack on Crimea would be met with a military response."

    /// Signs in and returns the session cookie ("redline_session=…").
    static func signIn(_ server: TestServer, headers: [String: String] = [:]) async throws -> (cookie: String, reply: RawHTTP.Reply) {
        let reply = try await RawHTTP.fetch(port: server.port, "POST", "/login",
                                     headers: ["Content-Type": "application/x-www-form-urlencoded"].merging(headers) { $1 },
                                     body: "token=\(TestServer.token)&next=%2Factors")
        let session = reply.values("Set-Cookie").first { $0.hasPrefix("redline_session=") } ?? ""
        return (String(session.split(separator: ";").first ?? ""), reply)
    }

    @Test func aProtectedDashboardSendsABrowserToTheLoginPage() async throws {
        try await TestServer.with(samples: false, protectReads: true) { server in
            let page = try await RawHTTP.fetch(port: server.port, "GET", "/events?type=THREATEN")
            #expect(page.status == 303)
            #expect(page.values("Location") == ["/login?next=%2Fevents%3Ftype%3DTHREATEN"])
            let login = try await RawHTTP.fetch(port: server.port, "GET", "/login?next=%2Fevents%3Ftype%3DTHREATEN")
            #expect(login.status == 200)
            #expect(login.body.contains(#"<input type="hidden" name="next" value="/events?type=THREATEN">"#))
            // The API and /metrics answer 401 in JSON; /healthz stays open as a liveness probe.
            for path in ["/api/redlines", "/metrics", "/api/events.csv"] {
                let reply = try await RawHTTP.fetch(port: server.port, "GET", path)
                #expect(reply.status == 401, "\(path)")
                #expect(reply.body == #"{"error":"reading needs the token: send the header Authorization: Bearer <token>, or sign in at /login"}"#, "\(path)")
            }
            #expect(try await RawHTTP.fetch(port: server.port, "GET", "/healthz").status == 200)
            #expect(try await server.request("GET", "/metrics", token: TestServer.token).status == 200)
            #expect(try await server.request("GET", "/metrics", token: "wrong-token-123456").status == 401)
        }
    }

    @Test func signingInSetsASessionCookieThatIsNotTheToken() async throws {
        try await TestServer.with(samples: false, protectReads: true) { server in
            let wrong = try await RawHTTP.fetch(port: server.port, "POST", "/login", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                         body: "token=wrong-token-123456&next=%2F")
            #expect(wrong.status == 401)
            #expect(wrong.values("Set-Cookie").isEmpty)
            #expect(wrong.body.contains("That is not this server&#39;s token."))

            let (cookie, reply) = try await Self.signIn(server)
            #expect(reply.status == 303)
            #expect(reply.values("Location") == ["/actors"])
            let set = try #require(reply.values("Set-Cookie").first { $0.hasPrefix("redline_session=") })
            #expect(set.hasSuffix("; Path=/; Max-Age=43200; HttpOnly; SameSite=Strict"), "\(set)")
            let id = cookie.dropFirst("redline_session=".count)
            #expect(id.count == 64 && id.allSatisfy(\.isHexDigit))
            #expect(!set.contains(TestServer.token))
            let hint = try #require(reply.values("Set-Cookie").first { $0.hasPrefix("redline_signed_in=") })
            #expect(hint == "redline_signed_in=1; Path=/; Max-Age=43200; SameSite=Strict", "scripts may read it; it admits nothing")

            // Behind a proxy that speaks https, the cookie is Secure.
            let (_, secure) = try await Self.signIn(server, headers: ["X-Forwarded-Proto": "https"])
            #expect(secure.values("Set-Cookie").allSatisfy { $0.contains("; Secure") })

            for path in ["/", "/actors", "/events", "/api/redlines", "/metrics"] {
                let read = try await RawHTTP.fetch(port: server.port, "GET", path, headers: ["Cookie": cookie])
                #expect(read.status == 200, "\(path)")
            }
            // The hint cookie, a made-up session and a session of another server admit nothing.
            for other in ["redline_signed_in=1", "redline_session=" + String(repeating: "ab", count: 32), "redline_session=\(TestServer.token)"] {
                #expect(try await RawHTTP.fetch(port: server.port, "GET", "/", headers: ["Cookie": other]).status == 303, "\(other)")
                #expect(try await RawHTTP.fetch(port: server.port, "GET", "/metrics", headers: ["Cookie": other]).status == 401, "\(other)")
            }
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        try await TestServer.with(samples: false, protectReads: true) { server in
            let (cookie, _) = try await Self.signIn(server)
            #expect(try await RawHTTP.fetch(port: server.port, "GET", "/", headers: ["Cookie": cookie]).status == 200)
            let out = try await RawHTTP.fetch(port: server.port, "POST", "/logout", headers: ["Cookie": cookie, "Origin": server.base])
            #expect(out.status == 303)
            #expect(out.values("Location") == ["/login"])
            #expect(out.values("Set-Cookie").contains("redline_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"))
            // The same cookie, kept by a careless client, is dead on the server too.
            #expect(try await RawHTTP.fetch(port: server.port, "GET", "/", headers: ["Cookie": cookie]).status == 303)
            #expect(try await RawHTTP.fetch(port: server.port, "GET", "/api/redlines", headers: ["Cookie": cookie]).status == 401)
        }
    }

    @Test func theLoginPageSendsNoOneElsewhere() async throws {
        try await TestServer.with(samples: false, protectReads: true) { server in
            for next in ["%2F%2Fevil.example%2F", "https%3A%2F%2Fevil.example", "%2F%5Cevil.example", "javascript%3Aalert(1)", "%2Flogout"] {
                let reply = try await RawHTTP.fetch(port: server.port, "POST", "/login", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                             body: "token=\(TestServer.token)&next=\(next)")
                #expect(reply.status == 303)
                #expect(reply.values("Location") == ["/"], "\(next)")
            }
        }
    }

    @Test func manyFailedSignInsAreRefusedForAMinute() async throws {
        try await TestServer.with(samples: false, protectReads: true) { server in
            for _ in 0..<20 {
                let reply = try await RawHTTP.fetch(port: server.port, "POST", "/login", body: "token=guess-guess-guess")
                #expect(reply.status == 401)
            }
            let (_, refused) = try await Self.signIn(server)
            #expect(refused.status == 429)
            #expect(refused.values("Set-Cookie").isEmpty)
            #expect(refused.body.contains("Too many failed sign-ins; wait a minute and try again."))
        }
    }

    @Test func aServerWithoutATokenHasNoLogin() async throws {
        try await TestServer.with(samples: false, token: nil) { server in
            let (_, reply) = try await Self.signIn(server)
            #expect(reply.status == 403)
            #expect(reply.values("Set-Cookie").isEmpty)
        }
    }

    /// Every write path, with no credentials, wrong ones and right ones; a session cookie admits a
    /// write only with an Origin from the server's own pages.
    @Test func everyWriteNeedsTheTokenOrASessionFromTheServersOwnPages() async throws {
        try await TestServer.with(protectReads: true) { server in
            let (cookie, _) = try await Self.signIn(server)
            let wrongCookie = "redline_session=" + String(repeating: "0f", count: 32)
            let own = server.base
            let lines = try await server.request("GET", "/api/redlines?limit=50", token: TestServer.token).object()["items"] as? [[String: Any]] ?? []
            let lineIDs = lines.compactMap { $0["id"] as? String }
            #expect(!lineIDs.isEmpty)
            let review = #"{"line":"\#(lineIDs.first ?? "none")","status":"withdrawn","reason":"auth test","reviewer":"t"}"#
            struct Case { var name: String, headers: [String: String], expected: Int }
            let cases = [
                Case(name: "nothing", headers: [:], expected: 401),
                Case(name: "wrong bearer", headers: ["Authorization": "Bearer wrong-token-123456"], expected: 401),
                Case(name: "bearer prefix", headers: ["Authorization": "Bearer \(TestServer.token.dropLast())"], expected: 401),
                Case(name: "wrong cookie", headers: ["Cookie": wrongCookie, "Origin": own], expected: 401),
                Case(name: "cookie without Origin", headers: ["Cookie": cookie], expected: 403),
                Case(name: "cookie from another site", headers: ["Cookie": cookie, "Origin": "http://evil.example"], expected: 403),
                Case(name: "right bearer", headers: ["Authorization": "Bearer \(TestServer.token)"], expected: 201),
                Case(name: "cookie from the server's page", headers: ["Cookie": cookie, "Origin": own], expected: 201),
            ]
            var stored = try await server.store.counts().documents
            for (n, c) in cases.enumerated() {
                let text = "On May \(n + 1), Russia warned that any attack on Crimea would be met with a military response."
                let document = try await RawHTTP.fetch(port: server.port, "POST", "/api/documents?published=2022-05-0\(n + 1)",
                                                headers: c.headers.merging(["Content-Type": "text/plain"]) { $1 }, body: text)
                #expect(document.status == c.expected, "POST /api/documents with \(c.name): \(document.body.prefix(200))")
                let reviewed = try await RawHTTP.fetch(port: server.port, "POST", "/api/reviews",
                                                headers: c.headers.merging(["Content-Type": "application/json"]) { $1 }, body: review)
                #expect(reviewed.status == c.expected, "POST /api/reviews with \(c.name): \(reviewed.body.prefix(200))")
                let counts = try await server.store.counts().documents
                #expect(counts == stored + (c.expected == 201 ? 1 : 0), "\(c.name)")
                stored = counts
            }

            // The Analyze page's "store this article" form, where reads are protected: a reader who
            // is not signed in goes to /login whatever the form holds; a session stores from the
            // server's own page, or with the right token in the form.
            struct FormCase { var name: String, token: String?, headers: [String: String], expected: Int }
            let forms = [
                FormCase(name: "nothing", token: nil, headers: ["Origin": own], expected: 303),
                FormCase(name: "the right form token but no session", token: TestServer.token, headers: ["Origin": own], expected: 303),
                FormCase(name: "wrong cookie", token: nil, headers: ["Cookie": wrongCookie, "Origin": own], expected: 303),
                FormCase(name: "cookie without Origin", token: nil, headers: ["Cookie": cookie], expected: 401),
                FormCase(name: "cookie without Origin, wrong form token", token: "wrong-token-123456", headers: ["Cookie": cookie], expected: 401),
                FormCase(name: "cookie from the server's page", token: nil, headers: ["Cookie": cookie, "Origin": own], expected: 200),
                FormCase(name: "cookie without Origin, right form token", token: TestServer.token, headers: ["Cookie": cookie], expected: 200),
            ]
            for (n, f) in forms.enumerated() {
                let text = "On June \(n + 1), Russia warned that any strike on Belgorod would cross a red line."
                var body = "text=\(CrossSiteTests.formEncoded(text))&store=1"
                if let token = f.token { body += "&token=\(CrossSiteTests.formEncoded(token))" }
                let reply = try await RawHTTP.fetch(port: server.port, "POST", "/analyze",
                                             headers: f.headers.merging(["Content-Type": "application/x-www-form-urlencoded"]) { $1 }, body: body)
                #expect(reply.status == f.expected, "POST /analyze with \(f.name)")
                let counts = try await server.store.counts().documents
                #expect(counts == stored + (f.expected == 200 ? 1 : 0), "\(f.name)")
                stored = counts
            }
        }
    }

    @Test func theAnalyzeFormChecksItsTokenWhenReadsAreOpen() async throws {
        try await TestServer.with(samples: false) { server in
            let (cookie, _) = try await Self.signIn(server)
            func store(token: String?, headers: [String: String]) async throws -> Int {
                var body = "text=\(CrossSiteTests.formEncoded(Self.article))&store=1"
                if let token { body += "&token=\(token)" }
                return try await RawHTTP.fetch(port: server.port, "POST", "/analyze",
                                        headers: headers.merging(["Content-Type": "application/x-www-form-urlencoded"]) { $1 }, body: body).status
            }
            #expect(try await store(token: nil, headers: [:]) == 401)
            #expect(try await store(token: "", headers: [:]) == 401)
            #expect(try await store(token: "wrong-token-123456", headers: [:]) == 401)
            #expect(try await store(token: "wrong-token-123456", headers: ["Cookie": "redline_session=" + String(repeating: "0f", count: 32),
                                                                      "Origin": server.base]) == 401)
            #expect(try await store(token: "wrong-token-123456", headers: ["Cookie": cookie]) == 401, "a cookie without Origin stores nothing")
            #expect(try await server.store.counts().documents == 0)
            #expect(try await store(token: nil, headers: ["Cookie": cookie, "Origin": server.base]) == 200)
            #expect(try await server.store.counts().documents == 1)
            let out = try await RawHTTP.fetch(port: server.port, "POST", "/logout", headers: ["Cookie": cookie, "Origin": server.base])
            #expect(out.status == 303)
            #expect(try await store(token: nil, headers: ["Cookie": cookie, "Origin": server.base]) == 401, "a closed session stores nothing")
        }
    }
}
