/// A value made once per read-model generation, on first demand: callers of one generation share
/// the one task, and a newer generation (or a failure) makes the next caller start afresh. Held
/// and used only inside the `ReadModel` actor, which is what keeps it safe.
final class GenerationTask<Value: Sendable> {
    private var current: (generation: Int, task: Task<Value, any Error>)?

    /// The value for `generation`, made with `make` unless a task for it is already under way or done.
    func value(for generation: Int, isolation: isolated (any Actor)? = #isolation,
               _ make: @escaping @Sendable () async throws -> Value) async throws -> Value {
        if let current, current.generation == generation { return try await current.task.value }
        let task = Task { try await make() }
        current = (generation, task)
        do {
            return try await task.value
        } catch {
            if current?.task == task { current = nil }
            throw error
        }
    }

    func clear() { current = nil }
}
