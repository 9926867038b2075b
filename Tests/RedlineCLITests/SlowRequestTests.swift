import Foundation
import Testing

/// `redline serve` closes a connection that sends nothing for `--idle-timeout` seconds: a slow or
/// half-sent request cannot hold it open, while a request that arrived whole is answered. The
/// server runs as a child process, so nothing else in the test process can hold it up.
@Suite("redline serve and slow or half-sent requests", .serialized)
struct SlowRequestTests {
    /// `redline serve` on a new store in a temporary directory (a token lets it create one),
    /// closing connections idle for `idleTimeout` seconds; `body` gets its port, then the server
    /// stops and the directory goes.
    static func serving<T>(idleTimeout: Int, _ body: (Int) throws -> T) throws -> T {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try LiveServer(db: directory.appendingPathComponent("s.sqlite"),
                                    ["--token", "slow-test-token", "--idle-timeout", "\(idleTimeout)"])
        defer { server.stop() }
        return try body(server.port)
    }

    /// Runs `body` on a thread of its own: starting a child process, blocking reads and waiting
    /// for the child to end must hold no thread of the pool, which other tests' servers need.
    static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }

    /// A loopback connection that has sent `text` and waits at most `seconds` for each read; the
    /// caller closes it.
    static func connection(port: Int, sending text: String, readTimeout seconds: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw CLITestFailure("no socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); throw CLITestFailure("cannot connect to port \(port)") }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        return fd
    }

    /// Sends `text` on a new connection and reads until the server closes it or 60 s pass; how
    /// long that took, and whether it was closed.
    static func sendAndRead(_ text: String, port: Int) throws -> (text: String, seconds: Double, closed: Bool) {
        let fd = try connection(port: port, sending: text, readTimeout: 60)
        defer { close(fd) }
        let start = Date()
        var received = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n > 0 { received += buffer[0..<n]; continue }
            return (String(decoding: received, as: UTF8.self), Date().timeIntervalSince(start), n == 0)
        }
    }

    /// A server closing connections idle for `idleTimeout` seconds, `text` sent to it, and what
    /// came back, all off the pool.
    static func exchange(_ text: String, idleTimeout: Int = 1) async throws -> (text: String, seconds: Double, closed: Bool) {
        try await offPool {
            try serving(idleTimeout: idleTimeout) { try sendAndRead(text, port: $0) }
        }
    }

    @Test func aRequestHeadThatStopsHalfWayIsClosed() async throws {
        let (text, seconds, closed) = try await Self.exchange("GET /api/lines HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        #expect(closed)
        #expect(seconds < 10)
        #expect(!text.contains("200 OK"))
    }

    @Test func aBodyThatStopsArrivingIsClosed() async throws {
        let (_, seconds, closed) = try await Self.exchange(
            "POST /api/reviews HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"line\": ")
        #expect(closed)
        #expect(seconds < 10)
    }

    @Test func aWholeRequestIsAnsweredAndTheIdleConnectionThenClosed() async throws {
        let (text, seconds, closed) = try await Self.exchange("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(text.hasPrefix("HTTP/1.1 200"))
        #expect(closed)
        #expect(seconds < 10)
    }

    @Test func withALongerTimeoutTheHalfSentHeadIsStillOpenAfterTwoSeconds() async throws {
        let stillOpen = try await Self.offPool {
            try Self.serving(idleTimeout: 30) { port in
                let fd = try Self.connection(port: port, sending: "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n", readTimeout: 2)
                defer { close(fd) }
                var byte: UInt8 = 0
                // Nothing to read and not closed: recv times out with -1.
                return recv(fd, &byte, 1, 0) < 0
            }
        }
        #expect(stillOpen)
    }
}

struct CLITestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
