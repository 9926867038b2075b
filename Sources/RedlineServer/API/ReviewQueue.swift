import Hummingbird
import RedlineCore

/// The review queue the `/review` page and `GET /api/review-queue` share: the links of every
/// tracked line that most need an analyst, unreviewed first and, among those, the lowest
/// confidence first (then the latest dated). Reviewed links, when asked for, follow, the latest
/// review first, rejected ones included.
///
/// `kind` (statement, crossing or response), `below` (a confidence: only links scored under it)
/// and `reviewed` (true: reviewed links too) are read from the request's query once.
struct ReviewQueue: Sendable {
    struct Query: Hashable, Sendable {
        static let kinds: [ReviewItem.Kind] = [.statement, .crossing, .response]

        var kind: ReviewItem.Kind?
        var below: Double?
        var reviewed = false

        init(kind: ReviewItem.Kind? = nil, below: Double? = nil, reviewed: Bool = false) {
            self.kind = kind
            self.below = below
            self.reviewed = reviewed
        }

        init(_ request: Request) throws {
            if let text = request.query("kind"), !text.isEmpty {
                guard let kind = ReviewItem.Kind(rawValue: text.lowercased()) else {
                    throw ServerError(.badRequest, "kind must be one of " + Self.kinds.map(\.rawValue).joined(separator: ", ")
                        + ", not \"\(text.prefix(40))\"")
                }
                self.kind = kind
            }
            if let text = request.query("below"), !text.isEmpty {
                guard let below = Double(text), (0...1).contains(below) else {
                    throw ServerError(.badRequest, "below must be a confidence from 0 to 1 such as 0.6, not \"\(text.prefix(40))\"")
                }
                self.below = below
            }
            reviewed = try QueryValue.flag(request.query("reviewed"), "reviewed") ?? false
        }

        /// The query as a query string, for links that keep it (empty when nothing is chosen).
        var queryString: String {
            var parts: [String] = []
            if let kind { parts.append("kind=\(kind.rawValue)") }
            if let below { parts.append("below=\(below)") }
            if reviewed { parts.append("reviewed=true") }
            return parts.joined(separator: "&")
        }

        func admits(_ item: ReviewItem) -> Bool {
            if !reviewed, item.isReviewed { return false }
            if let kind, item.kind != kind { return false }
            if let below { guard let confidence = item.confidence, confidence < below else { return false } }
            return true
        }
    }

    /// The items `query` admits, in queue order. `audit` adds the rejected links (needed only
    /// when reviewed links are asked for).
    static func items(_ snapshot: ReadSnapshot, audit: ReviewAudit?, query: Query) -> [ReviewItem] {
        var items = snapshot.lines.flatMap { ReviewItem.all(of: $0, title: snapshot.title($0)) }
        if let audit {
            items += audit.rejected.map { ReviewItem(rejected: $0, lineTitle: snapshot.line(id: $0.line).map(snapshot.title)) }
        }
        return items.filter(query.admits).sorted(by: precedes)
    }

    /// Unreviewed before reviewed; unreviewed by confidence (lowest first), reviewed by the
    /// review's time (latest first); then the latest dated, then by line and link id, so the order
    /// is the same on every page.
    static func precedes(_ a: ReviewItem, _ b: ReviewItem) -> Bool {
        if a.isReviewed != b.isReviewed { return !a.isReviewed }
        if let x = a.review?.at, let y = b.review?.at, x != y { return x > y }
        if let x = a.confidence, let y = b.confidence, x != y { return x < y }
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return (a.line, a.id) < (b.line, b.id)
        }
    }
}
