/// The sign-in page: one token field, posted to `/login` with the page to return to.
enum LoginPage {
    static func render(next: String, error: String? = nil, signedIn: Bool = false, writable: Bool = true) -> String {
        var body = "<h1>Sign in</h1>"
        if let error { body += "<p class=\"notice\" role=\"alert\">\(e(error))</p>" }
        if signedIn {
            body += "<p>You are signed in. <a href=\"\(e(next))\">Go on</a>.</p>"
        }
        if writable {
            body += """
            <p>Give the server's token (the one it was started with, <code>--token</code> or <code>REDLINE_TOKEN</code>). \
            The browser keeps a session cookie, not the token.</p>
            <form id="login-form" class="filters" method="post" action="/login">
            <label>Token <input type="password" name="token" autocomplete="current-password" required autofocus></label>
            <input type="hidden" name="next" value="\(e(next))">
            <button type="submit">Sign in</button>
            </form>
            """
        }
        if signedIn {
            body += #"<form id="logout-form" method="post" action="/logout"><button type="submit">Sign out</button></form>"#
        }
        return Layout.page(title: "Sign in", active: "", body: body)
    }
}
