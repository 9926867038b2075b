import RedlineCore

/// Where a line stands, from its crossings, responses and withdrawals (ONTOLOGY.md, "Across
/// documents"), in this order:
///
/// 1. **withdrawn**: the declarer took the line back (see `LinkRun.findWithdrawals`), did not stand
///    by it afterwards (no later dated restatement, threat or response), never responded, and took
///    it back before the first crossing or within `withdrawalGraceDays` of it. Trump handing the
///    Gaza decision to Israel on the day his deadline passed is a withdrawal; Obama's "I didn't set
///    a red line" two weeks after Ghouta disowns a bluff already called, and that line goes on to
///    not-enforced (Samples/README.md, L13 and L10).
/// 2. **declared**: no crossing.
/// 3. **enforced**: a response of the threatened kind and about the threatened severity (see
///    `satisfies`); **partially-enforced**: responses, none of them that.
/// 4. **not-enforced**: `today` is more than `responseWindowDays` after the first crossing;
///    otherwise **crossed**.
///
/// Responses to later crossings count too, so a line not enforced after its first crossing becomes
/// enforced if the declarer answers a later one.
enum StatusRule {
    static func status(of line: LineContext, configuration: TrackerConfiguration) -> LineStatus {
        let window = configuration.responseWindowDays
        let firstCrossing = line.crossings.map(\.time).min()
        let lastStand = (line.restatementDays + line.responses.map(\.time)).max() ?? Int.min
        if line.responses.isEmpty, let withdrawal = line.withdrawalDays.filter({ $0 >= lastStand }).min() {
            if let firstCrossing, withdrawal > firstCrossing + configuration.withdrawalGraceDays {
                // Crossed first, disowned later: the bluff was called before the retreat.
            } else {
                return .withdrawn
            }
        }
        guard let firstCrossing else { return .declared }
        if !line.responses.isEmpty {
            return line.responses.contains { satisfies($0.event, line.consequence) } ? .enforced : .partiallyEnforced
        }
        return configuration.today.ordinal > firstCrossing + window ? .notEnforced : .crossed
    }

    /// Whether a response is of the threatened kind and about the threatened severity.
    ///
    /// - military, nuclear: an ASSAULT or MOBILIZE whose MID level (`HostilityLevel`) reaches the
    ///   threatened severity (when unknown, any display or use of force): a display of force answers a threatened
    ///   display, a strike a threatened strike, and only war a threatened war ("NATO would be at war
    ///   with Russia" answered by a missile on Dnipro is partially enforced);
    /// - economic: SANCTION or COERCE;
    /// - diplomatic: a SANCTION that expels, withdraws or cuts off, or is about diplomatic relations;
    /// - unspecified: any hostile act.
    static func satisfies(_ event: Event, _ consequence: Consequence) -> Bool {
        switch consequence.kind {
        case .military, .nuclear:
            guard event.type == .assault || event.type == .mobilize else { return false }
            return HostilityLevel.of(event) >= (consequence.severity ?? 3)
        case .economic:
            return event.type == .sanction || event.type == .coerce
        case .diplomatic:
            guard event.type == .sanction else { return false }
            return ["expel", "withdraw", "discontinue"].contains(event.mode ?? "")
                || event.context.contains("diplomatic") || Cues.saysDiplomatic(event.evidence)
        case .unspecified:
            return event.type.isHostileAct
        }
    }
}

extension TrackedLine {
    /// The line's status on `day`, without relinking: a line stored as crossed whose response
    /// window has passed by then, with no response, is not enforced. (What the machine decided
    /// only; a status set by review is kept. `--as-of` relinks everything for a day in the past.)
    public func status(on day: Day, responseWindowDays window: Int) -> LineStatus {
        guard statusSource == .machine, status == .crossed, responses.isEmpty,
              let first = crossings.compactMap(\.date).min() else { return status }
        return day.ordinal > first.ordinal + window ? .notEnforced : status
    }
}
