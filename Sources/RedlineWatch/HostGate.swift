import Foundation

/// Lets one request at a time go to each host: a feed of fifty summaries from one site makes
/// fifty page requests in turn, not at once, while pages of other hosts go on meanwhile.
final class HostGate: @unchecked Sendable {
    private let lock = NSLock()
    private var busy: Set<String> = []
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    /// Returns once the caller holds `host`; every `acquire` needs one `release`.
    func acquire(_ host: String) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let now = lock.withLock { () -> Bool in
                if busy.insert(host).inserted { return true }
                waiting[host, default: []].append(continuation)
                return false
            }
            if now { continuation.resume() }
        }
    }

    /// Hands `host` to the next waiter, or frees it.
    func release(_ host: String) {
        let next = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            if var queue = waiting[host], !queue.isEmpty {
                let first = queue.removeFirst()
                waiting[host] = queue.isEmpty ? nil : queue
                return first
            }
            busy.remove(host)
            return nil
        }
        next?.resume()
    }
}
