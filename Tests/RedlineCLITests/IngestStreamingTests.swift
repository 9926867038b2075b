import Foundation
import RedlineStore
import Testing

/// `ingest` streams its inputs as `extract` does: documents are stored while the input is still
/// arriving, and a bad line, item or link costs that one only, named on standard error.
@Suite("Streaming ingest", .serialized)
struct IngestStreamingTests {
    private static func line(_ n: Int) -> String {
        #"{"id": "s\#(n)", "published": "2022-04-\#(10 + n % 10)", "text": "On April \#(10 + n % 10), Russia warned NATO that any deployment of troops in Finland would be met with a military response (note \#(n))."}"#
    }

    @Test("documents read from a pipe are stored before the pipe is closed")
    func ingestStoresBeforeItsInputEnds() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.sqlite").path
        let result = try await Self.ingestFromPipe(db: db)
        #expect(result.storedBeforeEnd >= 1, "with the input still open, \(result.storedBeforeEnd) documents were stored")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("ingested 503 documents (0 already stored)"), "\(result.stdout)")
    }

    struct PipeResult: Sendable {
        var storedBeforeEnd = 0
        var status: Int32 = -1
        var stdout = "", stderr = ""
    }

    /// Feeds `ingest --batch 1 -` 500 lines (over the 64 KB the reader sniffs the format on),
    /// waits (up to 120 s) until the store holds a document, then sends three more and closes
    /// the pipe. Runs on a thread of its own.
    static func ingestFromPipe(db: String) async throws -> PipeResult {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result {
                    let process = Process()
                    process.executableURL = CLIRunner.executable
                    process.arguments = ["ingest", "--db", db, "--batch", "1", "--jobs", "1", "--today", "2022-12-31", "-"]
                    let input = Pipe(), out = Pipe(), err = Pipe()
                    process.standardInput = input
                    process.standardOutput = out
                    process.standardError = err
                    try process.run()
                    var result = PipeResult()
                    input.fileHandleForWriting.write(Data(((1...500).map(line).joined(separator: "\n") + "\n").utf8))
                    let deadline = Date().addingTimeInterval(120)
                    while Date() < deadline, process.isRunning {
                        if FileManager.default.fileExists(atPath: db), let store = try? SQLiteStore(path: db) {
                            let semaphore = DispatchSemaphore(value: 0)
                            nonisolated(unsafe) var count = 0
                            Task.detached {
                                count = (try? await store.counts().documents) ?? 0
                                try? await store.close()
                                semaphore.signal()
                            }
                            semaphore.wait()
                            result.storedBeforeEnd = count
                            if count >= 1 { break }
                        }
                        usleep(200_000)
                    }
                    input.fileHandleForWriting.write(Data(((501...503).map(line).joined(separator: "\n") + "\n").utf8))
                    try input.fileHandleForWriting.close()
                    let outData = out.fileHandleForReading.readDataToEndOfFile()
                    let errData = err.fileHandleForReading.readDataToEndOfFile()
                    process.waitUntilExit()
                    result.status = process.terminationStatus
                    result.stdout = String(decoding: outData, as: UTF8.self)
                    result.stderr = String(decoding: errData, as: UTF8.self)
                    return result
                })
            }
        }
    }

    @Test("a bad line, a bad file and a dangling link cost themselves only, each named")
    func badItemsCostThemselvesOnly() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        var bytes = Array((Self.line(1) + "\n").utf8)
        bytes += Array(#"{"id": "bad", "text": "Rus"#.utf8) + [0] + Array(#"sia warned."}"#.utf8) + [0x0A]
        bytes += Array((Self.line(3) + "\n{\"id\": \"cut\", \"text\": \n" + Self.line(5) + "\n").utf8)
        try Data(bytes).write(to: inputs.appendingPathComponent("a.jsonl"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2]).write(to: inputs.appendingPathComponent("b.txt"))
        try FileManager.default.createSymbolicLink(atPath: inputs.path + "/c.txt", withDestinationPath: inputs.path + "/gone.txt")
        try "Title: Kept\n\nRussia warned Ukraine that any strike on Crimea would be met with a response.\n"
            .write(to: inputs.appendingPathComponent("d.txt"), atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("s.sqlite").path
        let run = try await CLIRunner.run(["ingest", "--db", db, "--today", "2022-12-31", inputs.path])
        #expect(run.status == 1, "a bad input makes the exit status 1")
        let errors = run.stderr.split(separator: "\n").map(String.init)
        let a = inputs.path + "/a.jsonl", b = inputs.path + "/b.txt", c = inputs.path + "/c.txt"
        #expect(errors == [
            "redline: \(a):2: binary data (NUL byte at column 27), not a JSON object",
            "redline: \(a):4: not a JSON object: unexpected end of line",
            "redline: \(b): binary data (a ZIP archive), not text",
            "redline: \(c): skipped: a dangling symbolic link (its target does not exist)",
        ], "\(run.stderr)")
        #expect(run.stdout.hasPrefix("ingested 4 documents (0 already stored)"), "\(run.stdout)")
    }
}
