import Foundation
import RedlineCore
import RedlineText

/// Reads inputs on a thread of its own and hands their documents and errors, in input order, to
/// an async consumer, never more than `capacity` ahead of it: `ingest` holds one batch and the
/// documents read ahead, not a whole input, however large a JSON Lines file or feed is.
///
/// ```swift
/// for await result in DocumentStream(reader: reader, inputs: ["big.jsonl"], capacity: 500) {
///     ...
/// }
/// ```
struct DocumentStream: AsyncSequence, Sendable {
    typealias Element = Result<Document, InputError>

    let reader: DocumentReader
    let inputs: [String]
    /// Documents read but not yet taken, at most.
    let capacity: Int

    func makeAsyncIterator() -> Iterator {
        let (stream, continuation) = AsyncStream.makeStream(of: Element.self, bufferingPolicy: .unbounded)
        let room = DispatchSemaphore(value: Swift.max(1, capacity))
        let stopped = Flag()
        continuation.onTermination = { _ in
            // The consumer is gone (done, failed or cancelled): wake the reader so it stops.
            stopped.set()
            room.signal()
        }
        let reader = reader, inputs = inputs
        // A thread of its own, not the concurrency pool: it blocks while the consumer is behind.
        Thread.detachNewThread {
            do {
                for name in inputs {
                    try reader.read(name) { result in
                        room.wait()
                        if stopped.isSet { throw Stopped() }
                        continuation.yield(result)
                    }
                }
            } catch {}
            continuation.finish()
        }
        return Iterator(base: stream.makeAsyncIterator(), room: room)
    }

    struct Iterator: AsyncIteratorProtocol {
        var base: AsyncStream<Element>.Iterator
        let room: DispatchSemaphore

        mutating func next() async -> Element? {
            let element = await base.next()
            if element != nil { room.signal() }
            return element
        }
    }

    private struct Stopped: Error {}

    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
    }
}
