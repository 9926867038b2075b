import ArgumentParser
import Foundation
import RedlineStore
import RedlineTracker

struct SyntheticStoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthetic-store",
        abstract: "Fill a store with synthetic documents (10 events each) and link them, for load tests.",
        discussion: """
            Uses the store benchmark's generator: documents spread over 400 days and 30 actors, each \
            with one red line, ten events and one crossing claim. Then relinks, as ingest does.

            Example (100,000 events):
              redline synthetic-store --db /tmp/load.sqlite --documents 10000
            """)

    @OptionGroup var tracker: TrackerOptions
    @Option(help: "Documents to generate.") var documents: Int = 10_000
    @Option(help: "Events per document.") var eventsPerDocument: Int = 10

    func validate() throws {
        guard documents >= 1, eventsPerDocument >= 0 else { throw ValidationError("--documents must be at least 1") }
    }

    func run() async throws {
        let store = try await tracker.open()
        let clock = ContinuousClock()
        let start = clock.now
        var summary = IngestSummary()
        var next = 0
        while next < documents {
            let end = min(documents, next + 500)
            summary = summary + (try await store.ingest(StoreBenchmark.syntheticDocuments(next..<end, eventsPerDocument: eventsPerDocument)))
            next = end
        }
        let stored = clock.now - start
        let lines = try await TrackerRecords.relink(store, configuration: tracker.configuration)
        let counts = try await store.counts()
        try await store.close()
        print("stored \(summary.inserted) documents (\(summary.skipped) already there) in \(stored); linked in \(clock.now - start - stored); "
            + "store holds \(counts.documents) documents, \(counts.events) events, \(lines.count) tracked lines")
    }
}
