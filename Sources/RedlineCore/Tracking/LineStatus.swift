/// Where a tracked red line stands (ONTOLOGY.md, "Across documents").
public enum LineStatus: String, Codable, Sendable, CaseIterable {
    /// Stated, no crossing seen.
    case declared
    /// An event after the declaration meets the trigger, or sources claim so.
    case crossed
    /// After a crossing the declarer acted against the crosser as threatened.
    case enforced
    /// It responded, but weaker or of another kind.
    case partiallyEnforced = "partially-enforced"
    /// The response window passed after a crossing with no response: the bluff was called.
    case notEnforced = "not-enforced"
    /// The declarer retracted or redrew the line.
    case withdrawn
}

/// Who decided a status or a link: the linker, or an analyst's review.
public enum DecisionSource: String, Codable, Sendable {
    case machine, review
}
