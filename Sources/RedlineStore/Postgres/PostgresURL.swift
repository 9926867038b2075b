/// A PostgreSQL connection URL: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE]`.
///
/// HOST may be a host name, an IPv4 address, a bracketed IPv6 address, or a percent-encoded
/// absolute directory holding the server's Unix socket (`postgres://me@%2Ftmp/db`). The port
/// defaults to 5432 and the database to the user name, as with `psql`.
public struct PostgresURL: Hashable, Sendable, CustomStringConvertible {
    /// How to use TLS, as libpq's `sslmode` says it (certificates are checked only by `verifyFull`).
    public enum SSLMode: String, Hashable, Sendable, CaseIterable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var sslMode: SSLMode

    public init(host: String, port: Int = 5432, user: String, password: String? = nil, database: String? = nil,
                sslMode: SSLMode = .prefer) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database ?? user
        self.sslMode = sslMode
    }

    /// Whether `host` names a Unix socket directory rather than a network host.
    public var isSocket: Bool { host.hasPrefix("/") }

    /// The URL without its password, safe to print.
    public var description: String {
        let shownHost = isSocket ? percentEncoded(host) : (host.contains(":") ? "[\(host)]" : host)
        let query = sslMode == .prefer ? "" : "?sslmode=\(sslMode.rawValue)"
        return "postgres://\(percentEncoded(user))@\(shownHost):\(port)/\(percentEncoded(database))\(query)"
    }

    /// Parses a `postgres://` or `postgresql://` URL.
    public init(parsing value: String) throws(StoreError) {
        func fail(_ what: String) -> StoreError {
            StoreError(.badLocation, "bad --db value \"\(PostgresURL.redacted(value))\": \(what); accepted forms: \(StoreLocation.acceptedForms)")
        }
        guard let schemeEnd = value.range(of: "://"),
              ["postgres", "postgresql"].contains(value[..<schemeEnd.lowerBound].lowercased()) else {
            throw fail("it does not start with postgres:// or postgresql://")
        }
        var rest = Substring(value[schemeEnd.upperBound...])
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var path: Substring = ""
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        guard let at = rest.lastIndex(of: "@") else { throw fail("it names no user (USER@HOST)") }
        let userInfo = rest[..<at]
        let hostPort = rest[rest.index(after: at)...]

        let userPart: Substring, passwordPart: Substring?
        if let colon = userInfo.firstIndex(of: ":") {
            userPart = userInfo[..<colon]
            passwordPart = userInfo[userInfo.index(after: colon)...]
        } else {
            userPart = userInfo
            passwordPart = nil
        }
        guard let user = PostgresURL.percentDecoded(userPart), !user.isEmpty else { throw fail("it names no user (USER@HOST)") }
        let password = try passwordPart.map { part throws(StoreError) -> String in
            guard let decoded = PostgresURL.percentDecoded(part) else { throw fail("the password is not valid percent-encoding") }
            return decoded
        }

        var hostPart = hostPort, portPart: Substring?
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else { throw fail("an IPv6 host lacks its closing ]") }
            hostPart = hostPort[hostPort.index(after: hostPort.startIndex)..<close]
            let after = hostPort[hostPort.index(after: close)...]
            if after.hasPrefix(":") { portPart = after.dropFirst() } else if !after.isEmpty { throw fail("unexpected text after the IPv6 host") }
        } else if let colon = hostPort.lastIndex(of: ":") {
            hostPart = hostPort[..<colon]
            portPart = hostPort[hostPort.index(after: colon)...]
        }
        guard let host = PostgresURL.percentDecoded(hostPart), !host.isEmpty else { throw fail("it names no host") }
        var port = 5432
        if let portPart {
            guard let number = Int(portPart), (1...65535).contains(number) else {
                throw fail("the port \"\(portPart)\" is not a number from 1 to 65535")
            }
            port = number
        }
        guard let database = PostgresURL.percentDecoded(path) else { throw fail("the database name is not valid percent-encoding") }
        if database.contains("/") { throw fail("the database name contains a /") }

        var sslMode = SSLMode.prefer
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(parts[0]), value = parts.count > 1 ? String(parts[1]) : ""
            guard key == "sslmode" else { throw fail("unknown parameter \"\(key)\" (only sslmode is understood)") }
            guard let mode = SSLMode(rawValue: value) else {
                throw fail("sslmode \"\(value)\" is not one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            sslMode = mode
        }
        self.init(host: host, port: port, user: user, password: password,
                  database: database.isEmpty ? nil : database, sslMode: sslMode)
    }

    /// The value with any password replaced by `***`, for error messages.
    static func redacted(_ value: String) -> String {
        guard let schemeEnd = value.range(of: "://") else { return value }
        let afterScheme = value[schemeEnd.upperBound...]
        let authorityEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? afterScheme.endIndex
        let authority = afterScheme[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else { return value }
        return String(value[..<afterScheme.startIndex]) + authority[..<colon] + ":***" + value[at...]
    }

    static func percentDecoded(_ text: Substring) -> String? {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                 UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
