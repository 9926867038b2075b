import HTTPTypes
import Hummingbird

/// Refuses requests a web page on another site makes through the analyst's browser.
///
/// A page anywhere can send a "simple" cross-origin POST (a form, or `fetch` with a text body) to
/// a server on the analyst's loopback; the browser sends it and only hides the answer. So every
/// request that is not a read must come from the server's own pages: its `Origin` (or, without
/// one, `Sec-Fetch-Site`) must name this server. And when the server listens on loopback, the
/// `Host` header must be a loopback name, so a hostile name re-pointed at 127.0.0.1 (DNS
/// rebinding) cannot make the server's pages its own. Clients that are not browsers (curl, the
/// CLI, scripts) send no `Origin` and pass.
struct OriginCheckMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Host names (without port) the `Host` header may carry; nil accepts any.
    var allowedHosts: Set<String>?

    init(listeningOn host: String) {
        allowedHosts = Self.isLoopback(host) ? ["localhost", "127.0.0.1", "[::1]", "::1"] : nil
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let host = request.head.authority
        if let allowedHosts {
            guard let host, allowedHosts.contains(Self.hostName(host)) else {
                throw ServerError(.misdirectedRequest, "this server answers only to a loopback Host (localhost or 127.0.0.1), "
                    + "not \"\((host ?? "").prefix(80))\"")
            }
        }
        if request.method != .get, request.method != .head, request.method != .options {
            if let origin = request.headers[.origin],
               // A browser that hides the origin of its own page's post (a no-referrer policy) says "null".
               origin != "null" || request.headers[secFetchSite] != "same-origin" {
                guard let host, Self.authority(ofOrigin: origin) == host.lowercased() else {
                    throw ServerError(.forbidden, "cross-origin request refused: Origin \"\(origin.prefix(80))\" is not this server")
                }
            } else if let site = request.headers[secFetchSite], site != "same-origin", site != "none" {
                throw ServerError(.forbidden, "cross-origin request refused: Sec-Fetch-Site is \(site.prefix(20))")
            }
        }
        return try await next(request, context)
    }

    /// "http://localhost:8080" → "localhost:8080"; nil for "null" and other opaque origins.
    static func authority(ofOrigin origin: String) -> String? {
        let lower = origin.lowercased()
        for scheme in ["http://", "https://"] where lower.hasPrefix(scheme) {
            let rest = lower.dropFirst(scheme.count)
            return rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
        }
        return nil
    }

    /// The host part of a `Host` value: "localhost:8080" → "localhost", "[::1]:80" → "[::1]".
    static func hostName(_ host: String) -> String {
        let lower = host.lowercased()
        if lower.hasPrefix("["), let close = lower.firstIndex(of: "]") { return String(lower[...close]) }
        return String(lower.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }

    static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased()
        return h == "localhost" || h == "::1" || h == "[::1]" || h.hasPrefix("127.")
    }
}

/// Sent by browsers with every request: whether it comes from the server's own pages.
let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
