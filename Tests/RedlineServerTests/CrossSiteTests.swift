import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What a web page on another site can make the analyst's browser send, and the token rules of
/// every write.
@Suite("Cross-site requests and write tokens", .serialized)
struct CrossSiteTests {
    private static let article = "Russia warned that any attack on Crimea would be met with a military response."

    @Test func aCrossOriginPostIsRefused() async throws {
        try await TestServer.with(samples: false) { server in
            let evil = try await RawHTTP.fetch(port: server.port, "POST", "/api/extract", headers: ["Origin": "http://evil.example", "Content-Type": "text/plain"],
                                        body: Self.article)
            #expect(evil.status == 403)
            #expect(evil.body == #"{"error":"cross-origin request refused: Origin \"http://evil.example\" is not this server"}"#)
            // An opaque origin (a sandboxed frame, a data: URL) is no better.
            let opaque = try await RawHTTP.fetch(port: server.port, "POST", "/api/extract", headers: ["Origin": "null"], body: Self.article)
            #expect(opaque.status == 403)
            // "null" from a page of another site that hides its origin; the server's own pages (said by
            // Sec-Fetch-Site, which pages cannot set) pass.
            let hidden = try await RawHTTP.fetch(port: server.port, "POST", "/api/extract", headers: ["Origin": "null", "Sec-Fetch-Site": "cross-site"],
                                                 body: Self.article)
            #expect(hidden.status == 403)
            let ownHidden = try await RawHTTP.fetch(port: server.port, "POST", "/api/extract", headers: ["Origin": "null", "Sec-Fetch-Site": "same-origin"],
                                                    body: Self.article)
            #expect(ownHidden.status == 200)
            // Sec-Fetch-Site without Origin.
            let fetchSite = try await RawHTTP.fetch(port: server.port, "POST", "/api/extract", headers: ["Sec-Fetch-Site": "cross-site"], body: Self.article)
            #expect(fetchSite.status == 403)
            // The server's own pages, and clients that are not browsers, pass.
            let own = try await RawHTTP.fetch(port: server.port, "POST", "/api/extract", headers: ["Origin": "http://127.0.0.1:\(server.port)"], body: Self.article)
            #expect(own.status == 200)
            let curl = try await RawHTTP.fetch(port: server.port, "POST", "/api/extract", body: Self.article)
            #expect(curl.status == 200)
            // Reads from anywhere are still answered (the browser keeps the answer from the page).
            let read = try await RawHTTP.fetch(port: server.port, "GET", "/api/redlines", headers: ["Origin": "http://evil.example"])
            #expect(read.status == 200)
        }
    }

    @Test func aCrossOriginFormCannotStoreEvenWithTheToken() async throws {
        try await TestServer.with(samples: false) { server in
            let form = "text=\(Self.formEncoded(Self.article))&store=1&token=\(TestServer.token)"
            let reply = try await RawHTTP.fetch(port: server.port, "POST", "/analyze",
                                         headers: ["Origin": "https://attacker.example", "Content-Type": "application/x-www-form-urlencoded"], body: form)
            #expect(reply.status == 403)
            #expect(try await server.store.counts().documents == 0)
        }
    }

    @Test func aForeignHostNameIsRefusedOnLoopback() async throws {
        try await TestServer.with(samples: false) { server in
            // DNS rebinding: evil.example resolved to 127.0.0.1 after the page loaded.
            let rebound = try await RawHTTP.fetch(port: server.port, "GET", "/api/redlines", host: "evil.example:\(server.port)")
            #expect(rebound.status == 421)
            #expect(rebound.body == #"{"error":"this server answers only to a loopback Host (localhost or 127.0.0.1), not \"evil.example:\#(server.port)\""}"#)
            #expect(try await RawHTTP.fetch(port: server.port, "GET", "/api/redlines", host: "localhost:\(server.port)").status == 200)
        }
    }

