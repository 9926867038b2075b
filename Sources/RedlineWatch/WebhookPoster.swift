import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// POSTs one alert to the webhook, signed when there is a secret, retrying connection errors,
/// timeouts and 5xx answers with exponential backoff within the configuration's bounds. Any
/// 2xx is success; another status (a 4xx: the receiver refuses the alert) is not retried.
struct WebhookPoster: Sendable {
    let configuration: WebhookConfiguration
    let client: HTTPClient

    /// Delivers `body`; nil when it was accepted, else why not, as one line naming the webhook
    /// and the alert's kind. Gives up at `deadline` (or the configuration's bound, if sooner).
    func deliver(_ body: [UInt8], kind: String, deadline: ContinuousClock.Instant) async -> WatchError? {
        let clock = ContinuousClock()
        let end = min(deadline, clock.now + .milliseconds(Int(configuration.maxSecondsPerAlert * 1000)))
        var delay = Duration.milliseconds(Int(configuration.firstRetryDelay * 1000))
        var attempts = 0, problem = "no attempt made before the deadline"
        while attempts < max(1, configuration.maxAttempts), clock.now < end {
            attempts += 1
            let answer = await post(body, timeout: min(.seconds(configuration.requestTimeout), end - clock.now))
            if answer.problem.isEmpty { return nil }
            problem = answer.problem
            guard answer.retry, attempts < configuration.maxAttempts, clock.now + delay < end else { break }
            try? await Task.sleep(for: delay)
            delay *= 2
        }
        let tries = attempts == 1 ? "1 attempt" : "\(attempts) attempts"
        return WatchError(.webhook, subject: configuration.subject,
                          message: "the \(kind) alert was not delivered after \(tries) (\(problem)); it is on standard output")
    }

    /// One POST: whether to retry, and the problem ("" when the alert was accepted).
    private func post(_ body: [UInt8], timeout: Duration) async -> (retry: Bool, problem: String) {
        var request = HTTPClientRequest(url: configuration.url)
        request.method = .POST
        request.headers.add(name: "User-Agent", value: configuration.userAgent)
        request.headers.add(name: "Content-Type", value: "application/json")
        if let secret = configuration.secret {
            request.headers.add(name: WebhookSignature.headerName, value: WebhookSignature.header(body: body, secret: secret))
        }
        request.body = .bytes(ByteBuffer(bytes: body))
        let milliseconds = max(1, Int(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000))
        do {
            let response = try await client.execute(request, timeout: .milliseconds(Int64(milliseconds)))
            // Read and drop the answer, so the connection can be reused.
            _ = try? await response.body.collect(upTo: 64 << 10)
            let status = response.status
            if (200..<300).contains(status.code) { return (false, "") }
            return (status.code >= 500, "HTTP \(status.code) \(status.reasonPhrase)")
        } catch let error as HTTPClientError {
            switch error {
            case .invalidURL: return (false, "not a URL that can be posted to")
            case .readTimeout, .deadlineExceeded, .connectTimeout: return (true, "no answer in time")
            default: return (true, "\(error)")
            }
        } catch let error as IOError {
            return (true, "no connection: \(String(cString: strerror(error.errnoCode)))")
        } catch {
            return (true, "\(error)")
        }
    }
}
