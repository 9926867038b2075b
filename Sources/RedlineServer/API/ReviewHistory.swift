import RedlineCore

/// One review in the audit trail, as `/review/history` and `GET /api/review-history` list it:
/// who decided what about which line and link, when and why, with the link's kind and sentence
/// when the current linking still knows it. `superseded` marks a review a later one of the same
/// link (or line status) replaced; `namesNothing` one that names no line or link of the current
/// linking (it counts for nothing until that link is found again).
struct ReviewHistoryEntry: Encodable, Sendable {
    var id: Int64?
    var at: String
    var reviewer: String
    var line: String
    var lineTitle: String?
    /// The link reviewed; nil for a status review.
    var link: String?
    var verdict: Review.Verdict?
    /// The status set; nil for a link review.
    var status: LineStatus?
    var reason: String
    var kind: ReviewItem.Kind?
    var evidence: String?
    var superseded: Bool
    var namesNothing: Bool

    /// Every review of `audit`, newest first.
    static func all(_ audit: ReviewAudit, snapshot: ReadSnapshot) -> [ReviewHistoryEntry] {
        var links: [String: ReviewItem] = [:]
        for line in snapshot.lines {
            for item in ReviewItem.all(of: line, title: "") { links[key(line.id, item.id)] = item }
        }
        for rejected in audit.rejected { links[key(rejected.line, rejected.link)] = ReviewItem(rejected: rejected, lineTitle: nil) }
        var latest: [String: Review] = [:]
        for review in audit.reviews {
            let target = key(review.target)
            if let other = latest[target], !isLater(review, than: other) { continue }
            latest[target] = review
        }
        return audit.reviews.sorted { isLater($0, than: $1) }.map { review in
            let line: String, link: String?, status: LineStatus?
            switch review.target {
            case let .link(l, k): (line, link, status) = (l, k, nil)
            case let .status(l, s): (line, link, status) = (l, nil, s)
            }
            let item = link.flatMap { links[key(line, $0)] }
            return ReviewHistoryEntry(id: review.id, at: review.at, reviewer: review.reviewer, line: line,
                                      lineTitle: snapshot.line(id: line).map(snapshot.title), link: link, verdict: review.verdict,
                                      status: status, reason: review.reason, kind: item?.kind, evidence: item?.evidence,
                                      superseded: latest[key(review.target)] != review, namesNothing: audit.unmatched.contains(review))
        }
    }

    private static func key(_ line: String, _ link: String) -> String { line + "\u{1}" + link }

    private static func key(_ target: Review.Target) -> String {
        switch target {
        case let .link(line, link): key(line, link)
        case let .status(line, _): line
        }
    }

    /// Later by time, then by id: the order in which reviews count (the latest of a target decides).
    private static func isLater(_ a: Review, than b: Review) -> Bool {
        (a.at, a.id ?? Int64.min) > (b.at, b.id ?? Int64.min)
    }
}
