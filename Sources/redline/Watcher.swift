import Foundation
import RedlineAnalysis
import RedlineCore
import RedlineExtract
import RedlineStore
import RedlineText
import RedlineTracker
import RedlineWatch

/// What `redline watch` does each round: fetches the due feeds at once, reads their items,
/// keeps the unseen ones, stores them through the ingest path, relinks, and prints the alerts
/// that the relink's changes give (and queues them for the webhook); then saves the state. The clock is passed in.
struct Watcher {
    let feeds: [Feed]
    let store: any TrackerStore
    let pipeline: Pipeline
    let reader: ReaderConfiguration
    let fetcher: FeedFetcher
    /// Where alerts are POSTed besides standard output, if anywhere.
    var webhook: WebhookSink?
    /// Read each round: without `--today`, the tracker's day moves on while the watch runs.
    let tracker: () -> TrackerConfiguration
    let statePath: String
    var backoff = Backoff()
    /// Seconds since 1970.
    var now: @Sendable () -> Double = { Date().timeIntervalSince1970 }
    /// Feeds fetched at once.
    var parallelFetches = 8

    /// Polls until cancelled, each feed when its interval (or backoff) has passed.
    func loop(state: inout WatchState) async throws {
        while !Task.isCancelled {
            let time = now()
            let due = feeds.filter { (state.feeds[$0.url]?.nextPoll ?? 0) <= time }
            if !due.isEmpty { _ = try await round(due: due, state: &state) }
            let next = feeds.map { state.feeds[$0.url]?.nextPoll ?? 0 }.min() ?? time + 60
            let wait = max(0.5, next - now())
            try await Task.sleep(for: .milliseconds(Int(wait * 1000)))
        }
    }

    /// Polls `due` once; returns how many feeds failed. The state is saved before returning.
    func round(due: [Feed], state: inout WatchState) async throws -> Int {
        let results = await fetchAll(due, state: state)
        var failures = 0
        var fresh: [(feed: Feed, documents: [Document], validators: Validators?)] = []
        for (feed, result) in zip(due, results) {
            switch result {
            case .failure(let error):
                failures += 1
                noteFailure(feed, error, state: &state)
            case .success(.notModified):
                noteSuccess(feed, validators: nil, state: &state)
            case .success(.fetched(let body, let validators)):
                let (documents, error) = read(body, feed: feed)
                if let error {
                    // Items read before the error are still taken; the feed is fetched in full again later.
                    failures += 1
                    noteFailure(feed, error, state: &state)
                    fresh.append((feed, documents.filter { !seen($0, feed: feed, state) }, nil))
                } else {
                    fresh.append((feed, documents.filter { !seen($0, feed: feed, state) }, validators))
                    noteSuccess(feed, validators: validators, state: &state)
                }
            }
        }
        // The same article in two feeds is stored once.
        var ids = Set<String>()
        let documents = fresh.flatMap(\.documents).filter { ids.insert($0.id).inserted }
        if !documents.isEmpty {
            let before = try await store.trackedLines()
            var ingestion = Ingestion(pipeline: pipeline, store: store, ingestedAt: ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: now())))
            try await ingestion.add(documents)
            _ = try await ingestion.finish()
            let after = try await TrackerRecords.relink(store, configuration: tracker())
            var out = [UInt8](), posts: [(body: [UInt8], kind: String)] = []
            for alert in LineAlert.changes(before: before, after: after) {
                let start = out.count
                try JSONLineEncoder().encode(alert, into: &out)
                if webhook != nil { posts.append((Array(out[start...]), alert.alert.rawValue)) }
                out.append(0x0A)
            }
            if !out.isEmpty { try Output.standardOutput.write(out) }
            // Queued, not awaited: the receiver's pace never holds up the next poll.
            for post in posts { webhook?.send(post.body, kind: post.kind) }
        }
        // Remembered only once stored: a crash before this line fetches them again, and the
        // store skips what it already holds.
        for entry in fresh {
            state.markSeen(feed: entry.feed.url, keys: entry.documents.flatMap { WatchState.keys(url: $0.url, contentHash: $0.id) })
        }
        try state.save(path: statePath)
        return failures
    }

    private func fetchAll(_ due: [Feed], state: WatchState) async -> [Result<FetchResult, WatchError>] {
        let fetcher = self.fetcher, limit = max(1, parallelFetches)
        return await withTaskGroup(of: (Int, Result<FetchResult, WatchError>).self) { group in
            var results = [Result<FetchResult, WatchError>?](repeating: nil, count: due.count)
            var next = 0
            func start(_ index: Int) {
                let feed = due[index], validators = state.feeds[feed.url]?.validators ?? Validators()
                group.addTask {
                    do {
                        return (index, .success(try await fetcher.fetch(feed, validators: validators)))
                    } catch let error as WatchError {
                        return (index, .failure(error))
                    } catch {
                        return (index, .failure(WatchError(.unreachable, subject: feed.subject, message: "\(error)")))
                    }
                }
            }
            while next < min(limit, due.count) { start(next); next += 1 }
            while let (index, result) = await group.next() {
                results[index] = result
                if next < due.count { start(next); next += 1 }
            }
            return results.map { $0! }
        }
    }

    /// The feed's documents, each with its article URL as its source where it has one; item
    /// problems (an empty item) are reported and skipped, a feed-level problem is returned.
    private func read(_ body: [UInt8], feed: Feed) -> ([Document], WatchError?) {
        var documents: [Document] = []
        var failure: WatchError?
        var number = 0
        DocumentReader(configuration: reader).read(bytes: body, name: feed.name) { result in
            switch result {
            case .success(var document):
                number += 1
                document.source = document.url ?? "\(feed.url)#\(number)"
                documents.append(document)
            case .failure(let error):
                if error.line != nil, error.code == .empty || error.code == .tooLarge {
                    Diagnostics.report(WatchError(.unreadable, subject: feed.subject, message: error.description))
                } else if failure == nil {
                    failure = WatchError(.unreadable, subject: feed.subject, message: error.lineDescription)
                }
            }
        }
        return (documents, failure)
    }

    private func seen(_ document: Document, feed: Feed, _ state: WatchState) -> Bool {
        state.hasSeen(feed: feed.url, url: document.url, contentHash: document.id)
    }

    private func noteSuccess(_ feed: Feed, validators: Validators?, state: inout WatchState) {
        var entry = state.feeds[feed.url] ?? FeedState()
        if let validators { entry.validators = validators }
        entry.failures = 0
        entry.lastSuccess = now()
        entry.lastError = nil
        entry.nextPoll = now() + Double(feed.interval)
        state.feeds[feed.url] = entry
    }

    private func noteFailure(_ feed: Feed, _ error: WatchError, state: inout WatchState) {
        var entry = state.feeds[feed.url] ?? FeedState()
        entry.failures += 1
        let delay = backoff.delay(interval: feed.interval, failures: entry.failures)
        entry.nextPoll = now() + Double(delay)
        entry.lastError = error.message
        state.feeds[feed.url] = entry
        Diagnostics.report(WatchError(error.code, subject: error.subject, message: "\(error.message); retrying in \(delay) s"))
    }
}

extension InputError {
    /// The message with its line, without the input's name (the feed is named already).
    var lineDescription: String {
        line.map { "line \($0): \(message)" } ?? message
    }
}
