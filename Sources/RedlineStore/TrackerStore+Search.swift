import RedlineCore

/// A store that can search its text and count and facet filtered events in SQL, for the server's
/// search, event explorer and paging. Both backends conform.
///
/// ```swift
/// if let searchable = store as? any SearchableStore {
///     let results = try await searchable.search(SearchQuery(text: "legitimate targets"))
/// }
/// ```
public protocol SearchableStore: TrackerStore {
    /// Documents whose text or evidence sentences hold the query's words, best first, with the
    /// sentences that matched and the words highlighted.
    func search(_ query: SearchQuery) async throws -> SearchResults
    /// How many events the filter matches, ignoring its limit and offset.
    func eventCount(_ filter: EventFilter) async throws -> Int
    /// Counts of the events a filter matches by facet value and by day (``EventFacets``).
    func eventFacets(_ filter: EventFilter) async throws -> EventFacets
}
