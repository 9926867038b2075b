import Hummingbird
import Logging

/// A router served on a free port of 127.0.0.1 for the watch tests' servers (feeds, webhooks),
/// quietly, until `stop`.
final class LoopbackApplication: Sendable {
    let port: Int
    private let task: Task<Void, any Error>

    private init(port: Int, task: Task<Void, any Error>) {
        self.port = port
        self.task = task
    }

    static func start(_ router: Router<BasicRequestContext>, label: String) async -> LoopbackApplication {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: label)
        logger.logLevel = .critical
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) }, logger: logger)
        let task = Task { try await app.run() }
        var port = 0
        for await p in ports { port = p; break }
        return LoopbackApplication(port: port, task: task)
    }

    func stop() async {
        task.cancel()
        _ = try? await task.value
    }
}
