import Foundation
import Testing

@Suite("The store on disk: missing, copied, shared", .serialized)
struct StoreSafetyTests {
    @Test func readCommandsRefuseAMissingStoreAndCreateNothing() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("typo.sqlite").path
        for command in [["lines"], ["events"], ["actors"], ["report"], ["export", "--what", "lines"]] {
            let r = try await CLIRunner.run(command + ["--db", db])
            #expect(r.status == 1, "\(command)")
            #expect(r.stderr == "redline: \(db): no such store; create it with redline ingest --db \(db) INPUT...\n", "\(command)")
            #expect(r.stdout.isEmpty)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func afterAnIngestTheSQLiteFileAloneIsTheWholeStore() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("store.sqlite")
        let ingest = try await CLIRunner.run(["ingest", "--db", db.path, "--today", "2024-06-01", "Samples/"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let wal = dir.appendingPathComponent("store.sqlite-wal")
        let walSize = (try? FileManager.default.attributesOfItem(atPath: wal.path)[.size] as? Int) ?? 0
        #expect(walSize == 0, "the write-ahead log still holds \(walSize) bytes")
        // Copy the file alone, as a backup would, and read it back.
        let copy = dir.appendingPathComponent("copy.sqlite")
        try FileManager.default.copyItem(at: db, to: copy)
        let original = try await CLIRunner.run(["lines", "--db", db.path, "--today", "2024-06-01", "--format", "csv"])
        let copied = try await CLIRunner.run(["lines", "--db", copy.path, "--today", "2024-06-01", "--format", "csv"])
        #expect(original.status == 0 && copied.status == 0, "\(copied.stderr)")
        #expect(original.stdout.split(separator: "\n").count > 1)
        #expect(copied.stdout == original.stdout)
    }

    @Test func anIngestWaitsForAnotherWritersLockAndSaysSo() async throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
            print("skipped anIngestWaitsForAnotherWritersLockAndSaysSo: no /usr/bin/python3 to hold a lock with")
            return
        }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("store.sqlite").path
        #expect(try await CLIRunner.run(["ingest", "--db", db, "Samples/01-china-anti-secession-law.txt"]).status == 0)
        // Another process holds the write lock for six seconds: longer than the ingest takes to load
        // its pipeline and extract, even on a loaded machine.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        holder.arguments = ["-c", "import sqlite3, sys, time\n"
            + "c = sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN IMMEDIATE')\n"
            + "print('locked', flush=True); time.sleep(6); c.execute('COMMIT')", db]
        let locked = Pipe()
        holder.standardOutput = locked
        try holder.run()
        _ = locked.fileHandleForReading.availableData  // "locked"
        let r = try await CLIRunner.run(["ingest", "--db", db, "Samples/02-obama-syria-red-line.txt"])
        holder.waitUntilExit()
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr == "redline: \(db): waiting for another process to finish writing (up to 30 s)\n")
        #expect(r.stdout.hasPrefix("ingested 1 documents"))
    }

    @Test func twoIngestsStartedTogetherOnANewStoreBothFinish() async throws {
        for round in 0..<3 {
            let dir = try CLIRunner.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let db = dir.appendingPathComponent("new.sqlite").path
            let results = Locked([CLIRunner.Result?](repeating: nil, count: 2))
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                let inputs = k == 0 ? ["Samples/01-china-anti-secession-law.txt", "Samples/02-obama-syria-red-line.txt"]
                    : ["Samples/13-russia-warns-finland-sweden.txt", "Samples/15-sweden-joins-nato.txt"]
                let r = try? CLIRunner.runBlocking(["ingest", "--db", db, "--today", "2024-06-01", "--jobs", "1"] + inputs)
                results.set(k, r)
            }
            for (k, r) in results.value.enumerated() {
                #expect(r?.status == 0, "round \(round), ingest \(k): \(r?.stderr ?? "did not run")")
            }
            let listed = try await CLIRunner.run(["export", "--db", db, "--what", "events", "--format", "csv"])
            #expect(listed.status == 0)
            for name in ["01-china", "02-obama", "13-russia", "15-sweden"] {
                #expect(listed.stdout.contains(name), "round \(round): \(name) is missing")
            }
        }
    }
}

/// A value several threads set.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.lock(); defer { lock.unlock() }; return stored }
    func set<T>(_ index: Int, _ element: T) where Value == [T] { lock.lock(); stored[index] = element; lock.unlock() }
}
