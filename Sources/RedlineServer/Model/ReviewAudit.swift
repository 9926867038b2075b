import RedlineAnalysis
import RedlineCore
import RedlineStore
import RedlineTracker

/// What the review pages need beyond the stored lines, from linking the store afresh: every
/// review as kept, the links analysts rejected (the linker takes them out of their lines, so the
/// stored lines no longer show them) and the reviews that name nothing in the current linking (a
/// link or line that is gone). Built once per snapshot generation, on first demand: it costs a
/// relink in memory, so the queue of unreviewed links, which the stored lines answer, never waits
/// for it.
struct ReviewAudit: Sendable {
    var reviews: [Review]
    var rejected: [RejectedLink]
    var unmatched: Set<Review>

    static func build(_ store: any TrackerStore, configuration: TrackerConfiguration) async throws -> ReviewAudit {
        let reviews = try await store.reviews()
        let records = try await TrackerRecords.load(store)
        let result = Linker().linkWithAudit(documents: records, reviews: reviews, configuration: configuration)
        return ReviewAudit(reviews: reviews, rejected: result.rejected, unmatched: Set(result.unmatchedReviews))
    }
}
