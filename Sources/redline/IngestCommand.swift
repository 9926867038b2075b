import ArgumentParser
import Foundation
import RedlineCore
import RedlineExtract
import RedlineStore
import RedlineText

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

    @Argument(help: "Files, directories, or - for standard input.")
    var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one INPUT (a file, a directory, or - for standard input)") }
        if batch < 1 { throw ValidationError("--batch must be at least 1") }
    }

    func run() async throws {
        let pipeline = try input.pipeline()
        let reader = DocumentReader(configuration: input.readerConfiguration)
        let store = try await tracker.open()
        var pending = [StoredDocument]()
        var total = IngestSummary()
        var failures = 0
        let stamp = ISO8601DateFormatter().string(from: Date())
        for name in inputs {
            var documents = [Document]()
            reader.read(name) { result in
                switch result {
                case .success(let d): documents.append(d)
                case .failure(let error):
                    Diagnostics.report(error)
                    failures += 1
                }
            }
            for d in documents {
                pending.append(StoredDocument(extraction: pipeline.run(d).extraction(includeText: true), ingestedAt: stamp))
                if pending.count >= batch {
                    total = total + (try await store.ingest(pending))
                    pending.removeAll(keepingCapacity: true)
                }
            }
        }
        if !pending.isEmpty { total = total + (try await store.ingest(pending)) }
        let lines = try await TrackerRecords.relink(store, configuration: tracker.configuration)
        let counts = try await store.counts()
        try await store.close()
        print("ingested \(total.inserted) documents (\(total.skipped) already stored); store holds \(counts.documents) documents, "
            + "\(counts.redLines) red-line statements, \(counts.events) events, \(counts.claims) crossing claims; \(lines.count) tracked lines")
        if failures > 0 { throw ExitCode(1) }
    }
}

extension IngestSummary {
    static func + (a: IngestSummary, b: IngestSummary) -> IngestSummary {
        IngestSummary(inserted: a.inserted + b.inserted, skipped: a.skipped + b.skipped, redLines: a.redLines + b.redLines,
                      events: a.events + b.events, claims: a.claims + b.claims)
    }
}
