import Foundation
import RedlineAnalysis
import RedlineCore
import RedlineExport
import RedlineExtract
import RedlineStore
import RedlineText
import RedlineTracker

/// The tracker the server shares among its routes: the store, the pipeline, the in-memory read
/// model and the queue that keeps writes one at a time.
final class Tracker: Sendable {
    let store: any TrackerStore
    let pipeline: Pipeline
    let reads: ReadModel
    let configuration: ServerConfiguration
    /// Names for actor codes, from the built-in lexicon.
    let names: ActorNames
    /// The live alert streams open.
    let alertStreams: AlertStreams
    private let writes = WriteQueue()
    private let extractions: ExtractionGate

    /// The built-in lexicon's names, read once per process.
    static let builtInNames: ActorNames = (try? Lexicon.builtIn()).map(ActorNames.init(lexicon:)) ?? ActorNames()

    init(store: any TrackerStore, pipeline: Pipeline, configuration: ServerConfiguration) {
        self.store = store
        self.pipeline = pipeline
        self.configuration = configuration
        extractions = ExtractionGate(limit: configuration.maxConcurrentExtractions)
        alertStreams = AlertStreams(limit: configuration.maxAlertStreams)
        let server = configuration
        names = Self.builtInNames
        reads = ReadModel(store: store, today: server.today, configuration: { server.trackerConfiguration() }, names: names,
                          cachesAnswers: server.cachesAnswers)
    }

    /// Reads `bytes` as documents (any `redline extract` input), runs the pipeline on each and
    /// returns the extractions and the errors, storing nothing.
    /// At most `maxConcurrentExtractions` run at once; more are refused with 503.
    func extract(_ bytes: [UInt8], format: InputFormat?, published: Day?, name: String) throws -> ([Extraction], [IngestResult.Failure]) {
        try extractions.run { extractNow(bytes, format: format, published: published, name: name) }
    }

    private func extractNow(_ bytes: [UInt8], format: InputFormat?, published: Day?, name: String) -> ([Extraction], [IngestResult.Failure]) {
        var reader = ReaderConfiguration()
        reader.inputFormat = format
        reader.defaultPublished = published
        reader.maxDocumentBytes = configuration.maxDocumentBytes
        var extractions: [Extraction] = [], failures: [IngestResult.Failure] = []
        DocumentReader(configuration: reader).read(bytes: bytes, name: name) { result in
            switch result {
            case .success(let document):
                extractions.append(pipeline.run(document).extraction(includeText: true))
            case .failure(let error):
                failures.append(.init(input: error.input, line: error.line, message: error.message))
            }
        }
        return (extractions, failures)
    }

    /// Extracts, stores and relinks; answers with what was found and the lines it touches.
    func ingest(_ bytes: [UInt8], format: InputFormat?, published: Day?, name: String) async throws -> IngestResult {
        let (extractions, failures) = try extract(bytes, format: format, published: published, name: name)
        let stamp = ISO8601DateFormatter().string(from: Date())
        let store = store, reads = reads, tracker = configuration.trackerConfiguration()
        return try await writes.run {
            var fresh = Set<String>()
            for e in extractions {
                if try await store.document(id: e.document.id) == nil { fresh.insert(e.document.id) }
            }
            let summary = extractions.isEmpty ? IngestSummary()
                : try await store.ingest(extractions.map { StoredDocument(extraction: $0, ingestedAt: stamp) })
            let lines = summary.inserted > 0 ? try await TrackerRecords.relinkKeepingAlerts(store, configuration: tracker).lines
                : try await store.trackedLines()
            if summary.inserted > 0 { await reads.invalidate() }
            let ids = Set(extractions.map(\.document.id))
            let touched = lines.filter { line in
                line.statements.contains { ids.contains($0.document) } || line.crossings.contains { ids.contains($0.document) }
                    || line.responses.contains { ids.contains($0.document) }
            }
            let found = extractions.map { e in
                IngestResult.Found(id: e.document.id, title: e.document.title, source: e.document.source,
                                   stored: fresh.contains(e.document.id), redLines: e.redLines.count, events: e.events.count,
                                   claims: e.crossingClaims.count, extraction: e)
            }
            return IngestResult(documents: found, errors: failures, inserted: summary.inserted, skipped: summary.skipped,
                                lines: touched.map(LineRecord.rounded), trackedLines: lines.count)
        }
    }

    /// Checks and keeps a review, relinks, and returns the line as it now stands.
    func review(_ request: ReviewRequest) async throws -> ReviewResult {
        let reason = request.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw ServerError(.badRequest, "reason must say why") }
        let reviewer = (request.reviewer?.trimmingCharacters(in: .whitespacesAndNewlines)).flatMap { $0.isEmpty ? nil : $0 } ?? "analyst"
        guard reason.count <= 4_000, reviewer.count <= 200 else {
            throw ServerError(.badRequest, "reason may have at most 4000 characters and reviewer at most 200")
        }
        let target: Review.Target
        switch (request.link, request.verdict, request.status) {
        case (let link?, _?, nil): target = .link(line: request.line, link: link)
        case (nil, nil, let status?): target = .status(line: request.line, status)
        default:
            throw ServerError(.badRequest, "give either link and verdict (confirm or reject), or status ("
                + LineStatus.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        let stamp = ISO8601DateFormatter().string(from: Date())
        let store = store, reads = reads, tracker = configuration.trackerConfiguration()
        return try await writes.run {
            guard let line = try await store.trackedLines().first(where: { $0.id == request.line }) else {
                throw ServerError(.notFound, "no tracked line with id \(request.line)")
            }
            if let link = request.link {
                let ids = line.statements.map(\.id) + line.crossings.map(\.id) + line.responses.map(\.id)
                guard ids.contains(link) else {
                    throw ServerError(.notFound, "line \(request.line) has no link \(link); its links are: \(ids.joined(separator: ", "))")
                }
            }
            let saved = try await store.addReview(Review(target: target, verdict: request.link == nil ? nil : request.verdict,
                                                         reason: reason, reviewer: reviewer, at: stamp))
            let lines = try await TrackerRecords.relinkKeepingAlerts(store, configuration: tracker).lines
            await reads.invalidate()
            return ReviewResult(review: saved, line: lines.first { $0.id == request.line }.map(LineRecord.rounded))
        }
    }
}
