import AsyncHTTPClient
import Foundation

/// Alerts on their way to a webhook: `send` queues one and returns at once, so a slow or dead
/// receiver never holds up polling; one task delivers them in order through ``WebhookPoster``.
/// An alert that cannot be delivered is reported (one line naming the webhook and the alert's
/// kind) and dropped; it was printed on standard output already.
///
/// ```swift
/// let sink = WebhookSink(configuration: WebhookConfiguration(url: url, secret: secret)) { print($0) }
/// sink.send(Array(#"{"alert":"line",...}"#.utf8), kind: "line")
/// await sink.finish(within: 60)
/// ```
public final class WebhookSink: Sendable {
    public let configuration: WebhookConfiguration
    private let client: HTTPClient
    private let continuation: AsyncStream<(body: [UInt8], kind: String)>.Continuation
    private let worker: Task<Void, Never>
    private let report: @Sendable (WatchError) -> Void
    private let drainDeadline: DrainDeadline

    public init(configuration: WebhookConfiguration, report: @escaping @Sendable (WatchError) -> Void) {
        self.configuration = configuration
        self.report = report
        var http = HTTPClient.Configuration()
        // A POST is not followed elsewhere: a receiver that moved is a configuration error.
        http.redirectConfiguration = .disallow
        // The client would otherwise retry a refused connection until the request's deadline:
        // the poster's own backoff does the retrying, counted.
        http.connectionPool.retryConnectionEstablishment = false
        http.timeout = .init(connect: .seconds(Int64(min(10, configuration.requestTimeout))),
                             read: .seconds(Int64(configuration.requestTimeout)))
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: http)
        self.client = client
        let (stream, continuation) = AsyncStream.makeStream(of: (body: [UInt8], kind: String).self,
                                                            bufferingPolicy: .bufferingNewest(max(1, configuration.maxWaiting)))
        self.continuation = continuation
        let drainDeadline = DrainDeadline()
        self.drainDeadline = drainDeadline
        let poster = WebhookPoster(configuration: configuration, client: client)
        worker = Task {
            for await alert in stream {
                if let error = await poster.deliver(alert.body, kind: alert.kind, deadline: drainDeadline.value) {
                    report(error)
                }
            }
        }
    }

    /// Queues one alert's JSON object for delivery; returns at once.
    public func send(_ body: [UInt8], kind: String) {
        if case .dropped(let oldest) = continuation.yield((body, kind)) {
            report(WatchError(.webhook, subject: configuration.subject,
                              message: "the \(oldest.kind) alert was not delivered (more than \(configuration.maxWaiting) alerts waiting); it is on standard output"))
        }
    }

    /// Waits for the alerts queued so far to be delivered, giving up on what is left after
    /// `seconds`; nothing can be sent afterwards.
    public func finish(within seconds: Double) async {
        drainDeadline.set(ContinuousClock.now + .milliseconds(Int(seconds * 1000)))
        continuation.finish()
        await worker.value
    }

    /// Gives up what is still queued and closes the client's connections.
    public func shutdown() async throws {
        drainDeadline.set(ContinuousClock.now)
        continuation.finish()
        await worker.value
        try await client.shutdown()
    }
}

/// When delivery must stop: far away until the sink is asked to finish.
private final class DrainDeadline: @unchecked Sendable {
    private let lock = NSLock()
    private var deadline = ContinuousClock.now + .seconds(100 * 365 * 24 * 3600)

    var value: ContinuousClock.Instant { lock.withLock { deadline } }
    func set(_ instant: ContinuousClock.Instant) { lock.withLock { deadline = instant } }
}
