import Foundation
import RedlineAnalysis
import RedlineCore
import RedlineStore

extension TrackerRecords {
    /// What one relink changed: the tracked lines as they now stand and the alerts kept for the
    /// changes (those already kept, by another relink or another worker, are left out).
    public struct Relinked: Sendable {
        public var lines: [TrackedLine]
        public var alerts: [StoredAlert]
    }

    /// Relinks (``relink(_:configuration:)``) and keeps in the store an alert for each change to
    /// the tracked lines, so that `/alerts.atom` and the dashboard's live stream see every
    /// write, whoever made it: the watch, `redline ingest`, the server's uploads and reviews.
    public static func relinkKeepingAlerts(_ store: any TrackerStore, configuration: TrackerConfiguration,
                                           before: [TrackedLine]? = nil, now: Date = Date()) async throws -> Relinked {
        let previous: [TrackedLine]
        if let before { previous = before } else { previous = try await store.trackedLines() }
        let lines = try await relink(store, configuration: configuration)
        let changes = LineAlert.changes(before: previous, after: lines)
        let kept = try await store.appendAlerts(changes, at: timestamp(now))
        return Relinked(lines: lines, alerts: kept)
    }

    /// Keeps a `window` alert for each crossed line whose response window closes within `days`
    /// days of the configuration's today (once per line and window); returns those kept now.
    public static func keepClosingWindows(_ store: any TrackerStore, lines: [TrackedLine]? = nil, configuration: TrackerConfiguration,
                                          days: Int, now: Date = Date()) async throws -> [StoredAlert] {
        let crossed: [TrackedLine]
        if let lines { crossed = lines } else { crossed = try await store.trackedLines(LineFilter(status: .crossed)) }
        let windows = LineAlert.closingWindows(crossed, today: configuration.today, responseWindowDays: configuration.responseWindowDays,
                                               days: days)
        return try await store.appendAlerts(windows, at: timestamp(now))
    }

    /// ISO 8601 in UTC, to the second.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
