import Foundation
import Testing

/// A full disk or a closed pipe: one line on standard error, a non-zero exit, no crash, and no
/// truncated file left behind as if it were whole.
@Suite("Writes that fail", .serialized)
struct WriteFailureTests {
    @Test func extractToAFullDiskSaysSoOnceAndFails() async throws {
        let (disk, why) = try CLIRunner.tinyDisk()
        guard let disk else {
            print("skipped extractToAFullDiskSaysSoOnceAndFails: \(why)")
            return
        }
        defer { CLIRunner.unmount(disk) }
        let input = disk.deletingLastPathComponent().appendingPathComponent("article-\(UUID().uuidString).txt")
        try Data(CLIRunner.longArticle(bytes: 20_000).utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let output = disk.appendingPathComponent("out.jsonl")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        let r = try await CLIRunner.run(["extract", input.path], stdout: handle)
        #expect(r.status == 1)
        #expect(r.stderr == "redline: cannot write to standard output: No space left on device\n")
    }

    @Test func extractToAClosedPipeSaysSoOnceAndFails() async throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let r = try await CLIRunner.run(["extract", "Samples/"], stdout: pipe.fileHandleForWriting)
        #expect(r.status == 1)
        #expect(r.stderr == "redline: cannot write to standard output: Broken pipe\n")
    }

    @Test func exportToAFullDiskLeavesNoFileBehind() async throws {
        let (disk, why) = try CLIRunner.tinyDisk(size: "1m")
        guard let disk else {
            print("skipped exportToAFullDiskLeavesNoFileBehind: \(why)")
            return
        }
        defer { CLIRunner.unmount(disk) }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("store.sqlite").path
        let ingest = try await CLIRunner.run(["ingest", "--db", db, "--today", "2024-06-01", "Samples/"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        try CLIRunner.fill(disk, leaving: 1)
        let target = disk.appendingPathComponent("events.jsonl")
        let r = try await CLIRunner.run(["export", "--db", db, "--what", "events", "--output", target.path])
        #expect(r.status == 1)
        #expect(r.stderr == "redline: cannot write to \(target.path): No space left on device\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["filler"])

        // With room, the same export is written whole.
        try FileManager.default.removeItem(at: disk.appendingPathComponent("filler"))
        let again = try await CLIRunner.run(["export", "--db", db, "--what", "events", "--output", target.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8).hasSuffix("}\n"))
    }

    @Test func reportAndListsToAFullDiskFail() async throws {
        let (disk, why) = try CLIRunner.tinyDisk()
        guard let disk else {
            print("skipped reportAndListsToAFullDiskFail: \(why)")
            return
        }
        defer { CLIRunner.unmount(disk) }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("store.sqlite").path
        #expect(try await CLIRunner.run(["ingest", "--db", db, "--today", "2024-06-01", "Samples/"]).status == 0)
        for command in [["report"], ["lines", "--format", "json"], ["events", "--format", "csv"]] {
            try CLIRunner.fill(disk, leaving: 1)
            let output = disk.appendingPathComponent("out.txt")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            let handle = try FileHandle(forWritingTo: output)
            let r = try await CLIRunner.run(command + ["--db", db, "--today", "2024-06-01"], stdout: handle)
            try handle.close()
            #expect(r.status == 1, "\(command)")
            #expect(r.stderr == "redline: cannot write to standard output: No space left on device\n", "\(command)")
            try FileManager.default.removeItem(at: output)
            try FileManager.default.removeItem(at: disk.appendingPathComponent("filler"))
        }
    }
}
