import Foundation
import HTTPTypes
import Hummingbird

/// `GET /login`, `POST /login` and `POST /logout`: a browser trades the token for a session
/// cookie once, so a dashboard with `--protect-reads` can be read (a browser cannot send a bearer
/// header when following a link) and its write forms work without keeping the token in the page.
///
/// The cookie holds a random session id, never the token; it is `HttpOnly`, `SameSite=Strict`,
/// and `Secure` when the request came over https (directly or, behind a proxy, as
/// `X-Forwarded-Proto: https`).
struct LoginRoutes: Sendable {
    let access: Access
    let configuration: ServerConfiguration

    func register(on router: Router<BasicRequestContext>) {
        router.get("/login") { request, _ in
            DashboardRoutes.html(LoginPage.render(next: Self.safeNext(request.query("next")), signedIn: access.session(request),
                                                  writable: access.token != nil))
        }
        router.post("/login") { request, _ in try await login(request) }
        router.post("/logout") { request, _ in logout(request) }
    }

    func login(_ request: Request) async throws -> Response {
        let form = FormBody(try await request.collectBody(limit: configuration.maxReviewBytes))
        let next = Self.safeNext(form["next"])
        guard let token = access.token else {
            return DashboardRoutes.html(LoginPage.render(next: next, error: "This server has no token, so there is nothing to sign in to.", writable: false),
                                        status: .forbidden)
        }
        guard !access.sessions.isThrottled else {
            return DashboardRoutes.html(LoginPage.render(next: next, error: "Too many failed sign-ins; wait a minute and try again."),
                                        status: .tooManyRequests)
        }
        guard let given = form["token"], Access.equal(given.trimmingCharacters(in: .whitespaces), token) else {
            access.sessions.recordFailure()
            return DashboardRoutes.html(LoginPage.render(next: next, error: "That is not this server's token."), status: .unauthorized)
        }
        let id = access.sessions.open()
        var response = Self.redirect(to: next)
        let secure = Self.isHTTPS(request)
        let age = Int(access.sessions.lifetime)
        response.headers.append(HTTPField(name: .setCookie, value: Self.cookie(Access.cookie, id, maxAge: age, httpOnly: true, secure: secure)))
        response.headers.append(HTTPField(name: .setCookie, value: Self.cookie(Access.hintCookie, "1", maxAge: age, httpOnly: false, secure: secure)))
        return response
    }

    func logout(_ request: Request) -> Response {
        if let id = access.sessionID(request) { access.sessions.close(id) }
        var response = Self.redirect(to: "/login")
        let secure = Self.isHTTPS(request)
        response.headers.append(HTTPField(name: .setCookie, value: Self.cookie(Access.cookie, "", maxAge: 0, httpOnly: true, secure: secure)))
        response.headers.append(HTTPField(name: .setCookie, value: Self.cookie(Access.hintCookie, "", maxAge: 0, httpOnly: false, secure: secure)))
        return response
    }

    static func cookie(_ name: String, _ value: String, maxAge: Int, httpOnly: Bool, secure: Bool) -> String {
        "\(name)=\(value); Path=/; Max-Age=\(maxAge)\(httpOnly ? "; HttpOnly" : "")\(secure ? "; Secure" : ""); SameSite=Strict"
    }

    /// A 303 to a path on this server.
    static func redirect(to path: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = path
        headers[.cacheControl] = "no-store"
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: .seeOther, headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(string: "<!doctype html><title>redline</title><a href=\"\(e(path))\">Continue</a>")))
    }

    /// Whether the browser reached the server over https (directly or through a proxy that says so).
    static func isHTTPS(_ request: Request) -> Bool {
        if request.head.scheme?.lowercased() == "https" { return true }
        guard let proto = request.headers[.init("X-Forwarded-Proto")!] else { return false }
        return proto.split(separator: ",").first?.trimmingCharacters(in: .whitespaces).lowercased() == "https"
    }

    /// Where to go after signing in: a path on this server, else the overview. A value that
    /// could leave the server ("//evil.example", "/\\evil.example", "https://…") is dropped.
    static func safeNext(_ value: String?) -> String {
        guard let value, value.hasPrefix("/"), !value.hasPrefix("//"), !value.hasPrefix("/\\"), value.utf8.count <= 2_000,
              value.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && $0 != "\\" }),
              !value.hasPrefix("/login"), !value.hasPrefix("/logout") else { return "/" }
        return value
    }
}

/// Thrown by a dashboard page that needs a signed-in reader; answered with a redirect to the
/// login page that comes back to `next` afterwards.
struct SignInRequired: Error {
    var next: String

    var response: Response {
        let query = next == "/" ? "" : "?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        return LoginRoutes.redirect(to: "/login" + query)
    }
}
