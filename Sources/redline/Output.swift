import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command's output goes: standard output, or a file written whole under a temporary
/// name and renamed into place, so that a full disk or a closed pipe is an error the person at
/// the terminal sees (and a non-zero exit), never a crash or a truncated file reported as success.
///
/// ```swift
/// try Output.standardOutput.write("id,status\n")
/// try Output.replaceFile(at: "events.csv", with: Array(text.utf8))
/// ```
struct Output {
    let descriptor: Int32
    /// How the destination is named in errors.
    let name: String

    static let standardOutput = Output(descriptor: 1, name: "standard output")

    /// Without this a closed pipe kills the process with SIGPIPE before the write can fail.
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write($0) }
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer { try write($0) }
    }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard var pointer = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = posixWrite(descriptor, pointer, left)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(destination: name, code: errno)
            }
            pointer += written
            left -= written
        }
    }

    /// Writes `bytes` to a temporary file beside `path`, flushes it to the disk and renames it
    /// to `path`; on any failure the temporary file is removed and `path` is left as it was.
    static func replaceFile(at path: String, with bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError(destination: path, code: errno) }
        do {
            try Output(descriptor: fd, name: path).write(bytes)
            if fsync(fd) != 0 { throw OutputError(destination: path, code: errno) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        // Some file systems report a full disk only when the file is closed.
        if close(fd) != 0 {
            let code = errno
            unlink(temporary)
            throw OutputError(destination: path, code: code)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw OutputError(destination: path, code: code)
        }
    }
}

/// A write that failed: where to, and the system's reason.
struct OutputError: Error, CustomStringConvertible {
    var destination: String
    var code: Int32

    var description: String {
        "cannot write to \(destination): \(String(cString: strerror(code)))"
    }
}

/// The system's write(2), out of reach of `Output.write`'s name.
private func posixWrite(_ descriptor: Int32, _ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, pointer, count)
}
