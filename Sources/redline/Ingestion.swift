import Foundation
import RedlineCore
import RedlineExtract
import RedlineStore
import RedlineTracker

/// What `redline ingest` does with documents: extracts them batch by batch on every core, and
/// stores each batch in one transaction while the next batch is being extracted.
///
/// ```swift
/// var ingestion = Ingestion(pipeline: pipeline, store: store, ingestedAt: stamp)
/// try await ingestion.add(documents)
/// let summary = try await ingestion.finish()
/// ```
struct Ingestion {
    let pipeline: Pipeline
    let store: any TrackerStore
    let ingestedAt: String
    /// Documents per transaction.
    var batchSize = 500
    /// Threads extracting at once.
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Where the time went so far.
    private(set) var timings = IngestTimings()
    private var summary = IngestSummary()
    private var pending: [Document] = []
    /// The batch being written while the next one is extracted.
    private var writing: Task<(IngestSummary, Duration), any Error>?

    init(pipeline: Pipeline, store: any TrackerStore, ingestedAt: String, batchSize: Int = 500,
         jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.pipeline = pipeline
        self.store = store
        self.ingestedAt = ingestedAt
        self.batchSize = max(1, batchSize)
        self.jobs = max(1, jobs)
    }

    /// Takes documents in; every full batch is extracted and handed to the store.
    mutating func add(_ documents: [Document]) async throws {
        for document in documents { try await add(document) }
    }

    /// Takes one document in; a full batch is extracted and handed to the store.
    mutating func add(_ document: Document) async throws {
        pending.append(document)
        if pending.count >= batchSize {
            let batch = pending
            pending.removeAll(keepingCapacity: true)
            try await process(batch)
        }
    }

    /// Extracts and stores what is left, waits for the last write, and returns what was stored.
    mutating func finish() async throws -> IngestSummary {
        if !pending.isEmpty {
            let batch = pending
            pending.removeAll()
            try await process(batch)
        }
        try await awaitWriting()
        return summary
    }

    private mutating func process(_ batch: [Document]) async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let pipeline = self.pipeline, stamp = ingestedAt
        let stored = await ParallelMap(jobs: jobs).map(batch) {
            StoredDocument(extracting: $0, with: pipeline, ingestedAt: stamp)
        }
        timings.extract += clock.now - start
        timings.documents += batch.count
        // One write at a time, in batch order: the previous batch commits before this one starts.
        try await awaitWriting()
        let store = self.store
        writing = Task {
            let start = ContinuousClock.now
            let summary = try await store.ingest(stored)
            return (summary, ContinuousClock.now - start)
        }
    }

    private mutating func awaitWriting() async throws {
        guard let task = writing else { return }
        writing = nil
        let clock = ContinuousClock()
        let start = clock.now
        let (batchSummary, duration) = try await task.value
        timings.storeWaited += clock.now - start
        timings.store += duration
        summary = summary + batchSummary
    }
}

/// Where an ingest's time went. Extraction of one batch overlaps the storing of the one before,
/// so `extract + store` may exceed the wall time; `storeWaited` is the part of storing that
/// extraction did not hide.
struct IngestTimings: Sendable {
    var documents = 0
    /// Extracting (on `jobs` threads).
    var extract: Duration = .zero
    /// Storing: turning extractions into rows (on every core) and writing them.
    var store: Duration = .zero
    /// Time spent waiting for the store after extracting.
    var storeWaited: Duration = .zero
}
