import ArgumentParser
import Foundation
import RedlineCore
import RedlineExtract
import RedlineStore
import RedlineText
import RedlineTracker

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract news into the tracker's store and relink every red line.",
        discussion: """
            Each batch of documents is stored in one transaction; a document already stored (same \
            content) is skipped, so ingesting twice changes nothing. An input that cannot be read is \
            reported on one line and skipped. After storing, red lines are linked across all \
            documents: statements, crossings, responses and statuses.

            Examples:
              redline ingest Samples/
              redline ingest --db postgres://redline@127.0.0.1:5432/redline feeds/
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var tracker: TrackerOptions

    @Option(help: "Documents per transaction.")
    var batch: Int = 500

    @Option(help: "Threads extracting at once (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Argument(help: "Files, directories, or - for standard input.")
    var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one INPUT (a file, a directory, or - for standard input)") }
        if batch < 1 { throw ValidationError("--batch must be at least 1") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let pipeline = try input.pipeline()
        let reader = DocumentReader(configuration: input.readerConfiguration)
        let store = try await tracker.open()
        var ingestion = Ingestion(pipeline: pipeline, store: store, ingestedAt: ISO8601DateFormatter().string(from: Date()),
                                  batchSize: batch, jobs: jobs)
        var failures = 0
        var afterToday = 0
        let today = tracker.configuration.today
        // Streamed: memory holds a batch being extracted, one being stored and a batch read ahead.
        for await result in DocumentStream(reader: reader, inputs: inputs, capacity: batch) {
            switch result {
            case .success(let d):
                if let published = d.published, published > today { afterToday += 1 }
                try await ingestion.add(d)
            case .failure(let error):
                Diagnostics.report(error)
                failures += 1
            }
        }
        let total = try await ingestion.finish()
        // Alerts (for /alerts.atom and the dashboard's live stream) when new documents change
        // lines a store already tracks; a first load into an empty store is history, not news.
        let before = total.inserted > 0 ? try await store.trackedLines(LineFilter(limit: 1)) : []
        let lines = before.isEmpty ? try await TrackerRecords.relink(store, configuration: tracker.configuration)
            : try await TrackerRecords.relinkKeepingAlerts(store, configuration: tracker.configuration).lines
        let counts = try await store.counts()
        try await store.close()
        input.reportSyntaxProblem(pipeline)
        try Output.standardOutput.write("ingested \(total.inserted) documents (\(total.skipped) already stored); store holds \(counts.documents) documents, "
            + "\(counts.redLines) red-line statements, \(counts.events) events, \(counts.claims) crossing claims; \(lines.count) tracked lines\n")
        if afterToday > 0 {
            // Stored, but what they tell is after the tracker's day: said, so that a --today in the
            // past does not hide them silently.
            Diagnostics.note("\(afterToday) document(s) published after \(today) are stored but left out of the lines until that day (see --today)")
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
