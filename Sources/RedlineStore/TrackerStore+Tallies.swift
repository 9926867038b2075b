import RedlineCore

extension TrackerStore {
    /// Counts the tallies from every stored event, in memory: what a store without a query of its
    /// own gives, and what the backends' queries are checked against.
    public func eventTallies(through: Day?) async throws -> [EventTally] {
        var sources: [EventTally.Source] = []
        var positions: [String: Int] = [:]
        for stored in try await events(EventFilter()) {
            if let position = positions[stored.documentID] {
                sources[position].events.append(stored.event)
            } else {
                positions[stored.documentID] = sources.count
                sources.append((id: stored.documentID, published: stored.published, events: [stored.event]))
            }
        }
        return EventTally.count(sources, through: through)
    }

    /// A store that keeps no tallies drops them; ``storedEventTallies()`` then says there are none.
    public func replaceEventTallies(_ daily: [EventTally], documentCount: Int) async throws {}

    public func storedEventTallies() async throws -> [EventTally]? { nil }

    /// The weekly tallies through `through` that `Escalation` needs: from the day tallies stored
    /// at the last relink when they are current, else counted by ``eventTallies(through:)``.
    public func escalationTallies(through: Day?) async throws -> [EventTally] {
        if let daily = try await storedEventTallies() { return EventTally.weekly(daily, through: through) }
        return try await eventTallies(through: through)
    }
}
