import RedlineAnalysis
import RedlineCore
import RedlineStore

/// One dyad's weekly escalation, for the actor page's chart.
struct DyadSeries: Encodable, Sendable {
    struct Week: Encodable, Sendable {
        var week: String
        var monday: Day
        var level: Int
        var score: Double
        var events: Int
    }

    var actor: String
    var recipient: String
    var latestLevel: Int
    var latestWeek: String
    var direction: String
    var weeks: [Week]
}

/// One actor in full: credibility, its lines and its escalation with others.
struct ActorDetail: Encodable, Sendable {
    var code: String
    var credibility: Credibility
    var lines: [TrackedLine]
    var escalation: [DyadSeries]
}

/// What a document upload found and did.
struct IngestResult: Encodable, Sendable {
    struct Found: Encodable, Sendable {
        var id: String
        var title: String?
        var source: String
        /// False when the same document was stored before.
        var stored: Bool
        var redLines: Int
        var events: Int
        var claims: Int
        var extraction: Extraction
    }

    struct Failure: Encodable, Sendable {
        var input: String
        var line: Int?
        var message: String
    }

    var documents: [Found]
    var errors: [Failure]
    var inserted: Int
    var skipped: Int
    /// Tracked lines with a statement, crossing or response from these documents, after relinking.
    var lines: [TrackedLine]
    var trackedLines: Int
}

/// A review as posted: confirm or reject a link, or set a line's status.
struct ReviewRequest: Decodable, Sendable {
    var line: String
    var link: String?
    var verdict: Review.Verdict?
    var status: LineStatus?
    var reason: String
    var reviewer: String?
}

/// What a review did: the review as kept, and the line after relinking.
struct ReviewResult: Encodable, Sendable {
    var review: Review
    var line: TrackedLine?
}

/// The service's health.
struct Health: Encodable, Sendable {
    var status: String
    var documents: Int
    var trackedLines: Int
    /// The feeds a watch polls into this store, as it last recorded them.
    var feeds: [FeedHealth]
}
