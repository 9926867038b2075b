import Foundation
import Hummingbird
import RedlineCore
import RedlineStore

/// The alerts the store keeps (written by `redline watch`, `redline ingest`, uploads and
/// reviews): `/alerts.atom` for feed readers, `/api/alerts` as JSON, and
/// `/api/alerts/stream`, server-sent events for the dashboard's live updates. Each takes the
/// watch's rule keys as query parameters: `alert`, `declarer`, `addressee`, `status` (each
/// repeatable or comma-separated) and `min-severity`.
extension APIRoutes {
    func registerAlerts(on router: Router<BasicRequestContext>) {
        router.get("/alerts.atom") { request, _ in try await alertsAtom(request) }
        router.get("/api/alerts") { request, _ in try await alertsJSON(request) }
        router.get("/api/alerts/stream") { request, _ in try await alertStream(request) }
    }

    /// The rule the query asks for, with a 400 naming the parameter and the choices.
    func alertRule(_ request: Request) throws -> AlertRule {
        func list(_ name: String) -> [String]? {
            let values = request.queryValues(name).flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
                .filter { !$0.isEmpty }
            return values.isEmpty ? nil : values
        }
        var rule = AlertRule()
        rule.alert = try list("alert")?.map { word in
            guard let kind = LineAlert.Kind(rawValue: word) else {
                throw ServerError(.badRequest, "alert must be one of \(LineAlert.Kind.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(word.prefix(40))\"")
            }
            return kind
        }
        rule.status = try list("status")?.map { word in
            guard let status = try QueryValue.status(word) else { throw ServerError(.badRequest, "status is empty") }
            return status
        }
        rule.declarer = try list("declarer")?.map { try QueryValue.code($0, "declarer")! }
        rule.addressee = try list("addressee")?.map { try QueryValue.code($0, "addressee")! }
        if let value = request.query("min-severity") {
            guard let number = Int(value), (1...5).contains(number) else {
                throw ServerError(.badRequest, "min-severity must be a whole number from 1 to 5, not \"\(value.prefix(40))\"")
            }
            rule.minSeverity = number
        }
        return rule
    }

    /// The latest alerts that pass `rule`, at most `limit`, oldest first.
    func latestAlerts(_ rule: AlertRule, limit: Int) async throws -> [StoredAlert] {
        // A filtered feed looks further back, within a bound.
        let read = rule.isEmpty ? limit : max(limit, 2_000)
        return Array(try await tracker.store.alerts(after: nil, limit: read).filter { rule.matches($0.alert) }.suffix(limit))
    }

