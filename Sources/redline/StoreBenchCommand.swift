import ArgumentParser
import Foundation
import RedlineAnalysis
import RedlineCore
import RedlineStore
import RedlineText
import RedlineTracker

struct StoreBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-store",
        abstract: "Measure the tracker: ingest throughput on a corpus, and `report` on a store of 100,000 events.",
        discussion: """
            Ingest: reads the first --documents documents of CORPUS and ingests them into an empty \
            store (--db, default a new file under the temporary directory) exactly as `redline \
            ingest` does (extraction on --jobs threads, batches of --batch documents, then relinking), \
            and prints documents/s with the time of each phase. Then it ingests the same documents \
            again and checks that no count changes.

            Report: fills a store with --synthetic-documents synthetic documents of ten events each \
            (--report-db, reused when it already holds them), links them, and times `redline report` \
            on it; it checks that the escalation computed by the store equals the one computed from \
            every event in memory, and times that old way too.

            Examples:
              redline bench-store ../shared/corpus/bench/reuters21578.jsonl \\
                --documents 10000
              redline bench-store --report-db /tmp/rl-100k.sqlite     # report part only
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var tracker: TrackerOptions

    @Option(help: "Documents of the corpus to ingest.")
    var documents: Int = 10_000

    @Option(help: "Documents per transaction.")
    var batch: Int = 500

    @Option(help: "Threads extracting at once (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("The synthetic store to time the report on (default: a new temporary file).", valueName: "db"))
    var reportDb: String?

    @Option(help: "Synthetic documents (ten events each) for the report.")
    var syntheticDocuments: Int = 10_000

    @Option(name: .customLong("repeat"), help: "Timed report runs (the best is shown).")
    var runs: Int = 3

    @Flag(help: "Skip the report part.")
    var noReport = false

    @Argument(help: "The corpus to ingest (files or directories); none skips the ingest part.")
    var corpus: [String] = []

    func validate() throws {
        if documents < 1 || batch < 1 || jobs < 1 || syntheticDocuments < 1 || runs < 1 {
            throw ValidationError("--documents, --batch, --jobs, --synthetic-documents and --repeat must be at least 1")
        }
    }

    func run() async throws {
        let scratch = FileManager.default.temporaryDirectory.path + "/redline-bench-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        if !corpus.isEmpty {
            try await benchIngest(db: tracker.db ?? scratch + "/ingest.sqlite")
        }
        if !noReport {
            try await benchReport(db: reportDb ?? scratch + "/report.sqlite")
        }
        print("peak memory: \(String(format: "%.1f", Double(PeakMemory.residentBytes()) / 1_048_576)) MB resident")
    }

    // MARK: ingest

    private func benchIngest(db: String) async throws {
        let clock = ContinuousClock()
        let configuration = tracker.configuration
        let readStart = clock.now
        let documents = try readCorpus()
        let read = clock.now - readStart
        let store = try await StoreFactory.open(db: db)
        guard try await store.documentCount() == 0 else {
            try await store.close()
            throw CLIError("the ingest benchmark needs an empty store; \(db) holds documents")
        }
        print("ingest: \(documents.count) documents of \(corpus.joined(separator: " ")) into \(db), "
            + "batches of \(batch), \(jobs) extraction threads")

        let start = clock.now
        var ingestion = Ingestion(pipeline: try input.pipeline(), store: store, ingestedAt: "2024-01-01T00:00:00Z",
                                  batchSize: batch, jobs: jobs)
        try await ingestion.add(documents)
        let summary = try await ingestion.finish()
        let stored = clock.now - start
        let relinkStart = clock.now
        let lines = try await TrackerRecords.relink(store, configuration: configuration)
        let relink = clock.now - relinkStart
        let total = read + (clock.now - start)
        let timings = ingestion.timings

        // The relink's parts, timed again apart (not counted above).
        let loadStart = clock.now
        let records = try await TrackerRecords.load(store)
        let load = clock.now - loadStart
        let linkStart = clock.now
        let relinked = Linker().link(documents: records, reviews: try await store.reviews(), configuration: configuration)
        let link = clock.now - linkStart
        let counts = try await store.counts()

        print(String(format: "  read       %7.2f s", read.seconds))
        print(String(format: "  extract    %7.2f s  (%.0f documents/s on %d threads)", timings.extract.seconds,
                     Double(timings.documents) / timings.extract.seconds, jobs))
        print(String(format: "  store      %7.2f s  (%.0f documents/s; %.2f s of it not hidden behind extraction)",
                     timings.store.seconds, Double(timings.documents) / timings.store.seconds, timings.storeWaited.seconds))
        print(String(format: "  relink     %7.2f s  (apart: loading %.2f s, linking %.2f s, %d events, %d lines)",
                     relink.seconds, load.seconds, link.seconds, records.reduce(0) { $0 + $1.events.count }, lines.count))
        print(String(format: "  total      %7.2f s  = %.0f documents/s (read + extract and store + relink); "
                     + "without relinking %.0f documents/s",
                     total.seconds, Double(documents.count) / total.seconds,
                     Double(documents.count) / (read + stored).seconds))
        print("  stored \(summary.inserted) documents (\(summary.skipped) skipped): \(counts.redLines) red-line statements, "
            + "\(counts.events) events, \(counts.claims) crossing claims, \(counts.trackedLines) tracked lines")
        guard relinked == lines else { throw CLIError("linking the loaded records again gave other lines") }
        // Relinking reads only factual events; with every event the lines must be the same.
        var byID = Dictionary(grouping: try await store.events(EventFilter()), by: \.documentID)
        var everything = records.map { record in
            var copy = record
            copy.events = byID.removeValue(forKey: record.id)?.map(\.event) ?? []
            return copy
        }
        for (id, events) in byID {
            everything.append(DocumentRecords(id: id, source: events[0].source, published: events[0].published,
                                              events: events.map(\.event)))
        }
        let fromEverything = Linker().link(documents: everything, reviews: try await store.reviews(), configuration: configuration)
        print("  linking every event instead of the \(records.reduce(0) { $0 + $1.events.count }) factual ones: "
            + (fromEverything == lines ? "the same lines" : "OTHER LINES"))
        guard fromEverything == lines else { throw CLIError("linking every event gives other lines than the factual ones") }

        // Ingesting the same documents again changes nothing.
        let againStart = clock.now
        var again = Ingestion(pipeline: try input.pipeline(), store: store, ingestedAt: "2024-01-02T00:00:00Z",
                              batchSize: batch, jobs: jobs)
        try await again.add(documents)
        let repeated = try await again.finish()
        let relinkedAgain = try await TrackerRecords.relink(store, configuration: configuration)
        let countsAgain = try await store.counts()
        try await store.close()
        let unchanged = countsAgain == counts && relinkedAgain == lines && repeated.inserted == 0
        print(String(format: "re-ingest: %d inserted, %d skipped in %.2f s; counts and tracked lines %@",
                     repeated.inserted, repeated.skipped, (clock.now - againStart).seconds,
                     unchanged ? "unchanged" : "CHANGED"))
        guard unchanged else { throw CLIError("re-ingesting changed the store: \(counts) before, \(countsAgain) after") }
    }

    /// The first `documents` documents of the corpus.
    private func readCorpus() throws -> [Document] {
        struct Enough: Error {}
        var found: [Document] = []
        let reader = DocumentReader(configuration: input.readerConfiguration)
        for name in corpus where found.count < documents {
            do {
                try reader.read(name) { result in
                    switch result {
                    case .success(let document): found.append(document)
                    case .failure(let error): Diagnostics.report(error)
                    }
                    if found.count >= documents { throw Enough() }
                }
            } catch is Enough {}
        }
        guard !found.isEmpty else { throw CLIError("no documents to ingest in \(corpus.joined(separator: " "))") }
        return found
    }

    // MARK: report

    private func benchReport(db: String) async throws {
        let clock = ContinuousClock()
        let configuration = tracker.configuration
        let store = try await StoreFactory.open(db: db)
        let expected = syntheticDocuments * 10
        var counts = try await store.counts()
        if counts.events != expected || counts.documents != syntheticDocuments {
            guard counts.documents == 0 else {
                try await store.close()
                throw CLIError("\(db) holds \(counts.documents) documents and \(counts.events) events, not the "
                    + "\(syntheticDocuments) synthetic documents asked for; name a new file")
            }
            let start = clock.now
            var next = 0
            while next < syntheticDocuments {
                let end = min(syntheticDocuments, next + batch)
                _ = try await store.ingest(StoreBenchmark.syntheticDocuments(next..<end))
                next = end
            }
            let stored = clock.now - start
            try await TrackerRecords.relink(store, configuration: configuration)
            counts = try await store.counts()
            print(String(format: "synthetic store: %d documents, %d events stored in %.2f s (%.0f documents/s), linked in %.2f s",
                         counts.documents, counts.events, stored.seconds, Double(counts.documents) / stored.seconds,
                         (clock.now - start - stored).seconds))
        }
        print("report on \(db): \(counts.documents) documents, \(counts.events) events, \(counts.trackedLines) tracked lines")

        var best: (total: Duration, lines: Duration, tallies: Duration, render: Duration)?
        var text = ""
        for _ in 0..<runs {
            let start = clock.now
            let lines = try await store.trackedLineSummaries(LineFilter())
            let linesRead = clock.now
            let tallies = try await store.escalationTallies(through: configuration.today)
            let talliesRead = clock.now
            text = TrackerReport.render(lines: lines, escalation: Escalation(tallies: tallies, configuration: configuration),
                                        configuration: configuration, weeks: 8)
            let end = clock.now
            let run = (end - start, linesRead - start, talliesRead - linesRead, end - talliesRead)
            if best.map({ run.0 < $0.total }) ?? true { best = run }
        }
        let fast = try await TrackerReport.make(store, configuration: configuration)
        guard let best, fast == text else { throw CLIError("the timed report differs from `redline report`'s") }
        let stored = try await store.storedEventTallies() != nil
        print(String(format: "  report     %7.3f s best of %d (line summaries %.3f s, event tallies %@ %.3f s, escalation and text %.3f s), %d bytes",
                     best.total.seconds, runs, best.lines.seconds, stored ? "stored" : "counted in SQL", best.tallies.seconds,
                     best.render.seconds, text.utf8.count))

        // The slow path: every line in full and the tallies counted in SQL must give the same text.
        let slowStart = clock.now
        let fullLines = try await store.trackedLines(LineFilter())
        let counted = try await store.eventTallies(through: configuration.today)
        let slow = TrackerReport.render(lines: fullLines, escalation: Escalation(tallies: counted, configuration: configuration),
                                        configuration: configuration, weeks: 8)
        print(String(format: "  report from full lines and tallies counted in SQL: %.3f s; same text: %@",
                     (clock.now - slowStart).seconds, slow == text ? "yes" : "NO"))
        guard slow == text else { throw CLIError("the report from stored summaries and tallies differs from the one counted in full") }

        // The old way, reading every event back: slower, and it must give the same escalation.
        let oldStart = clock.now
        let records = try await TrackerRecords.load(store)
        let old = Escalation(documents: records, configuration: configuration)
        let oldTime = clock.now - oldStart
        let tallied = Escalation(tallies: try await store.eventTallies(through: configuration.today), configuration: configuration)
        try await store.close()
        let same = old.dyads == tallied.dyads
        print(String(format: "  escalation from every event read back: %.3f s; same as from the store's tallies: %@",
                     oldTime.seconds, same ? "yes" : "NO"))
        guard same else { throw CLIError("the store's event tallies give another escalation than the events themselves") }
    }
}

extension Duration {
    /// The duration in seconds, for printing.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
