/// Runs writes one at a time, in arrival order: each ingest or review relinks the whole store,
/// and two relinks at once would race to replace the tracked lines.
actor WriteQueue {
    private var tail: Task<Void, Never>?

    func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let previous = tail
        let task = Task<T, any Error> {
            await previous?.value
            return try await body()
        }
        tail = Task { _ = try? await task.value }
        return try await task.value
    }
}
