import Foundation
import Testing

/// Requests that stop arriving are cut off; a request that arrived whole is answered.
@Suite("Slow and half-sent requests", .serialized)
struct SlowRequestTests {
    /// A raw TCP connection to the server, so a request can be sent in pieces.
    final class RawConnection: @unchecked Sendable {
        let fd: Int32

        init(port: Int) throws {
            fd = try RawHTTP.connect(port: port)
            var timeout = timeval(tv_sec: 60, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }

        deinit { close(fd) }

        func send(_ text: String) {
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }

        /// Everything the server sends until it closes the connection (or 60 s pass), and how
        /// long that took.
        func readToEnd() -> (text: String, seconds: Double, closed: Bool) {
            let start = Date()
            var received = [UInt8]()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if n > 0 { received += buffer[0..<n]; continue }
                return (String(decoding: received, as: UTF8.self), Date().timeIntervalSince(start), n == 0)
            }
        }
    }

    /// Sends `text` to a server that closes connections idle for a second, and reads until it
    /// closes this one.
    func sendAndRead(_ text: String) async throws -> (text: String, seconds: Double, closed: Bool) {
        let server = try await TestServer.start(samples: false, idleTimeoutSeconds: 1)
        defer { Task { await server.stop() } }
        let connection = try RawConnection(port: server.port)
        connection.send(text)
        // The blocking reads run on a thread of their own: on the concurrency pool they would
        // hold one of its few threads, which the server needs to answer.
        return await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: connection.readToEnd()) }.start()
        }
    }

    @Test func aRequestHeadThatStopsHalfWayIsClosed() async throws {
        let (text, seconds, closed) = try await sendAndRead("GET /api/lines HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        #expect(closed)
        #expect(seconds < 5)
        #expect(!text.contains("200 OK"))
    }

    @Test func aBodyThatStopsArrivingIsClosed() async throws {
        let (_, seconds, closed) = try await sendAndRead(
            "POST /api/reviews HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"line\": ")
        #expect(closed)
        #expect(seconds < 5)
    }

    @Test func aWholeRequestIsAnsweredAndAnIdleKeptAliveConnectionIsThenClosed() async throws {
        // No bound on the time here: the answer comes from the server's tasks, which other tests
        // running at once can hold up; the connection must still close once it is idle.
        let (text, _, closed) = try await sendAndRead("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(text.hasPrefix("HTTP/1.1 200"))
        #expect(closed)
    }
}
