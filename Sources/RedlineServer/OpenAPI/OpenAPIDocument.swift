import Foundation
import Hummingbird
import RedlineCore
import RedlineExport
import RedlineText

/// The API described as OpenAPI 3.1, written here as data and served at `/openapi.json`.
/// Tests request every path it lists and check each answer against its schema.
enum OpenAPIDocument {
    static let data: Data = {
        // Built once from plain dictionaries; the result is immutable bytes.
        (try? JSONSerialization.data(withJSONObject: document(), options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    }()

    static var response: Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(data: data)))
    }

    static func document() -> [String: Any] {
        [
            "openapi": "3.1.0",
            "info": ["title": "redline", "version": RedlineVersion.string,
                     "description": "Red lines, PLOVER events, credibility and escalation, tracked across news articles. Reads are open unless the server runs with --protect-reads; then reads and /metrics need `Authorization: Bearer <token>` or the session cookie `POST /login` sets (/healthz stays open). Writes need the bearer token, or the session cookie with an `Origin` naming the server. Errors answer `{\"error\": \"...\"}`."],
            "components": ["schemas": OpenAPISchemas.all,
                           "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"],
                                               "session": ["type": "apiKey", "in": "cookie", "name": "redline_session"]]],
            "paths": paths(),
        ]
    }

    private static func paths() -> [String: Any] {
        let paging: [[String: Any]] = [
            query("limit", ["type": "integer", "minimum": 1, "maximum": 500], "Items per page (1–500, default 50)."),
            query("offset", ["type": "integer", "minimum": 0, "maximum": Int.max], "Items to skip."),
            query("cursor", ["type": "string", "pattern": "^[0-9]{0,18}$"], "The nextCursor of the previous page (instead of offset, which it replaces when both are given; empty: the first page)."),
        ]
        let alertRules: [[String: Any]] = [
            query("alert", ["type": "string"], "Only these kinds (comma-separated): line, statement, crossing, response, status, window."),
            query("declarer", ["type": "string"], "Only lines of these declarers (actor codes, comma-separated)."),
            query("addressee", ["type": "string"], "Only lines drawn against these actors (codes, comma-separated)."),
            query("status", ["type": "string"], "Only lines now in these statuses (comma-separated)."),
            query("min-severity", ["type": "integer", "minimum": 1, "maximum": 5], "Only lines threatening at least this severity (1–5)."),
        ]
        return [
            "/healthz": ["get": ["summary": "Whether the server and its store answer, and how each watched feed is doing; open even with --protect-reads (a liveness probe).",
                                 "responses": ["200": json("OK", "Health")]]],
            "/alerts.atom": ["get": ["summary": "The latest alerts (new lines, restatements, crossings, responses, status changes, closing response windows) as an Atom feed, newest first.",
                                     "parameters": alertRules + [query("limit", ["type": "integer", "minimum": 1, "maximum": 500], "Entries (1–500, default 50).")],
                                     "responses": ["200": ["description": "Atom 1.0", "content": ["application/atom+xml": ["schema": ["type": "string"]]]],
                                                   "400": json("A bad request", "Error")]]],
            "/api/alerts": ["get": op("The latest alerts, oldest first; with after, those kept after that id.", ok: "AlertList",
                                      parameters: alertRules + [query("after", ["type": "integer", "minimum": 0], "An alert id: the alerts kept after it."),
                                                                query("limit", ["type": "integer", "minimum": 1, "maximum": 500], "Alerts (1–500, default 50).")])],
            "/api/alerts/stream": ["get": ["summary": "Server-sent events: each alert kept from now on (or after Last-Event-ID / after) as `event: alert`, its id the alert's id, its data an Alert.",
                                           "parameters": alertRules + [query("after", ["type": "integer", "minimum": 0], "An alert id: start after it.")],
                                           "responses": ["200": ["description": "An endless event stream", "content": ["text/event-stream": ["schema": ["type": "string"]]]],
                                                         "400": json("A bad request", "Error"),
                                                         "503": json("Too many streams open", "Error")]]],
            "/metrics": ["get": ["summary": "Prometheus metrics in the text exposition format.",
                                 "responses": ["200": ["description": "Metrics", "content": ["text/plain": ["schema": ["type": "string"]]]],
                                               "401": json("Reads are protected (--protect-reads) and the request has neither the token nor a session", "Error")]]],
            "/openapi.json": ["get": ["summary": "This document.",
                                      "responses": ["200": ["description": "OpenAPI 3.1", "content": ["application/json": ["schema": ["type": "object"]]]]]]],
            "/api/redlines": ["get": op("Tracked red lines, by first declaration.", ok: "LinePage", parameters: [
                query("declarer", code, "The declarer's actor code, such as RUS."),
                query("status", ["type": "string", "enum": ["declared", "crossed", "enforced", "partially-enforced", "not-enforced", "withdrawn"]],
                      "One of declared, crossed, enforced, partially-enforced, not-enforced, withdrawn."),
                query("since", day, "Lines first declared on or after this day (YYYY-MM-DD)."),
                query("full", ["type": "boolean"], "List every statement, crossing and response (default: the first three of each, with counts)."),
                query("order", order, "oldest (default: by first declaration) or newest (latest declared first, undated last)."),
            ] + paging)],
            "/api/redlines/{id}": ["get": op("One tracked line with its statements, crossings, responses and their evidence.",
                                            ok: "TrackedLine", parameters: [path("id")], notFound: true)],
            "/api/events": ["get": op("Stored PLOVER events (oldest first unless order=newest), in the shape every output shares.",
                                      ok: "EventPage", parameters: eventFilters + paging)],
            "/api/events.csv": ["get": ["summary": "The same page of events as CSV: one row per actor–recipient pair, one value per cell.",
                                        "parameters": eventFilters + paging + [query("bom", ["type": "boolean"], "Start with a UTF-8 byte order mark (for Excel).")],
                                        "responses": ["200": ["description": "CSV", "content": ["text/csv": ["schema": ["type": "string"]]]],
                                                      "400": json("A bad request", "Error")]]],
            "/api/events.json": ["get": ["summary": "The same page of events as a JSON array of EventRecord, to save as a file.",
                                         "parameters": eventFilters + paging,
                                         "responses": ["200": json("The events", "EventList"), "400": json("A bad request", "Error")]]],
            "/api/events/facets": ["get": op("Counts of the filtered events by actor, recipient, type, mode, source, flag and day.",
                                             ok: "EventFacets", parameters: eventFilters)],
            "/api/actors": ["get": op("Every declarer with its lines by status and its credibility.", ok: "ActorList")],
            "/api/actors/{code}": ["get": op("One actor: credibility, lines and weekly escalation with others.", ok: "ActorDetail",
                                            parameters: [path("code", pattern: "^[A-Za-z]{1,12}$")], notFound: true)],
            "/api/search": ["get": op("Documents whose title, text or evidence sentences hold every word (stemmed; \"quoted\" phrases), best first, with the matching sentences highlighted and linked to their lines.",
                                      ok: "SearchPage", parameters: [query("q", ["type": "string", "minLength": 2, "maxLength": 200, "pattern": "^\\s*[^\\W_][\\s\\S]*[^\\W_]\\s*$"],
                                                                           "Two to 200 characters, with a letter or digit (not only punctuation).", required: true)] + paging)],
            "/api/documents/{id}": ["get": op("A stored document's extraction (redline/extract@1) with its text.", ok: "Extraction",
                                             parameters: [path("id")], notFound: true)],
            "/api/documents": ["post": write("Ingest documents: extract, store, relink; answers with what was found.", ok: "IngestResult",
                                             status: "201", body: documentBody, parameters: documentParameters)],
            "/api/extract": ["post": op("Extract documents without storing them.", ok: "IngestResult", parameters: documentParameters,
                                        body: documentBody)],
            "/api/review-queue": ["get": op("The links (statements, crossings, responses) of every line that most need an analyst: unreviewed first, lowest confidence first; reviewed ones (latest review first) with reviewed=true. Post a review with an item's line and id as line and link.",
                                            ok: "ReviewQueuePage", parameters: [
                query("kind", ["type": "string", "enum": ["statement", "crossing", "response", ""]], "statement, crossing or response (empty: all)."),
                query("below", ["type": "number", "minimum": 0, "maximum": 1], "Only links whose confidence is under this (0–1), such as 0.6."),
                query("reviewed", ["type": "boolean"], "true: reviewed links too (after the unreviewed), rejected ones included."),
            ] + paging)],
            "/api/review-history": ["get": op("The audit trail: every review, newest first, marked when a later review replaced it or when it names nothing in the current linking.",
                                              ok: "ReviewHistoryPage", parameters: paging)],
            "/api/reviews": [
                "get": op("Every analyst review, oldest first.", ok: "ReviewList"),
                "post": write("Confirm or reject a link, or set a line's status; relinks.", ok: "ReviewResult", status: "201",
                              body: ["required": true, "content": ["application/json": ["schema": ref("ReviewRequest")]]]),
            ],
        ]
    }

    private static var eventFilters: [[String: Any]] { [
        query("actor", code, "An actor code on the actor side."),
        query("recipient", code, "An actor code on the recipient side."),
        query("type", ["type": "string", "enum": EventType.allCases.flatMap { [$0.rawValue, $0.rawValue.lowercased()] }],
              "A PLOVER event type such as ASSAULT (any case)."),
        query("mode", ["type": "string", "pattern": "^[A-Za-z_-]{0,40}$"], "A PLOVER mode such as aerial."),
        query("source", ["type": "string", "maxLength": 200], "Text the document's source contains."),
        query("since", day, "On or after this day (YYYY-MM-DD); after until, nothing is found."),
        query("until", day, "On or before this day (YYYY-MM-DD)."),
        query("factual", ["type": "boolean", "enum": [true]], "true: only events neither negated, hypothetical nor future."),
        query("negated", ["type": "boolean"], "Only negated (true) or not negated (false) events."),
        query("hypothetical", ["type": "boolean"], "Only hypothetical (true) or not hypothetical (false) events."),
        query("future", ["type": "boolean"], "Only future (true) or not future (false) events."),
        query("order", order, "oldest (default) or newest."),
    ] }

    /// An actor code: letters, as the gazetteer writes them (any case); empty filters nothing out.
    private static var code: [String: Any] { ["type": "string", "pattern": "^[A-Za-z]{0,12}$"] }
    /// A day as YYYY-MM-DD.
    private static var day: [String: Any] {
        ["type": "string", "pattern": "^([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])-((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31)$"]
    }
    private static var order: [String: Any] { ["type": "string", "enum": ["oldest", "newest"]] }

    private static var documentParameters: [[String: Any]] { [
        query("format", ["type": "string", "enum": InputFormat.allCases.map(\.rawValue)],
              "text, html, feed or jsonl; default: from the content type, else from the content."),
        query("published", day, "Publication day (YYYY-MM-DD) of documents that carry none."),
        query("name", ["type": "string"], "A name for the upload, used as the source of plain text (the first 200 characters)."),
    ] }

    private static var documentBody: [String: Any] { [
        "required": true,
        "description": "Any input `redline extract` reads, up to 8 MB.",
        "content": ["text/plain": ["schema": nonEmpty], "text/html": ["schema": nonEmpty],
                    "application/rss+xml": ["schema": nonEmpty], "application/feed+json": ["schema": nonEmpty],
                    "application/x-ndjson": ["schema": nonEmpty]],
    ] }

    /// The methods each path of the document takes, for 405 answers with an `Allow` header.
    static let methods: [(segments: [Substring?], methods: [String])] = {
        (document()["paths"] as? [String: Any] ?? [:]).map { path, operations in
            let segments = path.split(separator: "/").map { $0.hasPrefix("{") ? nil : $0 }
            return (segments, ((operations as? [String: Any])?.keys.map { $0.uppercased() } ?? []).sorted())
        }
    }()

    /// The methods the document lists for a request path, or nil when it lists no such path.
    static func allowedMethods(_ path: String) -> [String]? {
        let parts = path.split(separator: "/")
        return methods.first { entry in
            entry.segments.count == parts.count && zip(entry.segments, parts).allSatisfy { $0 == nil || $0 == $1 }
        }?.methods
    }

    /// The bytes of an input, whatever they look like (`{}` sent as text/html is the text "{}"):
    /// no type, so that no body is "of the wrong type"; only an empty one is refused.
    private static var nonEmpty: [String: Any] { ["minLength": 1] }

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }

    private static func query(_ name: String, _ schema: [String: Any], _ description: String, required: Bool = false) -> [String: Any] {
        // An empty value is taken as no value (a form's empty field), as OpenAPI's allowEmptyValue says.
        ["name": name, "in": "query", "required": required, "description": description, "schema": schema, "allowEmptyValue": !required]
    }

    private static func path(_ name: String, pattern: String? = nil) -> [String: Any] {
        ["name": name, "in": "path", "required": true, "schema": pattern.map { ["type": "string", "pattern": $0] } ?? ["type": "string"]]
    }

    private static func json(_ description: String, _ schema: String) -> [String: Any] {
        ["description": description, "content": ["application/json": ["schema": ref(schema)]]]
    }

    private static func op(_ summary: String, ok: String, parameters: [[String: Any]] = [], notFound: Bool = false,
                           body: [String: Any]? = nil) -> [String: Any] {
        var responses: [String: Any] = ["200": json("OK", ok), "400": json("A bad request", "Error"),
                                        "401": json("Reads are protected (--protect-reads) and the request has neither the token nor a session", "Error")]
        if notFound { responses["404"] = json("Not found", "Error") }
        if body != nil { responses["413"] = json("The body is too large", "Error"); responses["422"] = json("No document could be read", ok) }
        var operation: [String: Any] = ["summary": summary, "responses": responses]
        if !parameters.isEmpty { operation["parameters"] = parameters }
        if let body { operation["requestBody"] = body }
        return operation
    }

    private static func write(_ summary: String, ok: String, status: String, body: [String: Any],
                              parameters: [[String: Any]] = []) -> [String: Any] {
        var operation = op(summary, ok: ok, parameters: parameters, notFound: true, body: body)
        var responses = operation["responses"] as? [String: Any] ?? [:]
        responses[status] = json("Done", ok)
        responses["401"] = json("No or wrong bearer token, and no session", "Error")
        responses["403"] = json("Writes are disabled (no token configured), or a session cookie came without an Origin naming the server", "Error")
        operation["responses"] = responses
        operation["security"] = [["bearer": [String]()], ["session": [String]()]]
        return operation
    }
}
