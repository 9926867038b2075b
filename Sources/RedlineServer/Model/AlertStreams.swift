/// The dashboard's live streams (`/api/alerts/stream`) open at once: counted so that a client
/// opening streams without end gets a 503 rather than the store polled without bound, and closed
/// together when the server stops, so a graceful shutdown never waits on a stream.
final class AlertStreams: Sendable {
    private let state = Locked((open: 0, closed: false))
    let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// Takes a place for one stream; false when the streams are full or closed.
    func open() -> Bool {
        state.withLock { state in
            guard !state.closed, state.open < limit else { return false }
            state.open += 1
            return true
        }
    }

    func release() {
        state.withLock { $0.open -= 1 }
    }

    /// Every stream ends at its next look at the store.
    func closeAll() {
        state.withLock { $0.closed = true }
    }

    var isClosed: Bool { state.current.closed }
    var count: Int { state.current.open }
}
