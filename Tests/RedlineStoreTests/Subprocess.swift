import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A child process started with `posix_spawn` and reaped with `waitpid`. Foundation's `Process`
/// waits on a run loop that a busy cooperative thread pool may never turn, leaving the test hung
/// on a child that has long exited; a blocking `waitpid` cannot miss it.
struct Subprocess {
    let pid: pid_t

    /// Starts `executable` with its output (stdout and stderr) appended to the file `output`.
    static func start(_ executable: String, _ arguments: [String], output: String,
                      environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Subprocess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard status == 0 else {
            throw TestPostgresError(message: "cannot start \(executable): \(String(cString: strerror(status)))")
        }
        return Subprocess(pid: pid)
    }

    /// Runs `executable` to the end and returns its output; a non-zero exit is an error quoting it.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.path + "/redline-subprocess-\(UUID().uuidString).log"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let process = try start(executable, arguments, output: output)
        let status = process.wait()
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard status == .exited(0) else {
            let name = (executable as NSString).lastPathComponent
            let args = arguments.joined(separator: " ")
            throw TestPostgresError(message: "\(name) \(args) ended with \(status): \(text.suffix(800))")
        }
        return text
    }

    enum Status: Equatable, CustomStringConvertible {
        case exited(Int32)
        case signalled(Int32)

        var description: String {
            switch self {
            case .exited(let code): "status \(code)"
            case .signalled(let signal): "signal \(signal)"
            }
        }
    }

    /// Blocks until the process ends.
    func wait() -> Status {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // The <sys/wait.h> macros, which Swift does not import.
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    /// Whether the process has ended, reaping it if so.
    func hasEnded() -> Status? {
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    func kill(_ signal: Int32) {
        _ = Glibc.kill(pid, signal)
    }
}
