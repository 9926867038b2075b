import Foundation
import RedlineAnalysis
import RedlineCore
import RedlineExport
import RedlineStore
import RedlineTracker

/// The in-memory read side of the tracker: loads a `ReadSnapshot` from the store once, answers
/// every read from it, and drops it when a write (or a new day) makes it stale. Escalation, which
/// needs every event, is built lazily the first time an actor page asks for it.
actor ReadModel {
    private let store: any TrackerStore
    private let configuration: @Sendable () -> TrackerConfiguration
    private let today: @Sendable () -> Day
    private let names: ActorNames
    private let cachesAnswers: Bool
    private var generation = 0
    private var loading: Task<ReadSnapshot, any Error>?
    private let escalations = GenerationTask<Escalation>()
    private let audits = GenerationTask<ReviewAudit>()
    /// The latest snapshot, readable without entering the actor.
    private nonisolated let latest = Locked<ReadSnapshot?>(nil)

    init(store: any TrackerStore, today: @escaping @Sendable () -> Day,
         configuration: @escaping @Sendable () -> TrackerConfiguration, names: ActorNames = ActorNames(), cachesAnswers: Bool = true) {
        self.store = store
        self.cachesAnswers = cachesAnswers
        self.names = names
        self.today = today
        self.configuration = configuration
    }

    /// How often a read looks whether another process wrote to the store.
    static let checkInterval: TimeInterval = 1
    private nonisolated let nextCheck = Locked(Date.distantPast)

    /// The current snapshot: from memory when fresh, else loaded (concurrent callers share one load).
    /// At most once a second a read also has the store's counts compared with the snapshot's, off
    /// the request's path, so a document ingested by another process (`redline ingest` on the same
    /// file or database) shows within a second or two, without a restart.
    nonisolated func snapshot() async throws -> ReadSnapshot {
        if let snapshot = latest.current, snapshot.today == today() {
            let now = Date()
            let due = nextCheck.withLock { next in
                guard now >= next else { return false }
                next = now.addingTimeInterval(Self.checkInterval)
                return true
            }
            if due { Task { await self.dropIfStale(snapshot) } }
            return snapshot
        }
        return try await load()
    }

    /// Drops everything cached when the store no longer holds what `snapshot` was loaded from (by
    /// its counts): another process wrote to it.
    private func dropIfStale(_ snapshot: ReadSnapshot) async {
        guard let counts = try? await store.counts(), counts != snapshot.counts,
              latest.current?.generation == snapshot.generation else { return }
        invalidate()
    }

    private func load() async throws -> ReadSnapshot {
        let configuration = configuration()
        if let snapshot = latest.current, snapshot.today == configuration.today, snapshot.generation == generation {
            return snapshot
        }
        if let snapshot = latest.current, snapshot.today != configuration.today { invalidate() }
        if let loading { return try await loading.value }
        let generation = generation, store = store, names = names, cachesAnswers = cachesAnswers
        let task = Task {
            // Numbers rounded as every output writes them; windows closed by today closed.
            let lines = try await store.trackedLines().map { line in
                var line = LineRecord.rounded(line)
                line.status = line.status(on: configuration.today, responseWindowDays: configuration.responseWindowDays)
                return line
            }
            let counts = try await store.counts()
            return ReadSnapshot(generation: generation, lines: lines, counts: counts, configuration: configuration, names: names,
                                cachesAnswers: cachesAnswers)
        }
        loading = task
        do {
            let snapshot = try await task.value
            if self.generation == generation {
                latest.withLock { $0 = snapshot }
                loading = nil
            }
            return snapshot
        } catch {
            if self.generation == generation { loading = nil }
            throw error
        }
    }

    /// Escalation over every stored event, for the snapshot's generation, from the tallies the
    /// store counts (the day tallies kept at the last relink, else counted in SQL; without reading every event back).
    func escalation(for snapshot: ReadSnapshot) async throws -> Escalation {
        let store = store, configuration = configuration()
        return try await escalations.value(for: snapshot.generation) {
            Escalation(tallies: try await store.escalationTallies(through: configuration.today), configuration: configuration)
        }
    }

    /// The review audit (every review, the rejected links, the reviews naming nothing) for the
    /// snapshot's generation.
    func audit(for snapshot: ReadSnapshot) async throws -> ReviewAudit {
        let store = store, configuration = configuration()
        return try await audits.value(for: snapshot.generation) { try await ReviewAudit.build(store, configuration: configuration) }
    }

    /// Forgets everything cached; the next read loads afresh.
    func invalidate() {
        generation += 1
        loading = nil
        escalations.clear()
        audits.clear()
        latest.withLock { $0 = nil }
    }
}
