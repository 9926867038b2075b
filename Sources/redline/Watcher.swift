import Foundation
import RedlineAnalysis
import RedlineCore
import RedlineExtract
import RedlineStore
import RedlineText
import RedlineTracker
import RedlineWatch

/// What `redline watch` does each round: fetches the due feeds at once, reads their items,
/// keeps the unseen ones, fetches the article page of each item that carries only a summary,
/// stores them through the ingest path, relinks, keeps the alerts the relink's changes give in
/// the store, and prints those the rules pass (and queues them for the webhook); then saves the
/// state and records each feed's health in the store. The clock is passed in.
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
    /// Feeds (and article pages) fetched at once.
    var parallelFetches = 8
    /// Whether items that carry only a summary have their article page fetched.
    var fetchArticles = true
    /// Which alerts go to standard output and the webhook (all are kept in the store).
    var rules: [AlertRule] = []
    /// Days before a crossed line's response window closes that a `window` alert is given; nil: none.
    var windowDays: Int? = 7
    /// Who this watch is among the workers sharing the store (host and process id).
    var worker = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
    /// Seconds a claim on a feed or item lasts: a worker that dies holds it no longer than this.
    var claimSeconds: Double = 900
    /// With `--once`: when this watch started; a feed another worker polled since is not polled again.
    var polledBefore: Double?

    /// An item kept from a poll: what it is remembered by, and the document stored for it.
    struct Fresh {
        var feed: Feed
        var keys: [String]
        var document: Document
    }

    /// Drops the claims of earlier watches on this machine whose process is gone (stopped with
    /// Ctrl-C or killed mid-batch), so that a restarted watch need not wait for them to run out.
    func releaseClaimsOfGoneProcesses() async throws {
        let host = ProcessInfo.processInfo.hostName
        let gone = try await store.watchClaimants().filter { worker in
            guard let colon = worker.lastIndex(of: ":"), worker[..<colon] == host,
                  let pid = Int32(worker[worker.index(after: colon)...]), worker != self.worker else { return false }
            return kill(pid, 0) != 0 && errno == ESRCH
        }
        try await store.releaseClaims(of: gone.sorted())
    }

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
    func round(due wanted: [Feed], state: inout WatchState) async throws -> Int {
        // Workers sharing the store take turns: each feed is polled by one of them.
        let time = now()
        let claimed = Set(try await store.claimFeeds(wanted.map { FeedClaim(url: $0.url, name: $0.name) }, worker: worker,
                                                     now: time, until: time + claimSeconds, polledBefore: polledBefore))
        for feed in wanted where !claimed.contains(feed.url) {
            var entry = state.feeds[feed.url] ?? FeedState()
            entry.nextPoll = max(entry.nextPoll, time + Double(feed.interval))
            state.feeds[feed.url] = entry
        }
        let due = wanted.filter { claimed.contains($0.url) }
        let results = await fetchAll(due, state: state)
        var failures = 0
        var entries: [(feed: Feed, entry: FeedEntry)] = []
        for (feed, result) in zip(due, results) {
            switch result {
            case .failure(let error):
                failures += 1
                noteFailure(feed, error, state: &state)
            case .success(.notModified):
                noteSuccess(feed, validators: nil, state: &state)
            case .success(.fetched(let body, let validators)):
                let (read, error) = self.read(body, feed: feed)
                // Items read before an error are still taken; the feed is fetched in full again later.
                entries += read.filter { !seen($0.document, feed: feed, state) }.map { (feed, $0) }
                if let error {
                    failures += 1
                    noteFailure(feed, error, state: &state)
                } else {
                    noteSuccess(feed, validators: validators, state: &state)
                }
            }
        }
        // Each item is taken by one worker: the one that claims it first (or after a claim that ran out).
        var mine: [(feed: Feed, entry: FeedEntry)] = []
        var claimedKeys: [String] = []
        for feed in due {
            let items = entries.filter { $0.feed.url == feed.url }
            guard !items.isEmpty else { continue }
            let keys = items.map { Self.claimKey($0.entry.document) }
            let got = try await store.claimItems(Array(Set(keys)), feed: feed.url, worker: worker, now: now(), until: now() + claimSeconds)
            mine += zip(items, keys).filter { got.contains($0.1) }.map(\.0)
            claimedKeys += got
            // Items another worker stored are remembered as seen; while one holds items not yet
            // stored, the feed is read in full next time (no conditional GET), so that they are
            // not lost if that worker dies.
            let refused = Array(Set(keys).subtracting(got))
            guard !refused.isEmpty else { continue }
            let done = try await store.finishedItems(refused)
            for (item, key) in zip(items, keys) where done.contains(key) {
                state.markSeen(feed: feed.url, keys: WatchState.keys(url: item.entry.document.url, contentHash: item.entry.document.id))
            }
            if done.count < refused.count { state.feeds[feed.url]?.validators = Validators() }
        }
        let fresh = await articles(for: mine)
        // The same article in two feeds is stored once.
        var ids = Set<String>()
        let documents = fresh.map(\.document).filter { ids.insert($0.id).inserted }
        let stamp = Date(timeIntervalSince1970: now())
        let configuration = tracker()
        var kept: [StoredAlert] = []
        var lines: [TrackedLine]?
        if !documents.isEmpty {
            let store = self.store, pipeline = self.pipeline
            let relinked = try await store.exclusively {
                let before = try await store.trackedLines()
                var ingestion = Ingestion(pipeline: pipeline, store: store, ingestedAt: ISO8601DateFormatter().string(from: stamp))
                try await ingestion.add(documents)
                _ = try await ingestion.finish()
                return try await TrackerRecords.relinkKeepingAlerts(store, configuration: configuration, before: before, now: stamp)
            }
            kept += relinked.alerts
            lines = relinked.lines.filter { $0.status == .crossed }
        }
        try await store.finishItems(claimedKeys)
        if let windowDays {
            kept += try await TrackerRecords.keepClosingWindows(store, lines: lines, configuration: configuration, days: windowDays, now: stamp)
        }
        try emit(kept.map(\.alert))
        // Remembered only once stored: a crash before this line fetches them again, and the
        // store skips what it already holds.
        for entry in fresh { state.markSeen(feed: entry.feed.url, keys: entry.keys) }
        try state.save(path: statePath)
        try await store.recordFeedStatus(due.map { feed in
            let entry = state.feeds[feed.url] ?? FeedState()
            return FeedStatus(url: feed.url, name: feed.name, lastSuccess: entry.lastSuccess, lastError: entry.lastError,
                              lastErrorAt: entry.lastErrorAt, failures: entry.failures, nextPoll: entry.nextPoll)
        })
        return failures
    }

    /// Prints the alerts the rules pass, one JSON line each, and queues them for the webhook.
    private func emit(_ alerts: [LineAlert]) throws {
        var out = [UInt8](), posts: [(body: [UInt8], kind: String)] = []
        for alert in alerts where AlertRule.passes(alert, rules) {
            let start = out.count
            try JSONLineEncoder().encode(alert, into: &out)
            if webhook != nil { posts.append((Array(out[start...]), alert.alert.rawValue)) }
            out.append(0x0A)
        }
        if !out.isEmpty { try Output.standardOutput.write(out) }
        // Queued, not awaited: the receiver's pace never holds up the next poll.
        for post in posts { webhook?.send(post.body, kind: post.kind) }
    }

    private func fetchAll(_ due: [Feed], state: WatchState) async -> [Result<FetchResult, WatchError>] {
        let fetcher = self.fetcher
        return await Self.parallel(due, limit: parallelFetches) { feed in
            let validators = state.feeds[feed.url]?.validators ?? Validators()
            do {
                return .success(try await fetcher.fetch(feed, validators: validators))
            } catch let error as WatchError {
                return .failure(error)
            } catch {
                return .failure(WatchError(.unreachable, subject: feed.subject, message: "\(error)"))
            }
        }
    }

    /// `work` on each element, at most `limit` at once; the results in the elements' order.
    static func parallel<T: Sendable, R: Sendable>(_ items: [T], limit: Int, _ work: @escaping @Sendable (T) async -> R) async -> [R] {
        await withTaskGroup(of: (Int, R).self) { group in
            var results = [R?](repeating: nil, count: items.count)
            var next = 0
            while next < min(max(1, limit), items.count) {
                let index = next, item = items[index]
                group.addTask { (index, await work(item)) }
                next += 1
            }
            while let (index, result) = await group.next() {
                results[index] = result
                if next < items.count {
                    let index = next, item = items[index]
                    group.addTask { (index, await work(item)) }
                    next += 1
                }
            }
            return results.map { $0! }
        }
    }

    /// The feed's entries, each with its article URL as its source where it has one; item
    /// problems (an empty item) are reported and skipped, a feed-level problem is returned.
    private func read(_ body: [UInt8], feed: Feed) -> ([FeedEntry], WatchError?) {
        var entries: [FeedEntry] = []
        var failure: WatchError?
        var number = 0
        DocumentReader(configuration: reader).readFeedEntries(bytes: body, name: feed.name) { result in
            switch result {
            case .success(var entry):
                number += 1
                entry.document.source = entry.document.url ?? "\(feed.url)#\(number)"
                entries.append(entry)
            case .failure(let error):
                if error.line != nil, error.code == .empty || error.code == .tooLarge {
                    Diagnostics.report(WatchError(.unreadable, subject: feed.subject, message: error.description))
                } else if failure == nil {
                    failure = WatchError(.unreadable, subject: feed.subject, message: error.lineDescription)
                }
            }
        }
        return (entries, failure)
    }

    /// What workers claim an item by: its URL where it has one, else its content.
    static func claimKey(_ document: Document) -> String {
        WatchState.keys(url: document.url, contentHash: document.id)[0]
    }

    private func seen(_ document: Document, feed: Feed, _ state: WatchState) -> Bool {
        state.hasSeen(feed: feed.url, url: document.url, contentHash: document.id)
    }

    private func noteSuccess(_ feed: Feed, validators: Validators?, state: inout WatchState) {
        var entry = state.feeds[feed.url] ?? FeedState()
        if let validators { entry.validators = validators }
        entry.failures = 0
        entry.lastSuccess = now()
        entry.nextPoll = now() + Double(feed.interval)
        state.feeds[feed.url] = entry
    }

    private func noteFailure(_ feed: Feed, _ error: WatchError, state: inout WatchState) {
        var entry = state.feeds[feed.url] ?? FeedState()
        entry.failures += 1
        let delay = backoff.delay(interval: feed.interval, failures: entry.failures)
        entry.nextPoll = now() + Double(delay)
        entry.lastError = error.message
        entry.lastErrorAt = now()
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
