import Foundation
import GRDB
import PostgresNIO
import RedlineCore
@testable import RedlineStore
import Testing

/// Full-text search and event facets, the same on every backend.
@Suite(.postgresServer)
struct SearchTests {
    /// A document whose text holds the words apart from any evidence sentence.
    static func withText() -> StoredDocument {
        let text = "Officials in Moscow said weapons convoys crossing the border were legitimate military targets for the army."
        let extraction = Extraction(
            document: .init(id: "doc-text", source: "https://example.org/text", title: "Convoys warned", url: "https://example.org/text",
                            published: Day("2022-04-20"), language: "en", sentences: 1, text: text))
        return StoredDocument(extraction: extraction, ingestedAt: "2024-05-01T10:00:03Z")
    }

    @Test(arguments: Backend.allCases)
    func wordsAreFoundStemmedRankedAndHighlighted(backend: Backend) async throws {
        try await backend.withStore { store, _ in
            _ = try await store.ingest(Fixtures.batch + [Self.withText()])
            let searchable = try #require(store as? any SearchableStore)

            // Two words, not a phrase, in either order; "targets" finds "targets", "convoy" finds "convoys".
            let results = try await searchable.search(SearchQuery(text: "targets convoy"))
            #expect(Set(results.documents.map(\.document)) == ["doc-convoy", "doc-text"])
            #expect(results.totalDocuments == 2)
            let convoy = try #require(results.documents.first { $0.document == "doc-convoy" })
            // The statement and the threat event share the sentence; both are hits of the one document.
            #expect(Set(convoy.hits.map(\.kind)) == [.statement, .event])
            let hit = try #require(convoy.hits.first { $0.kind == .statement })
            #expect(hit.evidence == "On April 13, Russian Deputy Foreign Minister Sergei Ryabkov warned that convoys would be targets.")
            #expect(hit.span == ScalarSpan(610, 842))
            #expect(hit.date == Day("2022-04-13"))
            let marked = hit.highlights.map { span in
                String(String.UnicodeScalarView(Array(hit.evidence.unicodeScalars)[span.start..<span.end]))
            }
            #expect(marked == ["convoys", "targets"])
            // The document's own text is searched too, with a highlighted snippet.
            let text = try #require(results.documents.first { $0.document == "doc-text" })
            #expect(text.hits.isEmpty)
            #expect(text.title == "Convoys warned")
            let snippet = try #require(text.snippet)
            #expect(text.snippetHighlights.map { String(String.UnicodeScalarView(Array(snippet.unicodeScalars)[$0.start..<$0.end])) }
                .map { $0.lowercased() }.contains("convoys"))

            // A quoted phrase must occur as such.
            #expect(try await searchable.search(SearchQuery(text: "\"targets convoys\"")).documents.isEmpty)
            #expect(try await searchable.search(SearchQuery(text: "\"military targets\"")).documents.map(\.document) == ["doc-text"])
            // Operators and punctuation of the query syntax are only words.
            #expect(try await searchable.search(SearchQuery(text: "massive) OR \"consequences")).documents.map(\.document) == ["doc-sanctions"])
            #expect(try await searchable.search(SearchQuery(text: "--- ***")).documents.isEmpty)
            #expect(try await searchable.search(SearchQuery(text: "zeppelin")).totalDocuments == 0)
            // Paging is by document.
            let page = try await searchable.search(SearchQuery(text: "targets convoy", limit: 1, offset: 1))
            #expect(page.documents.count == 1 && page.totalDocuments == 2 && page.rankedDocuments == 2)
            // Only the best `maxHits` matches are grouped; the rest are counted but not paged to.
            let capped = try await searchable.search(SearchQuery(text: "targets convoy", maxHits: 1))
            #expect(capped.totalDocuments == 2 && capped.rankedDocuments == 1 && capped.documents.count == 1)
        }
    }

    @Test(arguments: Backend.allCases)
    func aStoreWrittenBeforeSearchIsIndexedWhenOpened(backend: Backend) async throws {
        try await backend.withStore { store, location in
            _ = try await store.ingest(Fixtures.batch)
            try await backend.undoSearch(store)
            let reopened = try await StoreFactory.open(location)
            do {
                let searchable = try #require(reopened as? any SearchableStore)
                let found = try await searchable.search(SearchQuery(text: "convoys targets"))
                #expect(found.documents.map(\.document) == ["doc-convoy"])
                // Documents stored afterwards are indexed as they come.
                _ = try await reopened.ingest([Self.withText()])
                #expect(try await searchable.search(SearchQuery(text: "army")).documents.map(\.document) == ["doc-text"])
            } catch {
                try? await reopened.close()
                throw error
            }
            try await reopened.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func eventsFilterByModeSourceAndFlagsAndCountFacets(backend: Backend) async throws {
        try await backend.withStore { store, _ in
            _ = try await store.ingest(Fixtures.batch)
            let searchable = try #require(store as? any SearchableStore)
            #expect(try await store.events(EventFilter(mode: "violence")).map(\.event.type) == [.threaten])
            #expect(try await store.events(EventFilter(source: "feed.xml")).map(\.documentID) == ["doc-sanctions", "doc-sanctions"])
            #expect(try await store.events(EventFilter(future: true)).map(\.event.type) == [.sanction])
            #expect(try await store.events(EventFilter(future: false)).count == 4)
            let newest = try await store.events(EventFilter(newestFirst: true))
            #expect(newest.map(\.event.date?.description) == ["2022-04-13", "2022-04-10", "2022-02-23", "2022-02-19", nil])
            #expect(newest.first?.title == "Russia warns on convoys" && newest.first?.url == "https://example.org/convoy")

            let facets = try await searchable.eventFacets(EventFilter(actor: "EU"))
            #expect(facets.total == 2)
            // The actor facet ignores the actor filter, so it lists the alternatives.
            #expect(facets.actors.map(\.value) == ["EU", "RUS", "USA"])
            #expect(facets.recipients == [EventFacets.Count(value: "RUS", count: 2)])
            #expect(Set(facets.types.map(\.value)) == ["THREATEN", "SANCTION"])
            #expect(facets.flags.first { $0.value == "future" }?.count == 1)
            #expect(facets.flags.first { $0.value == "factual" }?.count == 1)
            #expect(facets.days.map(\.day.description) == ["2022-02-19", "2022-02-23"])
            // Days are counted without the date range, so a histogram shows where it lies.
            let ranged = try await searchable.eventFacets(EventFilter(since: Day("2022-04-01")))
            #expect(ranged.total == 2)
            #expect(ranged.days.count == 4 && ranged.undated == 1)
        }
    }
}

extension Backend {
    /// Takes the search migration back out of a store, as a redline before it left the store.
    func undoSearch(_ store: any TrackerStore) async throws {
        switch self {
        case .sqlite:
            let store = store as! SQLiteStore
            try await store.pool.write { db in
                for trigger in ["documents_search", "red_lines_search", "events_search", "crossing_claims_search", "documents_search_delete"] {
                    try db.execute(sql: "DROP TRIGGER \(trigger)")
                }
                try db.execute(sql: "DROP TABLE search_text")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v5-search'")
            }
        case .postgres:
            let store = store as! PostgresStore
            let logger = store.logger
            try await store.client.withConnection { connection in
                for statement in ["DROP INDEX documents_search", "DROP INDEX red_lines_search", "DROP INDEX events_search",
                                  "DROP INDEX crossing_claims_search", "DELETE FROM redline_migrations WHERE identifier = 'v5-search'"] {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
            }
        }
    }
}
