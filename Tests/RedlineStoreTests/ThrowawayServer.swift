import Foundation
import RedlineStore

#if canImport(Glibc)
import Glibc
#endif

/// A PostgreSQL server of our own in a temporary directory: `initdb` with trust authentication,
/// `pg_ctl start` on a free local port, `pg_ctl stop -m fast` at the end. As root, everything runs
/// as the `postgres` user (the server refuses to run as root).
struct ThrowawayServer: Sendable, Equatable {
    let directory: String
    let binaries: String
    let port: Int
    let runAsPostgres: Bool

    var url: PostgresURL { PostgresURL(host: "127.0.0.1", port: port, user: "postgres", database: "postgres", sslMode: .disable) }
    private var dataDirectory: String { directory + "/data" }

    static func start() throws -> ThrowawayServer {
        let binaries = try findBinaries()
        let runAsPostgres = getuid() == 0
        stopLeftovers(binaries: binaries, runAsPostgres: runAsPostgres)
        let directory = FileManager.default.temporaryDirectory.path
            + "/redline-pg-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if runAsPostgres {
            guard let user = getpwnam("postgres") else {
                throw TestPostgresError(message: "running as root, but there is no postgres user to run the test server as")
            }
            guard chown(directory, user.pointee.pw_uid, user.pointee.pw_gid) == 0 else {
                throw TestPostgresError(message: "cannot give \(directory) to the postgres user")
            }
        }
        var attempt = 0
        while true {
            attempt += 1
            let server = ThrowawayServer(directory: directory, binaries: binaries, port: try freePort(),
                                         runAsPostgres: runAsPostgres)
            do {
                if attempt == 1 {
                    try server.run("initdb", ["-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "-D", server.dataDirectory])
                }
                try server.run("pg_ctl", [
                    "-D", server.dataDirectory, "-l", directory + "/server.log", "-w", "-t", "60",
                    "-o", "-p \(server.port) -k \(directory) -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off",
                    "start",
                ])
                return server
            } catch where attempt < 3 {
                continue // another process may have taken the port
            }
        }
    }

    func stop() {
        _ = try? run("pg_ctl", ["-D", dataDirectory, "-m", "fast", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs one of the PostgreSQL programs (as the postgres user when we are root).
    @discardableResult
    private func run(_ program: String, _ arguments: [String]) throws -> String {
        try Self.run(binaries + "/" + program, arguments, asPostgres: runAsPostgres)
    }

    private static func run(_ executable: String, _ arguments: [String], asPostgres: Bool) throws -> String {
        guard asPostgres else { return try Subprocess.run(executable, arguments) }
        guard let runuser = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"]
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw TestPostgresError(message: "running as root, but runuser is missing (needed to start PostgreSQL as postgres)")
        }
        return try Subprocess.run(runuser, ["-u", "postgres", "--", executable] + arguments)
    }

    /// The newest `/usr/lib/postgresql/VERSION/bin` that has both initdb and pg_ctl.
    private static func findBinaries() throws -> String {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let candidates = versions
            .sorted { (Int($0) ?? 0, $0) > (Int($1) ?? 0, $1) }
            .map { "\(root)/\($0)/bin" }
        for directory in candidates {
            let initdb = FileManager.default.isExecutableFile(atPath: directory + "/initdb")
            let pgCtl = FileManager.default.isExecutableFile(atPath: directory + "/pg_ctl")
            if initdb && pgCtl { return directory }
        }
        let missing = candidates.isEmpty ? "initdb and pg_ctl" :
            (FileManager.default.isExecutableFile(atPath: candidates[0] + "/initdb") ? "pg_ctl" : "initdb")
        throw TestPostgresError(message: """
            PostgreSQL is not installed: no \(missing) under \(root)/*/bin; install it \
            (apt-get install -y postgresql) or set REDLINE_TEST_POSTGRES_URL to a server's URL
            """)
    }

    /// A port on 127.0.0.1 that nothing listens on right now.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestPostgresError(message: "cannot open a socket to find a free port") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw TestPostgresError(message: "cannot bind a socket to find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Stops servers that earlier test runs started and could not stop (they were killed): their
    /// directories are named after the test process, which no longer exists.
    private static func stopLeftovers(binaries: String, runAsPostgres: Bool) {
        let temporary = FileManager.default.temporaryDirectory.path
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []
        for entry in entries where entry.hasPrefix("redline-pg-") {
            let parts = entry.split(separator: "-")
            guard parts.count == 4, let owner = Int32(parts[2]), owner != getpid(), kill(owner, 0) != 0, errno == ESRCH else { continue }
            let directory = temporary + "/" + entry
            if FileManager.default.fileExists(atPath: directory + "/data/postmaster.pid") {
                _ = try? run(binaries + "/pg_ctl", ["-D", directory + "/data", "-m", "immediate", "-w", "stop"],
                             asPostgres: runAsPostgres)
            }
            try? FileManager.default.removeItem(atPath: directory)
        }
    }
}
