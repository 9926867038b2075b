import Hummingbird
import RedlineCore
import RedlineStore

/// The JSON API under `/api`, plus `/healthz`, `/metrics` and `/openapi.json`.
struct APIRoutes: Sendable {
    let tracker: Tracker
    let metrics: Metrics
    let access: Access

    var configuration: ServerConfiguration { tracker.configuration }

    func register(on router: Router<BasicRequestContext>) {
        // Open whatever --protect-reads says: a liveness probe that tells only "ok" and two counts.
        router.get("/healthz") { _, _ in try await health() }
        router.get("/metrics") { request, _ in try checkRead(request); return try await metricsText() }
        router.get("/openapi.json") { _, _ in OpenAPIDocument.response }
        router.get("/api/redlines") { request, _ in try await lines(request) }
        router.get("/api/redlines/:id") { request, context in try await line(request, id: context.parameters.require("id")) }
        router.get("/api/events") { request, _ in try await events(request) }
        router.get("/api/events.csv") { request, _ in try await events(request, as: .csv) }
        router.get("/api/events.json") { request, _ in try await events(request, as: .json) }
        router.get("/api/events/facets") { request, _ in try await eventFacets(request) }
        router.get("/api/actors") { request, _ in try await actors(request) }
        router.get("/api/actors/:code") { request, context in try await actor(request, code: context.parameters.require("code")) }
        router.get("/api/search") { request, _ in try await search(request) }
        router.get("/api/documents/:id") { request, context in try await document(request, id: context.parameters.require("id")) }
        router.post("/api/documents") { request, _ in try await postDocuments(request, store: true) }
        router.post("/api/extract") { request, _ in try await postDocuments(request, store: false) }
        router.get("/api/reviews") { request, _ in try await reviews(request) }
        router.post("/api/reviews") { request, _ in try await postReview(request) }
        router.get("/api/review-queue") { request, _ in try await reviewQueue(request) }
        router.get("/api/review-history") { request, _ in try await reviewHistory(request) }
        registerAlerts(on: router)
    }

    /// Refuses reads without the token or a session when the server is configured so.
    func checkRead(_ request: Request) throws {
        try access.requireRead(request)
    }

    func page(_ request: Request) throws -> PageRequest {
        try PageRequest(limit: request.query("limit"), offset: request.query("offset"), cursor: request.query("cursor"),
                        defaultLimit: configuration.defaultPageSize, maxLimit: configuration.maxPageSize)
    }

    func health() async throws -> Response {
        let snapshot = try await tracker.reads.snapshot()
        let feeds = try await tracker.store.feedStatuses().map(FeedHealth.init)
        return try JSONBody.response(Health(status: "ok", documents: snapshot.counts.documents, trackedLines: snapshot.lines.count,
                                            feeds: feeds))
    }

    func metricsText() async throws -> Response {
        let snapshot = try await tracker.reads.snapshot()
        let c = snapshot.counts
        let text = metrics.exposition(gauges: [
            ("redline_store_documents", "Documents in the store.", Double(c.documents)),
            ("redline_store_red_line_statements", "Red-line statements in the store.", Double(c.redLines)),
            ("redline_store_events", "Events in the store.", Double(c.events)),
            ("redline_store_crossing_claims", "Crossing claims in the store.", Double(c.claims)),
            ("redline_store_tracked_lines", "Tracked red lines.", Double(snapshot.lines.count)),
            ("redline_store_reviews", "Analyst reviews kept.", Double(c.reviews)),
            ("redline_alert_streams", "Live alert streams (server-sent events) open.", Double(tracker.alertStreams.count)),
        ], families: FeedHealth.metrics(try await tracker.store.feedStatuses()))
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

/// Query values checked once, with messages that list what is accepted.
enum QueryValue {
    static func day(_ value: String?, _ name: String) throws -> Day? {
        guard let value else { return nil }
        guard value.utf8.count == 10, let day = Day(value) else {
            throw ServerError(.badRequest, "\(name) must be a date as YYYY-MM-DD, not \"\(value.prefix(40))\"")
        }
        return day
    }

    static func status(_ value: String?) throws -> LineStatus? {
        guard let value else { return nil }
        guard let status = LineStatus(rawValue: value) else {
            throw ServerError(.badRequest, "status must be one of "
                + LineStatus.allCases.map(\.rawValue).joined(separator: ", ") + ", not \"\(value.prefix(40))\"")
        }
        return status
    }

    static func eventType(_ value: String?) throws -> EventType? {
        guard let value else { return nil }
        guard let type = EventType(rawValue: value.uppercased()) else {
            throw ServerError(.badRequest, "type must be a PLOVER type: "
                + EventType.allCases.map(\.rawValue).joined(separator: ", ") + ", not \"\(value.prefix(40))\"")
        }
        return type
    }

    /// An actor code: letters only, as the gazetteer writes them, upper-cased.
    static func code(_ value: String?, _ name: String) throws -> String? {
        guard let value else { return nil }
        guard value.utf8.count <= 12, value.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) }) else {
            throw ServerError(.badRequest, "\(name) must be an actor code of letters such as RUS or NATO, not \"\(value.prefix(40))\"")
        }
        return value.uppercased()
    }
}