    func alertsAtom(_ request: Request) async throws -> Response {
        try checkRead(request)
        let rule = try alertRule(request)
        let limit = try page(request).limit
        let alerts = try await latestAlerts(rule, limit: limit)
        let base = "http://" + (request.head.authority ?? "\(configuration.host):\(configuration.port)")
        let path = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        let names = tracker.names
        let text = AlertAtom.document(alerts, base: base, selfHref: base + path, names: { names.display($0) })
        var headers = HTTPFields()
        headers[.contentType] = "application/atom+xml; charset=utf-8"
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    func alertsJSON(_ request: Request) async throws -> Response {
        try checkRead(request)
        let rule = try alertRule(request)
        let limit = try page(request).limit
        let alerts: [StoredAlert]
        if let after = try afterID(request) {
            alerts = try await tracker.store.alerts(after: after, limit: limit).filter { rule.matches($0.alert) }
        } else {
            alerts = try await latestAlerts(rule, limit: limit)
        }
        return try JSONBody.response(AlertList(alerts: alerts.map(AlertRecord.init)))
    }

    /// A `Last-Event-ID` header (an `EventSource` that reconnects sends it, and it wins over the
    /// `after` its URL still carries), or `after` in the query.
    func afterID(_ request: Request) throws -> Int64? {
        let header = request.headers[.init("Last-Event-ID")!]
        guard let value = header.flatMap({ $0.isEmpty ? nil : $0 }) ?? request.query("after") else { return nil }
        guard let id = Int64(value), id >= 0 else {
            throw ServerError(.badRequest, "after (or Last-Event-ID) must be an alert id, a whole number, not \"\(value.prefix(40))\"")
        }
        return id
    }

    /// Server-sent events: each alert kept after the client's last one (or, for a new client,
    /// after the latest kept when it connected) as `event: alert`, its id the alert's, its data
    /// the alert's JSON; a comment every `alertKeepAliveSeconds` keeps proxies from closing it.
    func alertStream(_ request: Request) async throws -> Response {
        try checkRead(request)
        let rule = try alertRule(request)
        let store = tracker.store, streams = tracker.alertStreams, configuration = configuration
        let start: Int64
        if let after = try afterID(request) {
            start = after
        } else {
            start = try await store.alerts(after: nil, limit: 1).last?.id ?? 0
        }
        guard streams.open() else {
            throw ServerError(.serviceUnavailable, "too many live streams are open (\(streams.limit)); try again later")
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-cache"
        headers[.init("X-Accel-Buffering")!] = "no"
        let body = ResponseBody { writer in
            defer { streams.release() }
            var last = start
            var quiet = 0.0
            // Ids are handed out when an alert is written but seen when its transaction commits: on
            // PostgreSQL two writers can commit out of order, so the stream looks back a little
            // behind the last id and skips the ids it handled already.
            var handled = Set<Int64>()
            let lookBehind: Int64 = 100, batch = 300
            try await writer.write(ByteBuffer(string: "retry: 3000\n: redline alerts after \(start)\n\n"))
            let encoder = JSONLineEncoder()
            while !streams.isClosed && !Task.isCancelled {
                let fresh = try await store.alerts(after: max(start, last - lookBehind), limit: batch)
                var out = ""
                for stored in fresh where handled.insert(stored.id).inserted {
                    last = max(last, stored.id)
                    guard rule.matches(stored.alert) else { continue }
                    let json = String(decoding: try encoder.encode(AlertRecord(stored)), as: UTF8.self)
                    out += "id: \(stored.id)\nevent: alert\ndata: \(json)\n\n"
                }
                handled = handled.filter { $0 > max(start, last - lookBehind) }
                if !out.isEmpty {
                    try await writer.write(ByteBuffer(string: out))
                    quiet = 0
                }
                if fresh.count == batch { continue }
                try await Task.sleep(for: .milliseconds(Int(configuration.alertPollSeconds * 1000)))
                quiet += configuration.alertPollSeconds
                if quiet >= configuration.alertKeepAliveSeconds {
                    try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                    quiet = 0
                }
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }
}

/// An alert as the API and the stream give it: the watch's JSON line, with the id and the time
/// it was kept.
struct AlertRecord: Encodable, Sendable {
    var id: Int64
    var at: String
    var alert: LineAlert

    init(_ stored: StoredAlert) {
        id = stored.id
        at = stored.at
        alert = stored.alert
    }

    enum Keys: String, CodingKey {
        case id, at, alert, line, declarer, addressee, status, previousStatus, severity, trigger, evidence, source, document, link,
             date, windowCloses
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(at, forKey: .at)
        try c.encode(alert.alert, forKey: .alert)
        try c.encode(alert.line, forKey: .line)
        try c.encode(alert.declarer, forKey: .declarer)
        try c.encode(alert.addressee, forKey: .addressee)
        try c.encode(alert.status, forKey: .status)
        try c.encodeIfPresent(alert.previousStatus, forKey: .previousStatus)
        try c.encodeIfPresent(alert.severity, forKey: .severity)
        try c.encode(alert.trigger, forKey: .trigger)
        try c.encode(alert.evidence, forKey: .evidence)
        try c.encode(alert.source, forKey: .source)
        try c.encode(alert.document, forKey: .document)
        try c.encodeIfPresent(alert.link, forKey: .link)
        try c.encodeIfPresent(alert.date, forKey: .date)
        try c.encodeIfPresent(alert.windowCloses, forKey: .windowCloses)
    }
}

struct AlertList: Encodable, Sendable {
    var alerts: [AlertRecord]
}
