import Foundation
import Hummingbird
import RedlineCore
import RedlineStore
import RedlineText

/// The dashboard's pages, rendered on the server from the same read model as the API.
struct DashboardRoutes: Sendable {
    let tracker: Tracker
    let auth: BearerToken

    func register(on router: Router<BasicRequestContext>) {
        router.get("/static/app.css") { _, _ in Assets.response(Assets.css, type: "text/css; charset=utf-8") }
        router.get("/static/app.js") { _, _ in Assets.response(Assets.js, type: "text/javascript; charset=utf-8") }
        router.get("/") { request, _ in try await overview(request) }
        router.get("/lines/:id") { request, context in try await line(request, id: context.parameters.require("id")) }
        router.get("/actors") { request, _ in try await actors(request) }
        router.get("/actors/:code") { request, context in try await actor(request, code: context.parameters.require("code")) }
        router.get("/documents/:id") { request, context in try await document(request, id: context.parameters.require("id")) }
        router.get("/search") { request, _ in try await search(request) }
        router.get("/analyze") { request, _ in try analyzeForm(request) }
        router.post("/analyze") { request, _ in try await analyze(request) }
    }

    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    }

    func checkRead(_ request: Request) throws {
        if tracker.configuration.protectReads { try auth.require(request) }
    }

    func analyzeForm(_ request: Request) throws -> Response {
        try checkRead(request)
        return Self.html(DocumentPage.analyze())
    }

    func overview(_ request: Request) async throws -> Response {
        try checkRead(request)
        let filter = LineFilter(declarer: try QueryValue.code(request.query("declarer"), "declarer"),
                                status: try QueryValue.status(request.query("status")),
                                since: try QueryValue.day(request.query("since"), "since"))
        let offset = try PageRequest(limit: nil, offset: request.query("offset"), cursor: nil, defaultLimit: 1, maxLimit: 1).offset
        let snapshot = try await tracker.reads.snapshot()
        return Self.html(OverviewPage.render(snapshot, filter: filter, offset: offset))
    }

    func line(_ request: Request, id: String) async throws -> Response {
        try checkRead(request)
        let snapshot = try await tracker.reads.snapshot()
        guard let line = snapshot.line(id: id) else { throw ServerError.notFound("no tracked line with id \(id.prefix(80))") }
        let credibility = line.declarer.code.flatMap { snapshot.credibility[$0] }
        return Self.html(LinePage.render(line, credibility: credibility))
    }

    func actors(_ request: Request) async throws -> Response {
        try checkRead(request)
        return Self.html(ActorPages.list(ActorViews.overviews(try await tracker.reads.snapshot())))
    }

    func actor(_ request: Request, code: String) async throws -> Response {
        try checkRead(request)
        guard let code = try QueryValue.code(code, "the actor code") else { throw ServerError.notFound("no actor") }
        let snapshot = try await tracker.reads.snapshot()
        let escalation = try await tracker.reads.escalation(for: snapshot)
        guard let detail = ActorViews.detail(code, snapshot: snapshot, escalation: escalation) else {
            throw ServerError.notFound("no actor \(code) in the tracker")
        }
        return Self.html(ActorPages.detail(detail))
    }

    func document(_ request: Request, id: String) async throws -> Response {
        try checkRead(request)
        guard let stored = try await tracker.store.document(id: id) else { throw ServerError.notFound("no document with id \(id.prefix(80))") }
        return Self.html(DocumentPage.render(stored.extraction))
    }

    func search(_ request: Request) async throws -> Response {
        try checkRead(request)
        let query = (request.query("q") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let page = try PageRequest(limit: nil, offset: request.query("offset"), cursor: nil, defaultLimit: 50, maxLimit: 50)
        guard query.count >= 2 else { return Self.html(SearchPage.render(query: query, page: nil, offset: 0, limit: 50)) }
        guard query.count <= 200 else { throw ServerError(.badRequest, "q may have at most 200 characters") }
        guard let searchable = tracker.store as? any SearchableStore else { throw ServerError(.notImplemented, "this store cannot search") }
        let found = try await searchable.searchEvidence(EvidenceQuery(text: query, limit: page.limit, offset: page.offset))
        return Self.html(SearchPage.render(query: query, page: found, offset: page.offset, limit: page.limit))
    }

    /// `POST /analyze` (a form): extracts the pasted text and shows what was found; stores it
    /// when asked and the form carries the analyst's token.
    func analyze(_ request: Request) async throws -> Response {
        try checkRead(request)
        let bytes = try await request.collectBody(limit: tracker.configuration.maxDocumentBytes * 3)
        let form = FormBody(bytes)
        let text = form["text"] ?? ""
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return Self.html(DocumentPage.analyze(errors: ["Paste an article first."]), status: .badRequest)
        }
        guard text.utf8.count <= tracker.configuration.maxDocumentBytes else { throw ServerError.tooLarge(limit: tracker.configuration.maxDocumentBytes) }
        // Without the token, what is analysed and not stored is kept small.
        if form["store"] != "1", !Self.carriesToken(form, tracker.configuration.token), text.utf8.count > tracker.configuration.maxAnonymousExtractBytes {
            throw ServerError.tooLarge(limit: tracker.configuration.maxAnonymousExtractBytes)
        }
        let published = try QueryValue.day(form["published"].flatMap { $0.isEmpty ? nil : $0 }, "published")
        if form["store"] == "1" {
            guard Self.carriesToken(form, tracker.configuration.token) else {
                return Self.html(DocumentPage.analyze(errors: ["Storing needs the analyst token (set it under Analyst at the top)."], text: text),
                                 status: .unauthorized)
            }
            let result = try await tracker.ingest(Array(text.utf8), format: nil, published: published, name: "dashboard")
            let note = "Stored \(result.inserted) new document\(result.inserted == 1 ? "" : "s") (\(result.skipped) already known); \(result.lines.count) tracked line\(result.lines.count == 1 ? "" : "s") touched."
            return Self.html(DocumentPage.analyze(results: result.documents.map(\.extraction), errors: result.errors.map(\.message), stored: note))
        }
        let (extractions, failures) = try tracker.extract(Array(text.utf8), format: nil, published: published, name: "dashboard")
        return Self.html(DocumentPage.analyze(results: extractions, errors: failures.map(\.message)))
    }
}

extension DashboardRoutes {
    static func carriesToken(_ form: FormBody, _ token: String?) -> Bool {
        guard let token, let given = form["token"] else { return false }
        return BearerToken.equal(given, token)
    }
}

/// An `application/x-www-form-urlencoded` body.
struct FormBody {
    private var fields: [String: String] = [:]

    init(_ bytes: [UInt8]) {
        for pair in bytes.split(separator: UInt8(ascii: "&")) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(parts[0]), value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if fields[key] == nil { fields[key] = value }
        }
    }

    subscript(name: String) -> String? { fields[name] }

    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if b == UInt8(ascii: "%"), i + 2 < bytes.endIndex, let h = hex(bytes[i + 1]), let l = hex(bytes[i + 2]) {
                out.append(h << 4 | l)
                i += 2
            } else {
                out.append(b)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
