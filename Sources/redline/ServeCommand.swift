import ArgumentParser
import Foundation
import RedlineExtract
import RedlineServer
import RedlineStore

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the tracker: a JSON API, Prometheus metrics and a dashboard for analysts.",
        discussion: """
            Reads are open; writes (POST /api/documents, POST /api/reviews, storing from the \
            dashboard) need `Authorization: Bearer TOKEN`, the token given with --token or in the \
            environment variable REDLINE_TOKEN. Without a token the server is read-only. With \
            --protect-reads reads and /metrics need it too; a browser signs in once at /login and \
            keeps a session cookie. /healthz stays open as a liveness probe. /openapi.json \
            describes the API.

            Examples:
              redline serve --db redline.sqlite --port 8080 \\
                --token "$(openssl rand -hex 16)"
              curl -H "Authorization: Bearer $TOKEN" --data-binary @article.html \\
                localhost:8080/api/documents
            """)

    @OptionGroup var tracker: TrackerOptions

    @Option(help: "Address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "Port to listen on (0: any free port).") var port: Int = 8080
    @Option(help: ArgumentHelp("Bearer token for writes (default: $REDLINE_TOKEN).", valueName: "token")) var token: String?
    @Flag(help: "Require the token (or a session from /login) for reads and /metrics too.") var protectReads = false
    @Option(help: ArgumentHelp("Largest document upload in megabytes.", valueName: "MB")) var maxDocumentSize: Int = 8
    @Option(help: ArgumentHelp("A lexicon file to add to the built-in one; repeatable.", valueName: "file")) var lexicon: [String] = []
    @Option(help: ArgumentHelp("Close a connection that sends nothing for this long (a slow or half-sent request).", valueName: "seconds"))
    var idleTimeout: Int = 30
    @Flag(inversion: .prefixedNo, help: ArgumentHelp(
        "Keep the answers that read the store (events, facets, search, the explorer) until the store changes; --no-answer-cache to measure first reads."))
    var answerCache = true

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard (1...512).contains(maxDocumentSize) else { throw ValidationError("--max-document-size must be from 1 to 512 (MB)") }
        if let token, token.count < 8 { throw ValidationError("--token must have at least 8 characters") }
        guard (1...3600).contains(idleTimeout) else { throw ValidationError("--idle-timeout must be from 1 to 3600 (seconds)") }
    }

    func run() async throws {
        let token = self.token ?? ProcessInfo.processInfo.environment["REDLINE_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        if protectReads && token == nil { throw ValidationError("--protect-reads needs --token or REDLINE_TOKEN") }
        var words = try Lexicon.builtIn()
        for file in lexicon { try words.add(contentsOf: URL(fileURLWithPath: file)) }
        let pipeline = try Pipeline.standard(lexicon: words)
        // A read-only server over a path with no store is a mistyped path; with a token,
        // documents can be posted into a new one.
        let store = try await tracker.open(creating: token != nil)
        let fixedToday = tracker.today
        var configuration = ServerConfiguration(
            host: host, port: port, token: token, protectReads: protectReads, maxDocumentBytes: maxDocumentSize << 20,
            responseWindowDays: tracker.responseWindow, today: { fixedToday ?? ServerConfiguration.systemToday() })
        configuration.idleTimeoutSeconds = idleTimeout
        configuration.cachesAnswers = answerCache
        let server = RedlineServer(store: store, pipeline: pipeline, configuration: configuration)
        let host = host
        do {
            try await server.run(handleSignals: true) { port in
                FileHandle.standardError.write(Data("redline: serving http://\(host):\(port)/ (writes \(token == nil ? "disabled: no token" : "need the bearer token"))\n".utf8))
            }
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }
}
