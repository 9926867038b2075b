import Hummingbird

/// Checks `Authorization: Bearer <token>` against the configured token, in time that does not
/// depend on where the two differ.
struct BearerToken: Sendable {
    var token: String?

    /// Whether the request carries the token.
    func admits(_ request: Request) -> Bool {
        guard let token, let header = request.headers[.authorization] else { return false }
        let prefix = "Bearer "
        guard header.hasPrefix(prefix) else { return false }
        return Self.equal(String(header.dropFirst(prefix.count)), token)
    }

    /// Refuses the request with 401 (no or wrong token) or 403 (writes are switched off).
    func require(_ request: Request) throws {
        guard token != nil else {
            throw ServerError(.forbidden, "writes are disabled: start the server with --token or REDLINE_TOKEN")
        }
        guard admits(request) else {
            throw ServerError(.unauthorized, "this action needs the header Authorization: Bearer <token>")
        }
    }

    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return difference == 0
    }
}
