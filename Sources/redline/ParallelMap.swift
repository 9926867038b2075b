import Dispatch
import Foundation

/// Maps an array on several threads, results in input order, without blocking the caller's
/// thread: the work runs on Dispatch's threads while the calling task is suspended, so other
/// tasks (a store writing the previous batch) keep a thread.
///
/// ```swift
/// let extractions = await ParallelMap(jobs: 2).map(documents) { pipeline.run($0).extraction() }
/// ```
struct ParallelMap: Sendable {
    /// Threads to use; 1 maps on one thread.
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func map<Input: Sendable, Output: Sendable>(_ inputs: [Input],
                                                 _ transform: @escaping @Sendable (Input) -> Output) async -> [Output] {
        let jobs = max(1, min(self.jobs, inputs.count))
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let slots = Slots<Output>(count: inputs.count)
                DispatchQueue.concurrentPerform(iterations: jobs) { worker in
                    // Interleaved, so that a run of long documents is shared between the threads.
                    var i = worker
                    while i < inputs.count {
                        slots.set(i, transform(inputs[i]))
                        i += jobs
                    }
                }
                continuation.resume(returning: slots.values())
            }
        }
    }

    /// Each slot is written once, by one thread, before `values()` reads them all.
    private final class Slots<Value>: @unchecked Sendable {
        private var slots: [Value?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: Value) { lock.withLock { slots[i] = value } }
        func values() -> [Value] { lock.withLock { slots.map { $0! } } }
    }
}
