import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import RedlineAnalysis
import RedlineCore
import RedlineExtract
import RedlineServer
import RedlineStore
import RedlineText
import RedlineTracker

/// A real server on a free loopback port over a throwaway SQLite store, driven over HTTP.
/// `stop()` cancels the server's task and closes the store; every test calls it.
final class TestServer: Sendable {
    static let token = "test-token-123456"
    static let today = Day("2025-01-01")!

    let port: Int
    let store: any TrackerStore
    let directory: URL
    private let task: Task<Void, any Error>

    struct Reply: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        func json() throws -> Any { try JSONSerialization.jsonObject(with: body) }
        func object() throws -> [String: Any] {
            guard let object = try json() as? [String: Any] else { throw TestFailure("not a JSON object: \(text.prefix(200))") }
            return object
        }
    }

    /// Starts a server; `samples` ingests the repository's Samples/ first, `corpus` (a file or
    /// directory) instead of them when given.
    static func start(samples: Bool = true, corpus: URL? = nil, token: String? = TestServer.token, maxDocumentBytes: Int = 8 << 20,
                      protectReads: Bool = false, store given: (any TrackerStore)? = nil) async throws -> TestServer {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redline-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store: any TrackerStore = try given ?? SQLiteStore(path: directory.appendingPathComponent("test.sqlite").path)
        let pipeline = try SharedPipeline.pipeline()
        let tracker = TrackerConfigurationFactory.make(today)
        if let input = corpus ?? (samples ? samplesDirectory : nil) {
            var stored: [StoredDocument] = []
            var reader = ReaderConfiguration()
            reader.maxDocumentBytes = 8 << 20
            DocumentReader(configuration: reader).read(input.path) { result in
                if case .success(let document) = result {
                    stored.append(StoredDocument(extracting: document, with: pipeline, ingestedAt: "2025-01-01T00:00:00Z"))
                }
            }
            _ = try await store.ingest(stored)
            try await TrackerRecords.relink(store, configuration: tracker)
        }
        let configuration = ServerConfiguration(host: "127.0.0.1", port: 0, token: token, protectReads: protectReads,
                                                maxDocumentBytes: maxDocumentBytes, today: { TestServer.today })
        let server = RedlineServer(store: store, pipeline: pipeline, configuration: configuration)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let task = Task {
            try await server.run(logLevel: .critical) { port in continuation.yield(port) }
        }
        var port = 0
        for await p in ports { port = p; break }
        return TestServer(port: port, store: store, directory: directory, task: task)
    }

    /// Runs `body` against a fresh server and stops the server afterwards, whatever happens.
    static func with(samples: Bool = true, corpus: URL? = nil, token: String? = TestServer.token, maxDocumentBytes: Int = 8 << 20,
                     protectReads: Bool = false, store: (any TrackerStore)? = nil, _ body: (TestServer) async throws -> Void) async throws {
        let server = try await start(samples: samples, corpus: corpus, token: token, maxDocumentBytes: maxDocumentBytes,
                                     protectReads: protectReads, store: store)
        do {
            try await body(server)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private init(port: Int, store: any TrackerStore, directory: URL, task: Task<Void, any Error>) {
        self.port = port
        self.store = store
        self.directory = directory
        self.task = task
    }

    func stop() async {
        task.cancel()
        _ = try? await task.value
        try? await store.close()
        try? FileManager.default.removeItem(at: directory)
    }

    var base: String { "http://127.0.0.1:\(port)" }

    func request(_ method: String = "GET", _ path: String, body: Data? = nil, token: String? = nil,
                 contentType: String? = nil) async throws -> Reply {
        guard let url = URL(string: base + path) else { throw TestFailure("bad path \(path)") }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.timeoutInterval = 60
        if let body { request.httpBody = body }
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        let (data, response) = try await URLSession.shared.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw TestFailure("no HTTP response") }
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
        }
        return Reply(status: http.statusCode, headers: headers, body: data)
    }

    func get(_ path: String) async throws -> Reply { try await request("GET", path) }

    func post(_ path: String, _ text: String, token: String? = TestServer.token, contentType: String? = nil) async throws -> Reply {
        try await request("POST", path, body: Data(text.utf8), token: token, contentType: contentType)
    }

    /// Wire stories of 1987 written for these tests (`Fixtures/wire-1987.jsonl`): trade disputes
    /// and the Gulf tanker war, in Reuters' house style, over twelve weeks.
    static var wireCorpus: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/wire-1987.jsonl")
    }

    static var samplesDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Samples")
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The pipeline is loaded once for all tests: the lexicon takes a moment.
enum SharedPipeline {
    private static let loaded: Result<Pipeline, any Error> = Result { try Pipeline.standard(lexicon: Lexicon.builtIn()) }
    static func pipeline() throws -> Pipeline { try loaded.get() }
}

enum TrackerConfigurationFactory {
    static func make(_ today: Day) -> TrackerConfiguration { TrackerConfiguration(today: today) }
}
