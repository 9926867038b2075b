import RedlineCore

/// The analysts' reviews, reduced to the one that counts per target: the latest (by `at`, then id,
/// reviewer and reason, so the input order never matters). Remembers which were used, so the
/// reviews that name nothing in this linking can be reported.
struct ReviewBook: Sendable {
    struct LinkKey: Hashable, Sendable {
        var line: String
        var link: String
    }

    private(set) var links: [LinkKey: Review] = [:]
    private(set) var statuses: [String: Review] = [:]
    private var used: Set<Review> = []

    init(_ reviews: [Review]) {
        for review in reviews {
            switch review.target {
            case let .link(line, link):
                let key = LinkKey(line: line, link: link)
                if let other = links[key], !ReviewBook.isLater(review, than: other) { continue }
                links[key] = review
            case let .status(line, _):
                if let other = statuses[line], !ReviewBook.isLater(review, than: other) { continue }
                statuses[line] = review
            }
        }
    }

    /// The verdict on a link, marking the review used.
    mutating func verdict(line: String, link: String) -> LinkReview? {
        guard let review = links[LinkKey(line: line, link: link)], let verdict = review.verdict else { return nil }
        used.insert(review)
        return LinkReview(verdict: verdict, reviewer: review.reviewer, reason: review.reason, at: review.at)
    }

    /// The status an analyst set for a line, marking the review used. A status review with verdict
    /// `reject` sets nothing (there is no way to tell which status it would rather have).
    mutating func status(line: String) -> LineStatus? {
        guard let review = statuses[line], review.verdict != .reject,
              case let .status(_, status) = review.target else { return nil }
        used.insert(review)
        return status
    }

    /// The deciding reviews that were never used, in a stable order.
    var unused: [Review] {
        (Array(links.values) + Array(statuses.values))
            .filter { !used.contains($0) }
            .sorted { ReviewBook.isLater($1, than: $0) }
    }

    private static func isLater(_ a: Review, than b: Review) -> Bool {
        (a.at, a.id ?? Int64.min, a.reviewer, a.reason) > (b.at, b.id ?? Int64.min, b.reviewer, b.reason)
    }
}
