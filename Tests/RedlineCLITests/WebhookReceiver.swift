import Foundation
import Hummingbird

/// A webhook receiver on a free loopback port for the watch tests: `POST /hook` keeps each
/// request (headers and body) and answers with the next status of `statuses`, then 200.
final class WebhookReceiver: Sendable {
    struct Received: Sendable {
        var body: [UInt8]
        var contentType: String?
        var signature: String?
        var status: Int
    }

    private let lock = NSLock()
    private nonisolated(unsafe) var statuses: [Int]
    private nonisolated(unsafe) var received: [Received] = []
    private nonisolated(unsafe) var app: LoopbackApplication?
    var port: Int { app?.port ?? 0 }

    private init(statuses: [Int]) { self.statuses = statuses }

    /// Every request so far, in order, with the status it was answered with.
    var requests: [Received] { lock.withLock { received } }
    /// The bodies answered with 2xx.
    var accepted: [[UInt8]] { requests.filter { (200..<300).contains($0.status) }.map(\.body) }

    var url: String { "http://127.0.0.1:\(port)/hook" }

    static func start(statuses: [Int] = []) async throws -> WebhookReceiver {
        let receiver = WebhookReceiver(statuses: statuses)
        let router = Router()
        router.post("hook") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            let status = receiver.lock.withLock {
                let status = receiver.statuses.isEmpty ? 200 : receiver.statuses.removeFirst()
                receiver.received.append(Received(body: Array(body.readableBytesView), contentType: request.headers[.contentType],
                                                  signature: request.headers.first { $0.name.canonicalName == "x-redline-signature" }?.value,
                                                  status: status))
                return status
            }
            return Response(status: HTTPResponse.Status(code: status))
        }
        receiver.app = await LoopbackApplication.start(router, label: "webhook-receiver")
        return receiver
    }

    func stop() async {
        await app?.stop()
    }
}
