import Foundation
import Hummingbird
import RedlineCore
import RedlineText

extension APIRoutes {
    /// `POST /api/documents` (stores; needs the token) and `POST /api/extract` (stores nothing):
    /// the body is any input `redline extract` reads; `?format=` or the content type names it.
    func postDocuments(_ request: Request, store: Bool) async throws -> Response {
        if store { try access.requireWrite(request) } else { try checkRead(request) }
        let format = try Self.inputFormat(request)
        let published = try QueryValue.day(request.query("published"), "published")
        // Extraction without the token is open (unless reads are protected) but kept small.
        let limit = store || access.admitsWrite(request) ? configuration.maxDocumentBytes
            : min(configuration.maxDocumentBytes, configuration.maxAnonymousExtractBytes)
        let bytes = try await request.collectBody(limit: limit)
        guard !bytes.isEmpty else { throw ServerError(.badRequest, "the body is empty; send an article as text, HTML, a feed or JSON Lines") }
        let name = String((request.query("name") ?? "upload").prefix(200))
        if store {
            let result = try await tracker.ingest(bytes, format: format, published: published, name: name)
            if result.documents.isEmpty { return try JSONBody.response(result, status: .unprocessableContent) }
            return try JSONBody.response(result, status: result.inserted > 0 ? .created : .ok)
        }
        let (extractions, failures) = try tracker.extract(bytes, format: format, published: published, name: name)
        let result = IngestResult(
            documents: extractions.map { .init(id: $0.document.id, title: $0.document.title, source: $0.document.source, stored: false,
                                               redLines: $0.redLines.count, events: $0.events.count, claims: $0.crossingClaims.count,
                                               extraction: $0) },
            errors: failures, inserted: 0, skipped: 0, lines: [], trackedLines: 0)
        return try JSONBody.response(result, status: extractions.isEmpty ? .unprocessableContent : .ok)
    }

    /// `GET /api/reviews`: every review, oldest first.
    func reviews(_ request: Request) async throws -> Response {
        try checkRead(request)
        return try JSONBody.response(["items": try await tracker.store.reviews()])
    }

    /// `POST /api/reviews`: an analyst's review; needs the token.
    func postReview(_ request: Request) async throws -> Response {
        try access.requireWrite(request)
        let bytes = try await request.collectBody(limit: configuration.maxReviewBytes)
        let review = try JSONBody.decode(ReviewRequest.self, from: bytes, what: "a review ({\"line\", \"link\", \"verdict\" | \"status\", \"reason\", \"reviewer\"})")
        return try JSONBody.response(try await tracker.review(review), status: .created)
    }

    /// The input format from `?format=`, else from the content type, else nil (told from the content).
    static func inputFormat(_ request: Request) throws -> InputFormat? {
        if let name = request.query("format") {
            guard let format = InputFormat(rawValue: name.lowercased()) else {
                throw ServerError(.badRequest, "format must be one of "
                    + InputFormat.allCases.map(\.rawValue).joined(separator: ", ") + ", not \"\(name.prefix(40))\"")
            }
            return format
        }
        guard let type = request.headers[.contentType]?.lowercased() else { return nil }
        let media = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        switch media {
        case "text/html", "application/xhtml+xml": return .html
        case "application/rss+xml", "application/atom+xml", "application/feed+xml", "application/feed+json": return .feed
        case "application/jsonl", "application/x-ndjson", "application/ndjson", "application/x-jsonlines", "application/jsonlines": return .jsonl
        case "text/plain": return .text
        default: return nil
        }
    }
}
