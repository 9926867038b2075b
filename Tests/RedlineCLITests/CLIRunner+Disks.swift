import Foundation

extension CLIRunner {
    /// Runs `redline` with standard output going to `stdout` (a file, or a pipe nobody reads),
    /// capturing standard error.
    static func run(_ arguments: [String], stdout: FileHandle) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = repository
        process.standardOutput = stdout
        let err = Pipe()
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: "", stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A small tmpfs (`size` as mount takes it) mounted on a new directory, or nil (with the
    /// reason) where mounting is not permitted (not root, or in a container without the capability).
    static func tinyDisk(size: String = "64k") throws -> (URL?, String) {
        let dir = try temporaryDirectory()
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", dir.path]
        mount.standardError = FileHandle.nullDevice
        mount.standardOutput = FileHandle.nullDevice
        do { try mount.run() } catch { return (nil, "cannot run mount: \(error)") }
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else {
            try? FileManager.default.removeItem(at: dir)
            return (nil, "mounting a tmpfs is not permitted here (exit \(mount.terminationStatus))")
        }
        return (dir, "")
    }

    static func unmount(_ dir: URL) {
        let umount = Process()
        umount.executableURL = URL(fileURLWithPath: "/bin/umount")
        umount.arguments = [dir.path]
        try? umount.run()
        umount.waitUntilExit()
        try? FileManager.default.removeItem(at: dir)
    }

    /// Fills `dir` until fewer than `left` bytes remain free.
    static func fill(_ dir: URL, leaving left: Int) throws {
        let filler = dir.appendingPathComponent("filler")
        _ = FileManager.default.createFile(atPath: filler.path, contents: nil)
        let handle = try FileHandle(forWritingTo: filler)
        defer { try? handle.close() }
        let chunk = Data(count: 1024)
        while true {
            let attributes = try FileManager.default.attributesOfFileSystem(forPath: dir.path)
            let free = (attributes[.systemFreeSize] as? NSNumber)?.intValue ?? 0
            if free < left { return }
            do { try handle.write(contentsOf: chunk) } catch { return }
        }
    }

    /// A plain-text article of about `bytes` bytes of ordinary sentences.
    static func longArticle(bytes: Int) -> String {
        let sentence = "Russia warned Ukraine on Monday that any attack on Crimea would be met with a military response. "
        return String(repeating: sentence, count: bytes / sentence.utf8.count + 1)
    }
}
