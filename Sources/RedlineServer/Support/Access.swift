import HTTPTypes
import Hummingbird

/// Who may read and write: a request carries `Authorization: Bearer <token>` (scripts, the
/// CLI), or the session cookie that `POST /login` sets (a browser on the dashboard).
///
/// A session cookie admits reads, and writes only when the request proves it comes from the
/// server's own pages (an `Origin` naming this server, which `OriginCheckMiddleware` has
/// checked, or `Sec-Fetch-Site: same-origin`): the cookie is sent by the browser whoever made
/// the page, the bearer header is not.
struct Access: Sendable {
    static let cookie = "redline_session"
    /// A cookie scripts may read, only so the pages can show the controls of a signed-in
    /// analyst; it admits nothing.
    static let hintCookie = "redline_signed_in"

    var token: String?
    var protectReads: Bool
    var sessions: Sessions

    /// Whether the request carries the token in its `Authorization` header. Compares in time
    /// that does not depend on where the two differ.
    func bearer(_ request: Request) -> Bool {
        guard let token, let header = request.headers[.authorization] else { return false }
        let prefix = "Bearer "
        guard header.hasPrefix(prefix) else { return false }
        return Self.equal(String(header.dropFirst(prefix.count)), token)
    }

    /// Whether the request carries the cookie of an open session.
    func session(_ request: Request) -> Bool {
        guard token != nil, let id = request.cookies[Self.cookie]?.value else { return false }
        return sessions.isOpen(id)
    }

    /// The session id the request's cookie names, open or not.
    func sessionID(_ request: Request) -> String? { request.cookies[Self.cookie]?.value }

    /// Whether reads are allowed: always, unless the server protects them.
    func admitsRead(_ request: Request) -> Bool { !protectReads || bearer(request) || session(request) }

    /// Whether the request may write (see `requireWrite`), without saying why not.
    func admitsWrite(_ request: Request) -> Bool { bearer(request) || (session(request) && Self.fromOwnPage(request)) }

    /// Refuses a read with 401 when reads are protected and the request has neither the token
    /// nor a session.
    func requireRead(_ request: Request) throws {
        guard !admitsRead(request) else { return }
        throw ServerError(.unauthorized, "reading needs the token: send the header Authorization: Bearer <token>, or sign in at /login")
    }

    /// Refuses a write with 403 (writes are switched off, or a session cookie without proof of
    /// coming from the server's pages) or 401 (no or wrong token, no session).
    func requireWrite(_ request: Request) throws {
        guard token != nil else {
            throw ServerError(.forbidden, "writes are disabled: start the server with --token or REDLINE_TOKEN")
        }
        if bearer(request) { return }
        if session(request) {
            guard Self.fromOwnPage(request) else {
                throw ServerError(.forbidden, "a write with the session cookie must come from this server's own pages (an Origin header naming it)")
            }
            return
        }
        throw ServerError(.unauthorized, "this action needs the header Authorization: Bearer <token>")
    }

    /// Whether a browser said the request comes from this server's own pages. A mismatched
    /// `Origin` never gets here: `OriginCheckMiddleware` refused it.
    static func fromOwnPage(_ request: Request) -> Bool {
        request.headers[.origin] != nil || request.headers[secFetchSite] == "same-origin"
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
