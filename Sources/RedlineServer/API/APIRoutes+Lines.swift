import Foundation
import Hummingbird
import RedlineStore

extension APIRoutes {
    /// Statements, crossings and responses a listed line shows of each (the line's page has all).
    static let embeddedLinks = 3

    /// `GET /api/redlines`: tracked lines, filtered and paged, from the in-memory snapshot.
    func lines(_ request: Request) async throws -> Response {
        try checkRead(request)
        let filter = LineFilter(declarer: try QueryValue.code(request.query("declarer"), "declarer"),
                                status: try QueryValue.status(request.query("status")),
                                since: try QueryValue.day(request.query("since"), "since"))
        let page = try page(request)
        let full: Bool
        switch request.query("full") {
        case nil, "false": full = false
        case "true": full = true
        case let other?: throw ServerError(.badRequest, "full must be true or false, not \"\(other.prefix(40))\"")
        }
        let snapshot = try await tracker.reads.snapshot()
        let key = "lines|\(filter.declarer ?? "")|\(filter.status?.rawValue ?? "")|\(filter.since?.description ?? "")|\(page.limit)|\(page.offset)|\(full)"
        let body = try snapshot.rendered(key) {
            let all = snapshot.lines(filter)
            let items = page.slice(all).map { LineListing($0, embed: full ? nil : Self.embeddedLinks) }
            return try JSONBody.bytes(Page(total: all.count, limit: page.limit, offset: page.offset, items: items))
        }
        return JSONBody.response(body)
    }

    /// `GET /api/redlines/{id}`: one line with its statements, crossings, responses and evidence.
    func line(_ request: Request, id: String) async throws -> Response {
        try checkRead(request)
        let snapshot = try await tracker.reads.snapshot()
        guard let line = snapshot.line(id: id) else { throw ServerError.notFound("no tracked line with id \(id.prefix(80))") }
        return JSONBody.response(try snapshot.rendered("line|\(id)") { try JSONBody.bytes(line) })
    }

    /// `GET /api/events`: stored events, filtered and paged in the store.
    func events(_ request: Request) async throws -> Response {
        try checkRead(request)
        let page = try page(request)
        let filter = EventFilter(actor: try QueryValue.code(request.query("actor"), "actor"),
                                 recipient: try QueryValue.code(request.query("recipient"), "recipient"),
                                 type: try QueryValue.eventType(request.query("type")),
                                 since: try QueryValue.day(request.query("since"), "since"),
                                 until: try QueryValue.day(request.query("until"), "until"),
                                 limit: page.limit, offset: page.offset)
        let events = try await tracker.store.events(filter)
        var counting = filter
        counting.limit = nil
        counting.offset = 0
        let total: Int
        if let searchable = tracker.store as? any SearchableStore {
            total = try await searchable.eventCount(counting)
        } else {
            total = page.offset + events.count
        }
        return try JSONBody.response(Page(total: total, limit: page.limit, offset: page.offset, items: events.map(EventItem.init)))
    }

    /// `GET /api/search?q=`: evidence sentences containing the words.
    func search(_ request: Request) async throws -> Response {
        try checkRead(request)
        guard let q = request.query("q")?.trimmingCharacters(in: .whitespacesAndNewlines), q.count >= 2 else {
            throw ServerError(.badRequest, "q must hold at least two characters to search for")
        }
        guard q.count <= 200 else { throw ServerError(.badRequest, "q may have at most 200 characters") }
        let page = try page(request)
        guard let searchable = tracker.store as? any SearchableStore else {
            throw ServerError(.notImplemented, "this store cannot search")
        }
        let found = try await searchable.searchEvidence(EvidenceQuery(text: q, limit: page.limit, offset: page.offset))
        return try JSONBody.response(Page(total: found.total, limit: page.limit, offset: page.offset, items: found.hits))
    }

    /// `GET /api/documents/{id}`: a stored document's extraction with its text.
    func document(_ request: Request, id: String) async throws -> Response {
        try checkRead(request)
        guard let stored = try await tracker.store.document(id: id) else {
            throw ServerError.notFound("no document with id \(id.prefix(80))")
        }
        return try JSONBody.response(stored.extraction)
    }
}
