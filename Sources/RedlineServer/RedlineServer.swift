import Dispatch
import Foundation
import Hummingbird
import Logging
import RedlineExtract
import RedlineStore

/// The tracker on the web: the JSON API, `/metrics`, `/openapi.json`, `/alerts.atom`, the live
/// alert stream and the dashboard, served
/// by one Hummingbird application over one store.
///
/// ```swift
/// let server = RedlineServer(store: store, pipeline: try Pipeline.standard(lexicon: .builtIn()),
///                            configuration: ServerConfiguration(port: 8080, token: "s3cret"))
/// try await server.run { port in print("listening on \(port)") }
/// ```
public struct RedlineServer: Sendable {
    let tracker: Tracker
    let metrics = Metrics()
    let sessions: Sessions

    public init(store: any TrackerStore, pipeline: Pipeline, configuration: ServerConfiguration) {
        tracker = Tracker(store: store, pipeline: pipeline, configuration: configuration)
        sessions = Sessions(lifetime: TimeInterval(configuration.sessionLifetimeSeconds))
    }

    /// The routes and middleware, for running or for tests.
    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: MetricsMiddleware(metrics: metrics))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: OriginCheckMiddleware(listeningOn: tracker.configuration.host))
        let access = Access(token: tracker.configuration.token, protectReads: tracker.configuration.protectReads, sessions: sessions)
        APIRoutes(tracker: tracker, metrics: metrics, access: access).register(on: router)
        DashboardRoutes(tracker: tracker, access: access).register(on: router)
        LoginRoutes(access: access, configuration: tracker.configuration).register(on: router)
        return router
    }

    /// Serves until the task is cancelled (tests) or, with `signals`, until SIGINT or SIGTERM.
    /// `onListening` gets the bound port once the server accepts connections.
    public func run(handleSignals: Bool = false, logLevel: Logger.Level = .notice,
                    onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        var logger = Logger(label: "redline.server")
        logger.logLevel = logLevel
        let configuration = tracker.configuration
        let app = Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(max(configuration.idleTimeoutSeconds, 1))))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "redline"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
        if handleSignals {
            // Live streams never end by themselves: on SIGINT or SIGTERM they are closed, so the
            // graceful shutdown that follows does not wait on them.
            let streams = tracker.alertStreams
            let sources = [SIGINT, SIGTERM].map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number)
                source.setEventHandler { streams.closeAll() }
                source.resume()
                return source
            }
            defer { sources.forEach { $0.cancel() } }
            try await app.runService()
        } else {
            try await app.run()
        }
    }
}
