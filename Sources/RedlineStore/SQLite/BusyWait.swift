import Foundation

/// SQLite's busy handler for the store: waits for another connection's lock with growing pauses
/// (1 ms up to 50 ms) until `timeout`, and says once per wait, after a tenth of a second, that it
/// is waiting, so that a second `ingest` started beside a first one waits visibly instead of
/// failing with "database is locked" or seeming to hang.
struct BusyWait: Sendable {
    var timeout: TimeInterval
    var store: String
    var onWait: (@Sendable (String) -> Void)?

    /// SQLite calls this with the number of times it has called it for the same lock.
    var callback: @Sendable (Int) -> Bool {
        let timeout = self.timeout, store = self.store, onWait = self.onWait
        return { tries in
            let waited = Self.waited(afterTries: tries)
            guard waited < timeout else { return false }
            if tries == Self.triesBeforeMessage {
                onWait?("\(store): waiting for another process to finish writing (up to \(Int(timeout)) s)")
            }
            Thread.sleep(forTimeInterval: Self.pause(tries))
            return true
        }
    }

    static let triesBeforeMessage = 10

    static func pause(_ tries: Int) -> TimeInterval {
        Double(min(50, 1 << min(tries, 6))) / 1000
    }

    /// The seconds slept before try number `tries`.
    static func waited(afterTries tries: Int) -> TimeInterval {
        // 1, 2, 4, ..., 32 ms for the first six tries (63 ms), then 50 ms each.
        tries <= 6 ? Double((1 << tries) - 1) / 1000 : 0.063 + Double(tries - 6) * 0.05
    }
}
