import Foundation
import Hummingbird
import RedlineCore
import RedlineExport
import RedlineStore
import RedlineText

/// The dashboard's pages, rendered on the server from the same read model as the API.
struct DashboardRoutes: Sendable {
    let tracker: Tracker
    let access: Access

    func register(on router: Router<BasicRequestContext>) {
        router.get("/static/app.css") { _, _ in Assets.response(Assets.css, type: "text/css; charset=utf-8") }
        router.get("/static/app.js") { _, _ in Assets.response(Assets.js, type: "text/javascript; charset=utf-8") }
        router.get("/") { request, _ in try await overview(request) }
        router.get("/lines/:id") { request, context in try await line(request, id: context.parameters.require("id")) }
        router.get("/actors") { request, _ in try await actors(request) }
        router.get("/actors/:code") { request, context in try await actor(request, code: context.parameters.require("code")) }
        router.get("/documents/:id") { request, context in try await document(request, id: context.parameters.require("id")) }
        router.get("/search") { request, _ in try await search(request) }
        router.get("/events") { request, _ in try await events(request) }
        router.get("/timeline") { request, _ in try await timeline(request) }
        router.get("/review") { request, _ in try await reviewQueue(request) }
        router.get("/review/history") { request, _ in try await reviewHistory(request) }
        router.get("/analyze") { request, _ in try analyzeForm(request) }
        router.post("/analyze") { request, _ in try await analyze(request) }
    }

    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        html(ByteBuffer(string: page), status: status)
    }

    static func html(_ page: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: page))
    }

    /// Sends a reader without the token or a session to the login page, which comes back here.
    func checkRead(_ request: Request) throws {
        guard !access.admitsRead(request) else { return }
        throw SignInRequired(next: request.method == .get ? request.uri.description : "/analyze")
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
        let from = try QueryValue.day(request.query("from"), "from"), to = try QueryValue.day(request.query("to"), "to")
        if let from, let to, from > to { throw ServerError(.badRequest, "from (\(from)) must not be after to (\(to))") }
        let snapshot = try await tracker.reads.snapshot()
        let escalation = try await tracker.reads.escalation(for: snapshot)
        guard let detail = ActorViews.detail(code, snapshot: snapshot, escalation: escalation, from: from, through: to) else {
            throw ServerError.notFound("no actor \(code) in the tracker")
        }
        return Self.html(ActorPages.detail(detail, from: from, to: to))
    }

    func document(_ request: Request, id: String) async throws -> Response {
        try checkRead(request)
        guard let stored = try await tracker.store.document(id: id) else { throw ServerError.notFound("no document with id \(id.prefix(80))") }
        return Self.html(DocumentPage.render(stored.extraction))
    }

    /// `GET /timeline`: every line on one time axis, filtered and sorted.
    func timeline(_ request: Request) async throws -> Response {
        try checkRead(request)
        let sortText = request.query("sort") ?? "newest"
        guard let sort = TimelinePage.Query.Sort(rawValue: sortText) else {
            throw ServerError(.badRequest, "sort must be one of " + TimelinePage.Query.Sort.allCases.map(\.rawValue).joined(separator: ", ")
                + ", not \"\(sortText.prefix(40))\"")
        }
        let query = TimelinePage.Query(text: try QueryValue.text(request.query("q"), "q"), status: try QueryValue.status(request.query("status")),
                                       declarer: try QueryValue.code(request.query("declarer"), "declarer"),
                                       addressee: try QueryValue.code(request.query("addressee"), "addressee"), sort: sort)
        let snapshot = try await tracker.reads.snapshot()
        return Self.html(TimelinePage.render(snapshot, query: query, windowDays: tracker.configuration.responseWindowDays))
    }

    /// `GET /review`: the review queue, with the filters of `GET /api/review-queue`.
    func reviewQueue(_ request: Request) async throws -> Response {
        try checkRead(request)
        let query = try ReviewQueue.Query(request)
        let page = try PageRequest(limit: request.query("limit"), offset: request.query("offset"), cursor: nil,
                                   defaultLimit: ReviewPage.pageSize, maxLimit: 200)
        let snapshot = try await tracker.reads.snapshot()
        let audit = query.reviewed ? try await tracker.reads.audit(for: snapshot) : nil
        let all = ReviewQueue.items(snapshot, audit: audit, query: query)
        return Self.html(ReviewPage.render(.init(query: query, page: page, items: page.slice(all), total: all.count, snapshot: snapshot)))
    }

    /// `GET /review/history`: every review, newest first.
    func reviewHistory(_ request: Request) async throws -> Response {
        try checkRead(request)
        let page = try PageRequest(limit: nil, offset: request.query("offset"), cursor: nil,
                                   defaultLimit: ReviewHistoryPage.pageSize, maxLimit: ReviewHistoryPage.pageSize)
        let snapshot = try await tracker.reads.snapshot()
        let entries = ReviewHistoryEntry.all(try await tracker.reads.audit(for: snapshot), snapshot: snapshot)
        return Self.html(ReviewHistoryPage.render(entries, page: page))
    }

    /// `GET /events`: the events explorer over the same filters as `/api/events`, newest first;
    /// the page is kept with the read snapshot, as the API's answers are.
    func events(_ request: Request) async throws -> Response {
        try checkRead(request)
        let page = try PageRequest(limit: request.query("limit"), offset: request.query("offset"), cursor: nil,
                                   defaultLimit: EventsPage.pageSize, maxLimit: 500)
        let query = try EventQuery(request, page: page, newestFirstByDefault: true)
        guard let searchable = tracker.store as? any SearchableStore else { throw ServerError(.notImplemented, "this store cannot count facets") }
        let snapshot = try await tracker.reads.snapshot()
        let store = tracker.store, names = tracker.names
        return Self.html(try await snapshot.cached("events-page|\(query.queryString)|\(page.limit)|\(page.offset)") {
            async let events = store.events(query.filter)
            let facets = try await snapshot.facets(query.filter) { try await searchable.eventFacets($0) }
            let model = EventsPage.Model(query: query, page: page, facets: facets, records: try await events.map(EventRecord.init), names: names)
            return ByteBuffer(string: EventsPage.render(model))
        })
    }

    func search(_ request: Request) async throws -> Response {
        try checkRead(request)
        let raw = (request.query("q") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !raw.isEmpty else { return Self.html(SearchPage.render(query: "", answer: nil)) }
        let q: String
        do {
            q = try SearchText.parse(raw)
        } catch let error as ServerError {
            return Self.html(SearchPage.render(query: raw, answer: nil, error: error.message), status: error.status)
        }
        let page = try PageRequest(limit: nil, offset: request.query("offset"), cursor: nil, defaultLimit: 20, maxLimit: 20)
        guard let searchable = tracker.store as? any SearchableStore else { throw ServerError(.notImplemented, "this store cannot search") }
        let found = try await searchable.search(SearchQuery(text: q, limit: page.limit, offset: page.offset))
        let snapshot = try await tracker.reads.snapshot()
        let answer = SearchAnswer(query: q, results: found, limit: page.limit, offset: page.offset, snapshot: snapshot)
        return Self.html(SearchPage.render(query: q, answer: answer))
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
        // A session cookie admits storing only with an Origin from this server's own pages.
        let authorised = Self.carriesToken(form, tracker.configuration.token) || access.admitsWrite(request)
        // Without the token, what is analysed and not stored is kept small.
        if form["store"] != "1", !authorised, text.utf8.count > tracker.configuration.maxAnonymousExtractBytes {
            throw ServerError.tooLarge(limit: tracker.configuration.maxAnonymousExtractBytes)
        }
        let published = try QueryValue.day(form["published"].flatMap { $0.isEmpty ? nil : $0 }, "published")
        if form["store"] == "1" {
            guard authorised else {
                return Self.html(DocumentPage.analyze(errors: ["Storing needs the analyst token (sign in, or set it under Analyst at the top)."], text: text),
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
        return Access.equal(given, token)
    }
}

/// An `application/x-www-form-urlencoded` body.
struct FormBody {
    private var fields: [String: String] = [:]

    init(_ bytes: [UInt8]) {
        for (key, value) in Self.pairs(bytes) where fields[key] == nil { fields[key] = value }
    }

    /// The decoded `key=value` pairs of a form or query string, in order (repeated keys kept).
    static func pairs(_ bytes: [UInt8]) -> [(key: String, value: String)] {
        bytes.split(separator: UInt8(ascii: "&")).map { pair in
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
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
