import RedlineAnalysis
import RedlineCore

/// One link of a tracked line (a statement, crossing or response) as the review queue lists it:
/// the link's own fields, named as in the line's `statements`, `crossings` and `responses`, plus
/// the line it belongs to and what kind of link it is. `id` and `line` are what
/// `POST /api/reviews` takes as `link` and `line`.
///
/// A rejected link has left its line (the linker takes it out), so it is known only by what the
/// rejection kept: no date, source or confidence.
struct ReviewItem: Encodable, Sendable, Hashable {
    typealias Kind = RejectedLink.Kind

    /// The link's id.
    var id: String
    var line: String
    /// The line's title, names before codes; nil when the line is gone (all its statements rejected).
    var lineTitle: String?
    var kind: Kind
    var date: Day?
    var datePrecision: DatePrecision?
    /// Nil for a rejected link. A confirmed link has 1.
    var confidence: Double?
    var document: String
    var source: String?
    var evidence: String
    /// Where a statement's sentence starts in its document (crossings and responses keep no span).
    var span: ScalarSpan?
    /// Why the linker made the link, for crossings and responses.
    var reason: String?
    var review: LinkReview?

    var isReviewed: Bool { review != nil }

    /// Every link of `line`, statements first.
    static func all(of line: TrackedLine, title: String) -> [ReviewItem] {
        line.statements.map { s in
            ReviewItem(id: s.id, line: line.id, lineTitle: title, kind: .statement, date: s.date, datePrecision: s.datePrecision,
                       confidence: s.confidence, document: s.document, source: s.source, evidence: s.evidence, span: s.span,
                       reason: nil, review: s.review)
        } + line.crossings.map { c in
            ReviewItem(id: c.id, line: line.id, lineTitle: title, kind: .crossing, date: c.date, datePrecision: c.datePrecision,
                       confidence: c.confidence, document: c.document, source: c.source, evidence: c.evidence, span: nil,
                       reason: c.reason, review: c.review)
        } + line.responses.map { r in
            ReviewItem(id: r.id, line: line.id, lineTitle: title, kind: .response, date: r.date, datePrecision: r.datePrecision,
                       confidence: r.confidence, document: r.document, source: r.source, evidence: r.evidence, span: nil,
                       reason: r.reason, review: r.review)
        }
    }
}

extension ReviewItem {
    /// A link analysts rejected, as the audit of the current linking keeps it.
    init(rejected: RejectedLink, lineTitle: String?) {
        self.init(id: rejected.link, line: rejected.line, lineTitle: lineTitle, kind: rejected.kind, date: nil, datePrecision: nil,
                  confidence: nil, document: rejected.document, source: nil, evidence: rejected.evidence, span: nil,
                  reason: nil, review: rejected.review)
    }
}
