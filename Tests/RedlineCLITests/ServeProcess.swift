import AsyncHTTPClient
import Foundation
import NIOCore

/// `redline serve` run as a process on a free port, and a client for it.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    let stderr = OutputBuffer()
    private(set) var port = 0
    let client = HTTPClient(eventLoopGroupProvider: .singleton)

    var base: String { "http://127.0.0.1:\(port)" }

    /// Starts `redline serve` with `arguments` (after `--port 0`) and waits until it listens.
    static func start(_ arguments: [String]) async throws -> ServeProcess {
        let serve = ServeProcess()
        serve.process.executableURL = CLIRunner.executable
        serve.process.arguments = ["serve", "--port", "0"] + arguments
        serve.process.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        serve.process.standardError = err
        err.fileHandleForReading.readabilityHandler = { [stderr = serve.stderr] handle in stderr.append(handle.availableData) }
        try serve.process.run()
        let prefix = "serving http://127.0.0.1:"
        for _ in 0..<600 {
            let text = serve.stderr.text
            if let range = text.range(of: prefix) {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                serve.port = Int(digits) ?? 0
                return serve
            }
            if !serve.process.isRunning { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        serve.process.terminate()
        try? await serve.client.shutdown()
        throw TestFailure("redline serve did not start: \(serve.stderr.text)")
    }

    func get(_ path: String, headers: [(String, String)] = []) async throws -> (status: Int, body: String) {
        var request = HTTPClientRequest(url: base + path)
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        let response = try await client.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 16 << 20)
        return (Int(response.status.code), String(buffer: body))
    }

    /// Reads the event stream at `path` into `into` until the task is cancelled.
    func stream(_ path: String, headers: [(String, String)] = [], into buffer: OutputBuffer) -> Task<Void, Never> {
        let client = client, url = base + path
        return Task {
            var request = HTTPClientRequest(url: url)
            for (name, value) in headers { request.headers.add(name: name, value: value) }
            guard let response = try? await client.execute(request, timeout: .seconds(600)) else { return }
            buffer.append(Data("status: \(response.status.code)\ncontent-type: \(response.headers.first(name: "Content-Type") ?? "")\n\n".utf8))
            do {
                for try await chunk in response.body { buffer.append(Data(chunk.readableBytesView)) }
            } catch {}
        }
    }

    /// Sends SIGTERM and waits (off the concurrency pool) for the process to end; its exit status.
    func terminate() async -> Int32 {
        process.terminate()
        let process = self.process
        let status: Int32 = await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                process.waitUntilExit()
                continuation.resume(returning: process.terminationStatus)
            }
        }
        try? await client.shutdown()
        return status
    }
}

/// The `event: alert` blocks of an event stream: their ids and data.
func serverSentAlerts(_ text: String) -> [(id: Int, data: String)] {
    text.components(separatedBy: "\n\n").compactMap { block in
        let lines = block.split(separator: "\n").map(String.init)
        guard lines.contains("event: alert"),
              let id = lines.first(where: { $0.hasPrefix("id: ") }).flatMap({ Int($0.dropFirst(4)) }),
              let data = lines.first(where: { $0.hasPrefix("data: ") }) else { return nil }
        return (id, String(data.dropFirst(6)))
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
