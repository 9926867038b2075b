import RedlineCore

/// Links red-line statements, events and crossing claims across documents into tracked lines, each
/// with its crossings, the declarer's responses and the status they add up to.
///
/// The linker is a pure function of all records, the reviews and the configuration: the same input
/// in any document order gives the same lines with the same ids, and it never reads a clock (the
/// day is `configuration.today`). Analysts' reviews always win over the machine.
///
/// ```swift
/// let configuration = TrackerConfiguration(today: Day("2024-06-30")!)
/// let lines = Linker().link(documents: extractions.map(DocumentRecords.init),
///                           reviews: reviews, configuration: configuration)
/// ```
///
/// The rules (each is documented in full beside its code in `Sources/RedlineAnalysis/Linking/`):
///
/// - **Dates.** A record is dated by its own date (a `month` date may be any day of its month),
///   else its document's publication day (an estimated date; links on it count 0.8). Records dated
///   after `today` are not seen. A document id given twice is read once.
/// - **Statements → lines.** Statements without a declarer code are not tracked; an alliance and
///   its members are different declarers. Words are compared by stem, with synonyms folded to one
///   concept (`Concepts`: membership/accession/joins, deploy/station, strike/attack). Statements
///   whose trigger states its condition, in date order, join the line of the same declarer they
///   are most similar to when `0.4 × actor coverage + 0.2 × action agreement + 0.4 × trigger-word
///   Dice (+ 0.1 in one article) ≥ sameLineThreshold`, or when the trigger texts share two words
///   and a Dice of `sameLineTextOverlap`; incompatible actions, triggers sharing no word, or naming
///   different acts never merge. Statements whose trigger only points at the condition (a pronoun,
///   the declaration or report taken for it: `TriggerQuality`) are resolved like references: to
///   the line their sentence names, else the line of their article, else the line the article's
///   other records name. Withdrawals attach the same way to a line declared by their day and never
///   found one. A line's id is `rl-` and a hash of the declarer and the founding statement's
///   normalised trigger. Its trigger actors and actions gather the statements that state it; its
///   consequence is the gravest threatened, with the highest severity.
/// - **Crossings.** Factual events (not negated, hypothetical or future, and not coded from the
///   sentence that states a line) on or after the first declaration (up to `vowLookbackDays`
///   before it for a vow of revenge), by a trigger actor, a member of a trigger alliance, or (when
///   the trigger names no one) an addressee or anyone but the declarer; of the trigger's action (or
///   the one its act words imply) and sharing a word of its text besides the act, or, when it
///   names no action, a hostile act against the declarer or an act sharing most of its words. Also
///   crossing claims about the declarer's line (`kind: claim`), the only crossings of a line whose
///   statements all only point at their condition. A group's backer ("an Iran-backed militia")
///   crosses for it, a little less surely. A line that names no act is not crossed by an act that
///   answers the declarer's own crossing of another line (`LinkRun.dropAnswersToTheDeclarer`).
/// - **Responses.** The declarer's ASSAULT, COERCE, MOBILIZE or SANCTION against a crosser (or its
///   alliance), a party the line named, or on the line's subject, from the first crossing to
///   `responseWindowDays` after the last; severity is the act's MID level. A military threat is
///   enforced only by force of the threatened level (a threatened war by war).
/// - **Status.** withdrawn (retracted before the first crossing or within `withdrawalGraceDays` of
///   it, and not stood by since) › declared (no crossing) › enforced (a response of the threatened
///   kind and severity) › partially-enforced (other responses) › not-enforced (`today` past the
///   window after the first crossing) › crossed.
/// - **Confidence.** Every link carries one in 0...1; crossings and responses below
///   `minimumLinkConfidence` are dropped.
/// - **Reviews.** The latest review of a target counts. A rejected link is taken out of the line
///   (and listed in `LinkResult.rejected`, so it stays countable and visible); a rejected
///   statement leaves the line, and a line left without statements is dropped. A confirmed link is
///   kept whatever its score, with confidence 1 and its review attached. A status review sets
///   `status`, with `statusSource: .review`. Reviews naming nothing are listed in
///   `LinkResult.unmatchedReviews`. The machine never overrides a review, and relinking with the
///   same reviews gives the same result.
public struct Linker: Sendable {
    public init() {}

    /// The tracked lines, sorted by first declaration then id; rejected links are left out.
    public func link(documents: [DocumentRecords], reviews: [Review] = [],
                     configuration: TrackerConfiguration) -> [TrackedLine] {
        linkWithAudit(documents: documents, reviews: reviews, configuration: configuration).lines
    }

    /// The tracked lines with the rejected links and unused reviews.
    public func linkWithAudit(documents: [DocumentRecords], reviews: [Review] = [],
                              configuration: TrackerConfiguration) -> LinkResult {
        var run = LinkRun(index: RecordIndex(documents: documents, today: configuration.today),
                          book: ReviewBook(reviews), configuration: configuration)
        return run.run()
    }

    /// Convenience for extractions.
    public func link(extractions: [Extraction], reviews: [Review] = [],
                     configuration: TrackerConfiguration) -> [TrackedLine] {
        link(documents: extractions.map(DocumentRecords.init), reviews: reviews, configuration: configuration)
    }
}