    @Test func storingFromTheAnalyzePageNeedsTheRightToken() async throws {
        try await TestServer.with(samples: false) { server in
            func analyze(token: String?) async throws -> TestServer.Reply {
                var form = "text=\(Self.formEncoded(Self.article))&store=1"
                if let token { form += "&token=\(token)" }
                return try await server.request("POST", "/analyze", body: Data(form.utf8), contentType: "application/x-www-form-urlencoded")
            }
            let none = try await analyze(token: nil)
            #expect(none.status == 401)
            #expect(none.text.contains("Storing needs the analyst token"))
            let wrong = try await analyze(token: "wrong-token-123456")
            #expect(wrong.status == 401)
            let prefix = try await analyze(token: String(TestServer.token.dropLast()))
            #expect(prefix.status == 401)
            #expect(try await server.store.counts().documents == 0)
            let right = try await analyze(token: TestServer.token)
            #expect(right.status == 200)
            #expect(right.text.contains("Stored 1 new document"))
            #expect(try await server.store.counts().documents == 1)
        }
    }

    @Test func storingFromTheAnalyzePageIsOffWithoutAServerToken() async throws {
        try await TestServer.with(samples: false, token: nil) { server in
            let form = "text=\(Self.formEncoded(Self.article))&store=1&token="
            let reply = try await server.request("POST", "/analyze", body: Data(form.utf8), contentType: "application/x-www-form-urlencoded")
            #expect(reply.status == 401)
            #expect(try await server.store.counts().documents == 0)
        }
    }

    @Test func extractionWithoutTheTokenIsKeptSmall() async throws {
        try await TestServer.with(samples: false) { server in
            // Over 1 MB, but mostly blank, so that extracting it is quick even in a debug build.
            let big = Self.article + String(repeating: " ", count: 1 << 20)
            let anonymous = try await server.post("/api/extract", big, token: nil)
            #expect(anonymous.status == 413)
            #expect(try anonymous.object()["error"] as? String == "the request body is larger than the limit of 1 MB for this route")
            let wrong = try await server.post("/api/extract", big, token: "wrong-token-123456")
            #expect(wrong.status == 413)
            let small = try await server.post("/api/extract", Self.article, token: nil)
            #expect(small.status == 200)
            let authorised = try await server.post("/api/extract", big, token: TestServer.token)
            #expect(authorised.status == 200)
        }
    }

    static func formEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
    }
}

/// HTTP/1.1 over a plain socket, for headers URLSession will not send as given (Host, Origin).
enum RawHTTP {
    struct Reply {
        var status: Int
        var body: String
        /// The header lines of the answer, as sent.
        var head: [String] = []

        /// Every value of a header, in order (`Set-Cookie` comes once per cookie).
        func values(_ name: String) -> [String] {
            head.compactMap { line in
                guard let colon = line.firstIndex(of: ":"), line[..<colon].lowercased() == name.lowercased() else { return nil }
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
    }

    /// A TCP connection to the loopback port, as a file descriptor the caller closes.
    static func connect(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestFailure("socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); throw TestFailure("connect: \(errno)") }
        return fd
    }

    /// `send` on a thread of its own: the test waits without holding a thread of the concurrency
    /// pool, which the server under test answers from.
    static func fetch(port: Int, _ method: String, _ path: String, host: String? = nil, headers: [String: String] = [:],
                      body: String = "") async throws -> Reply {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try send(port: port, method, path, host: host, headers: headers, body: body) })
            }
        }
    }

    static func send(port: Int, _ method: String, _ path: String, host: String? = nil, headers: [String: String] = [:],
                     body: String = "") throws -> Reply {
        let fd = try connect(port: port)
        defer { close(fd) }
        var text = "\(method) \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw TestFailure("send: \(errno)") }
            sent += n
        }
        var response = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            response += buffer[0..<n]
        }
        let whole = String(decoding: response, as: UTF8.self)
        let status = whole.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) } ?? 0
        let split = whole.range(of: "\r\n\r\n")
        let body = split.map { String(whole[$0.upperBound...]) } ?? ""
        let head = String(whole[..<(split?.lowerBound ?? whole.endIndex)]).components(separatedBy: "\r\n").dropFirst()
        return Reply(status: status, body: Self.unchunk(body), head: Array(head))
    }

    /// The body of a chunked response, joined; other bodies as they are.
    static func unchunk(_ body: String) -> String {
        let lines = body.components(separatedBy: "\r\n")
        guard let first = lines.first, Int(first, radix: 16) != nil, lines.count >= 3 else { return body }
        var out = "", k = 0
        while k + 1 < lines.count, let size = Int(lines[k], radix: 16), size > 0 {
            out += lines[k + 1]
            k += 2
        }
        return out
    }
}
