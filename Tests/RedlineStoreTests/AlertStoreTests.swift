import Foundation
import RedlineCore
import RedlineStore
import Testing

/// Alerts and feed health as every store keeps them, SQLite and PostgreSQL alike.
@Suite(.postgresServer)
struct AlertStoreTests {
    static func line(_ id: String, status: LineStatus = .declared) -> TrackedLine {
        let statement = TrackedLine.Statement(id: "\(id)-s1", document: "d-\(id)", source: "https://a.example/\(id)", date: Day("2012-08-20"),
                                              speaker: nil, evidence: "Any use of chemical weapons is a red line.",
                                              span: ScalarSpan(0, 10), confidence: 0.9)
        return TrackedLine(id: id, declarer: ActorRef(code: "USA"), trigger: Trigger(actor: [ActorRef(code: "SYR")], action: nil, text: "chemical weapons"),
                           consequence: Consequence(kind: .military, severity: 4, text: nil), explicit: true, status: status,
                           statusSource: .machine, firstDeclared: Day("2012-08-20"), statements: [statement], crossings: [], responses: [])
    }

    @Test(arguments: Backend.allCases)
    func alertsAreNumberedInOrderKeptOnceAndReadBackAfterAnID(backend: Backend) async throws {
        try await backend.withStore { store, location in
            #expect(try await store.alerts(after: nil, limit: 10).isEmpty)
            let first = LineAlert.changes(before: [], after: [Self.line("L1"), Self.line("L2")])
            let kept = try await store.appendAlerts(first, at: "2026-01-01T00:00:00Z")
            #expect(kept.map(\.alert.line) == ["L1", "L2"])
            #expect(kept[1].id > kept[0].id)
            // The same changes found again (a second relink, another worker) are not kept twice.
            let again = try await store.appendAlerts(first + LineAlert.changes(before: [], after: [Self.line("L3")]), at: "2026-01-02T00:00:00Z")
            #expect(again.map(\.alert.line) == ["L3"])
            let all = try await store.alerts(after: nil, limit: 10)
            #expect(all.map(\.alert.line) == ["L1", "L2", "L3"])
            #expect(all.map(\.at) == ["2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"])
            #expect(all[0].alert == first[0])
            #expect(try await store.alerts(after: nil, limit: 2).map(\.alert.line) == ["L2", "L3"])
            #expect(try await store.alerts(after: kept[0].id, limit: 10).map(\.alert.line) == ["L2", "L3"])
            #expect(try await store.alerts(after: all[2].id, limit: 10).isEmpty)
            // They survive closing and opening the store again.
            let reopened = try await StoreFactory.open(location)
            #expect(try await reopened.alerts(after: nil, limit: 10) == all)
            try await reopened.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func feedStatusIsReplacedPerURLAndListedByName(backend: Backend) async throws {
        try await backend.withStore { store, _ in
            try await store.recordFeedStatus([
                FeedStatus(url: "http://b.example/feed", name: "Wire", lastSuccess: 100, failures: 0, nextPoll: 160),
                FeedStatus(url: "http://a.example/feed", name: "Broken", lastError: "HTTP 500 Internal Server Error", lastErrorAt: 100,
                           failures: 1, nextPoll: 220),
            ])
            try await store.recordFeedStatus([
                FeedStatus(url: "http://a.example/feed", name: "Broken", lastSuccess: 300, lastError: "HTTP 500 Internal Server Error",
                           lastErrorAt: 100, failures: 0, nextPoll: 360),
            ])
            let feeds = try await store.feedStatuses()
            #expect(feeds == [
                FeedStatus(url: "http://a.example/feed", name: "Broken", lastSuccess: 300, lastError: "HTTP 500 Internal Server Error",
                           lastErrorAt: 100, failures: 0, nextPoll: 360),
                FeedStatus(url: "http://b.example/feed", name: "Wire", lastSuccess: 100, failures: 0, nextPoll: 160),
            ])
        }
    }

    @Test(arguments: Backend.allCases)
    func claimsGoToOneWorkerUntilTheyRunOutOrAreReleased(backend: Backend) async throws {
        try await backend.withStore { store, _ in
            let feeds = [FeedClaim(url: "http://a.example/feed", name: "A"), FeedClaim(url: "http://b.example/feed", name: "B")]
            #expect(try await store.claimFeeds(feeds, worker: "w1", now: 100, until: 200, polledBefore: nil) == ["http://a.example/feed", "http://b.example/feed"])
            #expect(try await store.claimFeeds(feeds, worker: "w2", now: 150, until: 250, polledBefore: nil) == [])
            // Polled and released: not due again before its next poll, unless polled before a --once start.
            try await store.recordFeedStatus([FeedStatus(url: "http://a.example/feed", name: "A", lastSuccess: 160, failures: 0, nextPoll: 220)])
            #expect(try await store.claimFeeds(feeds, worker: "w2", now: 170, until: 270, polledBefore: nil) == [])
            #expect(try await store.claimFeeds(feeds, worker: "w2", now: 170, until: 270, polledBefore: 165) == ["http://a.example/feed"])
            // A claim that ran out is taken over.
            #expect(try await store.claimFeeds(feeds, worker: "w3", now: 201, until: 300, polledBefore: nil) == ["http://b.example/feed"])
            #expect(try await store.watchClaimants() == ["w2", "w3"])

            #expect(try await store.claimItems(["url:1", "url:2"], feed: "f", worker: "w1", now: 100, until: 200) == ["url:1", "url:2"])
            #expect(try await store.claimItems(["url:2", "url:3"], feed: "f", worker: "w2", now: 150, until: 250) == ["url:3"])
            try await store.finishItems(["url:1"])
            #expect(try await store.finishedItems(["url:1", "url:2", "url:9"]) == ["url:1"])
            #expect(try await store.claimItems(["url:1", "url:2"], feed: "f", worker: "w2", now: 300, until: 400) == ["url:2"])
            try await store.releaseClaims(of: ["w2"])
            #expect(try await store.claimItems(["url:2", "url:3"], feed: "f", worker: "w4", now: 301, until: 400) == ["url:2", "url:3"])
            #expect(try await store.watchClaimants() == ["w3", "w4"])
        }
    }
}
