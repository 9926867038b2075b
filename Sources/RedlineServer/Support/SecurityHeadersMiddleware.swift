import Hummingbird

/// Headers that keep a page from being framed or sniffed, and a content security policy that
/// lets pages load only the server's own scripts, styles and images.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        // Not no-referrer: under it Chromium sends `Origin: null` with the pages' own form posts,
        // which the origin check must refuse. Other sites still learn nothing.
        response.headers[.init("Referrer-Policy")!] = "same-origin"
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        return response
    }
}
