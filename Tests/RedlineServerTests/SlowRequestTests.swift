import Foundation
import Testing

/// Requests that stop arriving are cut off; a request that arrived whole is answered.
@Suite("Slow and half-sent requests", .serialized)
struct SlowRequestTests {
    /// A raw TCP connection to the server, so a request can be sent in pieces.
    final class RawConnection {
        let fd: Int32

        init(port: Int) throws {
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { throw TestFailure("no socket") }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard result == 0 else { close(fd); throw TestFailure("cannot connect to port \(port)") }
            var timeout = timeval(tv_sec: 10, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }

        deinit { close(fd) }

        func send(_ text: String) {
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }

        /// Everything the server sends until it closes the connection (or 10 s pass), and how
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

    @Test func aRequestHeadThatStopsHalfWayIsClosed() async throws {
        let server = try await TestServer.start(samples: false, idleTimeoutSeconds: 1)
        defer { Task { await server.stop() } }
        let connection = try RawConnection(port: server.port)
        connection.send("GET /api/lines HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        let (text, seconds, closed) = connection.readToEnd()
        #expect(closed)
        #expect(seconds < 5)
        #expect(!text.contains("200 OK"))
    }

    @Test func aBodyThatStopsArrivingIsClosed() async throws {
        let server = try await TestServer.start(samples: false, idleTimeoutSeconds: 1)
        defer { Task { await server.stop() } }
        let connection = try RawConnection(port: server.port)
        connection.send("POST /api/reviews HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"line\": ")
        let (_, seconds, closed) = connection.readToEnd()
        #expect(closed)
        #expect(seconds < 5)
    }

    @Test func aWholeRequestIsAnsweredAndAnIdleKeptAliveConnectionIsThenClosed() async throws {
        let server = try await TestServer.start(samples: false, idleTimeoutSeconds: 1)
        defer { Task { await server.stop() } }
        let connection = try RawConnection(port: server.port)
        connection.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let (text, seconds, closed) = connection.readToEnd()
        #expect(text.hasPrefix("HTTP/1.1 200"))
        #expect(closed)
        #expect(seconds < 5)
    }
}
