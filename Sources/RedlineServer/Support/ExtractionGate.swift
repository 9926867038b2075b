/// Lets a bounded number of extractions run at once; the rest are refused with 503 at once
/// rather than queued, so a burst of uploads cannot hold every core (or the memory) of the
/// analyst's machine.
///
/// ```swift
/// let annotated = try gate.run { pipeline.run(document) }
/// ```
final class ExtractionGate: Sendable {
    let limit: Int
    private let running = Locked(0)

    init(limit: Int) { self.limit = max(1, limit) }

    func run<T>(_ body: () throws -> T) throws -> T {
        let admitted = running.withLock { count in
            guard count < limit else { return false }
            count += 1
            return true
        }
        guard admitted else {
            throw ServerError(.serviceUnavailable, "\(limit) extraction\(limit == 1 ? " is" : "s are") already running; try again in a moment")
        }
        defer { running.withLock { $0 -= 1 } }
        return try body()
    }
}
