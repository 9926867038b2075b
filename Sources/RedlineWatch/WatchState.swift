import Foundation

/// The watch's memory, kept in a JSON file next to the store: per feed, the validators for a
/// conditional GET, the backoff, and the items already seen (by URL and by content hash), so
/// that a restart fetches and ingests nothing twice.
///
/// ```swift
/// var state = try WatchState.load(path: "redline.sqlite.watch.json")
/// if !state.hasSeen(feed: feed.url, url: document.url, contentHash: document.id) { ... }
/// try state.save(path: "redline.sqlite.watch.json")
/// ```
public struct WatchState: Sendable, Hashable, Codable {
    /// The format of the file; a file of another version is refused rather than misread.
    public var version = 1
    /// Keyed by feed URL.
    public var feeds: [String: FeedState] = [:]

    /// Items remembered per feed; the oldest are forgotten first. A feed lists far fewer.
    public static let maxSeenPerFeed = 5000

    public init() {}

    /// The state in the file at `path`, or an empty state where there is no file.
    public static func load(path: String) throws -> WatchState {
        guard FileManager.default.fileExists(atPath: path) else { return WatchState() }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw WatchError(.badState, subject: path, message: "cannot read the watch state: \(error.localizedDescription)")
        }
        let state: WatchState
        do {
            state = try JSONDecoder().decode(WatchState.self, from: data)
        } catch {
            throw WatchError(.badState, subject: path,
                             message: "not a watch state file (expected the JSON redline watch writes; remove it to start afresh)")
        }
        guard state.version == 1 else {
            throw WatchError(.badState, subject: path, message: "watch state version \(state.version) is not supported (expected 1)")
        }
        return state
    }

    /// Writes the state to a temporary file beside `path` and renames it over `path`, so a
    /// process stopped mid-write leaves the previous state.
    public func save(path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw WatchError(.badState, subject: path, message: "cannot write the watch state: \(error.localizedDescription)")
        }
    }

    /// The keys an item is remembered by.
    public static func keys(url: String?, contentHash: String) -> [String] {
        (url.map { ["url:\($0)"] } ?? []) + ["hash:\(contentHash)"]
    }

    /// Whether the feed gave this item before, by its URL or its content.
    public func hasSeen(feed: String, url: String?, contentHash: String) -> Bool {
        guard let seen = feeds[feed]?.seen, !seen.isEmpty else { return false }
        let keys = Self.keys(url: url, contentHash: contentHash)
        return seen.contains { keys.contains($0) }
    }

    /// Remembers items of a feed, forgetting the oldest past ``maxSeenPerFeed``.
    public mutating func markSeen(feed: String, keys: [String]) {
        var state = feeds[feed] ?? FeedState()
        let known = Set(state.seen)
        state.seen.append(contentsOf: keys.filter { !known.contains($0) })
        if state.seen.count > Self.maxSeenPerFeed { state.seen.removeFirst(state.seen.count - Self.maxSeenPerFeed) }
        feeds[feed] = state
    }
}
