import Foundation
import Hummingbird
import RedlineExport
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
        let newest: Bool
        switch request.query("order") {
        case nil, "oldest": newest = false
        case "newest": newest = true
        case let other?: throw ServerError(.badRequest, "order must be newest or oldest, not \"\(other.prefix(40))\"")
        }
        let snapshot = try await tracker.reads.snapshot()
        let key = "lines|\(filter.declarer ?? "")|\(filter.status?.rawValue ?? "")|\(filter.since?.description ?? "")|\(page.limit)|\(page.offset)|\(full)|\(newest)"
        let body = try snapshot.rendered(key) {
            let all = newest ? LineRecord.newestFirst(snapshot.lines(filter)) : snapshot.lines(filter)
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

    /// `GET /api/events`: stored events, filtered and paged in the store (``EventQuery``), in the
    /// shape every output shares (``EventRecord``); `GET /api/events.csv` the same page as CSV.
    /// Answers are kept with the read snapshot, so a page asked for again costs a lookup until
    /// the store changes.
    enum EventsFormat: String { case page, csv, json }

    func events(_ request: Request, as format: EventsFormat = .page) async throws -> Response {
        try checkRead(request)
        let page = try page(request)
        let query = try EventQuery(request, page: page)
        let bom = try QueryValue.flag(request.query("bom"), "bom") ?? false
        let snapshot = try await tracker.reads.snapshot()
        let key = "events|\(format.rawValue)|\(bom)|\(query.queryString)|\(page.limit)|\(page.offset)"
        let store = tracker.store, names = tracker.names
        let body = try await snapshot.cached(key) {
            let records = try await store.events(query.filter).map(EventRecord.init)
            switch format {
            case .csv: return ByteBuffer(string: EventRecord.csv(records, names: names).text(bom: bom))
            case .json: return try JSONBody.bytes(records)
            case .page: break
            }
            var counting = query.filter
            counting.limit = nil
            counting.offset = 0
            let total: Int
            if let searchable = store as? any SearchableStore {
                total = try await searchable.eventCount(counting)
            } else {
                total = page.offset + records.count
            }
            return try JSONBody.bytes(Page(total: total, limit: page.limit, offset: page.offset, items: records))
        }
        switch format {
        case .csv: return Downloads.file(body, type: "text/csv; charset=utf-8", name: "events.csv")
        case .json: return Downloads.file(body, type: "application/json; charset=utf-8", name: "events.json")
        case .page: return JSONBody.response(body)
        }
    }

    /// `GET /api/events/facets`: counts by facet value and by day of the events the filter matches.
    func eventFacets(_ request: Request) async throws -> Response {
        try checkRead(request)
        let query = try EventQuery(request, page: try page(request))
        guard let searchable = tracker.store as? any SearchableStore else { throw ServerError(.notImplemented, "this store cannot count facets") }
        let snapshot = try await tracker.reads.snapshot()
        return JSONBody.response(try await snapshot.cached("facets|\(query.queryString)") {
            try JSONBody.bytes(try await snapshot.facets(query.filter) { try await searchable.eventFacets($0) })
        })
    }

    /// `GET /api/search?q=`: documents whose text or evidence holds the words, best first, with
    /// their matching sentences highlighted and linked to their lines.
    func search(_ request: Request) async throws -> Response {
        try checkRead(request)
        let q = try SearchText.parse(request.query("q"))
        let page = try page(request)
        guard let searchable = tracker.store as? any SearchableStore else {
            throw ServerError(.notImplemented, "this store cannot search")
        }
        let snapshot = try await tracker.reads.snapshot()
        return JSONBody.response(try await snapshot.cached("search|\(page.limit)|\(page.offset)|\(q)") {
            let found = try await searchable.search(SearchQuery(text: q, limit: page.limit, offset: page.offset))
            return try JSONBody.bytes(SearchAnswer(query: q, results: found, limit: page.limit, offset: page.offset, snapshot: snapshot))
        })
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
