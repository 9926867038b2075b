import Hummingbird

extension APIRoutes {
    /// `GET /api/review-queue`: the links most in need of an analyst (``ReviewQueue``), filtered
    /// by `kind`, `below` and `reviewed`, and paged.
    func reviewQueue(_ request: Request) async throws -> Response {
        try checkRead(request)
        let query = try ReviewQueue.Query(request)
        let page = try page(request)
        let snapshot = try await tracker.reads.snapshot()
        let audit = query.reviewed ? try await tracker.reads.audit(for: snapshot) : nil
        let body = try snapshot.rendered("review-queue|\(query.queryString)|\(page.limit)|\(page.offset)") {
            let all = ReviewQueue.items(snapshot, audit: audit, query: query)
            return try JSONBody.bytes(Page(total: all.count, limit: page.limit, offset: page.offset, items: page.slice(all)))
        }
        return JSONBody.response(body)
    }

    /// `GET /api/review-history`: every review, newest first, each marked when a later review
    /// replaced it or when it names nothing in the current linking; paged.
    func reviewHistory(_ request: Request) async throws -> Response {
        try checkRead(request)
        let page = try page(request)
        let snapshot = try await tracker.reads.snapshot()
        let all = ReviewHistoryEntry.all(try await tracker.reads.audit(for: snapshot), snapshot: snapshot)
        return try JSONBody.response(Page(total: all.count, limit: page.limit, offset: page.offset, items: page.slice(all)))
    }
}
