import Foundation

/// The browser sessions `POST /login` opens: random ids kept in memory with their expiry, so a
/// session cookie never carries the token, can be ended by `POST /logout`, and every session
/// ends when the server stops.
///
/// ```swift
/// let sessions = Sessions(lifetime: 12 * 3600)
/// let id = sessions.open()          // 256 random bits as 64 hex digits
/// sessions.isOpen(id)               // true until it expires or is closed
/// ```
final class Sessions: Sendable {
    /// Seconds a session lasts from login.
    let lifetime: TimeInterval
    /// Sessions kept at once; past this the one expiring first is dropped.
    let capacity: Int
    /// Failed logins allowed in a minute before more are refused with 429.
    let failuresPerMinute: Int
    private let now: @Sendable () -> Date

    private struct State {
        var expiries: [String: Date] = [:]
        var failures: [Date] = []
    }
    private let state = Locked(State())

    init(lifetime: TimeInterval, capacity: Int = 1_000, failuresPerMinute: Int = 20,
         now: @escaping @Sendable () -> Date = { Date() }) {
        self.lifetime = lifetime
        self.capacity = capacity
        self.failuresPerMinute = failuresPerMinute
        self.now = now
    }

    /// Opens a session and returns its id.
    func open() -> String {
        var generator = SystemRandomNumberGenerator()   // getrandom(2): fit for secrets
        var id = ""
        for _ in 0..<4 { id += String(format: "%016llx", generator.next() as UInt64) }
        let now = now()
        state.withLock { state in
            state.expiries = state.expiries.filter { $0.value > now }
            if state.expiries.count >= capacity, let first = state.expiries.min(by: { $0.value < $1.value }) {
                state.expiries[first.key] = nil
            }
            state.expiries[id] = now.addingTimeInterval(lifetime)
        }
        return id
    }

    /// Whether `id` names a session that has not expired or been closed.
    func isOpen(_ id: String) -> Bool {
        guard id.utf8.count == 64 else { return false }
        let now = now()
        return state.withLock { state in
            guard let expiry = state.expiries[id] else { return false }
            if expiry > now { return true }
            state.expiries[id] = nil
            return false
        }
    }

    func close(_ id: String) {
        _ = state.withLock { $0.expiries.removeValue(forKey: id) }
    }

    /// Counts a failed login, for `isThrottled`.
    func recordFailure() {
        let now = now()
        state.withLock { state in
            state.failures = state.failures.filter { now.timeIntervalSince($0) < 60 }
            state.failures.append(now)
        }
    }

    /// Whether logins are refused for now after too many failures.
    var isThrottled: Bool {
        let now = now()
        return state.withLock { state in
            state.failures.filter { now.timeIntervalSince($0) < 60 }.count >= failuresPerMinute
        }
    }
}
