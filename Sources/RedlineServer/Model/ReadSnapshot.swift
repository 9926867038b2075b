import Hummingbird
import RedlineAnalysis
import RedlineCore
import RedlineExport
import RedlineStore

/// What the read routes answer from: the tracked lines, credibility and counts of one generation
/// of the store, held in memory and never changed. A write makes a new generation.
final class ReadSnapshot: Sendable {
    let generation: Int
    let today: Day
    let lines: [TrackedLine]
    let lineIndex: [String: Int]
    let credibility: [String: Credibility]
    let counts: StoreCounts
    /// Declarers with lines, sorted.
    let declarers: [String]
    /// Names for actor codes.
    let names: ActorNames
    /// Lines by the document and evidence sentence of each statement, crossing and response.
    private let linesByEvidence: [String: [Int]]
    /// Encoded answers of this generation by request key, so a repeated read costs a lookup.
    private let rendered = Locked(AnswerCache())
    /// Whether ``cached(_:_:)`` keeps what it makes (``ServerConfiguration/cachesAnswers``).
    private let cachesAnswers: Bool
    /// Event facets of this generation by filter (limit and offset cleared): the explorer asks
    /// for the same ones as people page through a list.
    private let facetCache = Locked<[EventFilter: EventFacets]>([:])
    private static let renderedLimit = 2_000

    init(generation: Int, lines: [TrackedLine], counts: StoreCounts, configuration: TrackerConfiguration,
         names: ActorNames = ActorNames(), cachesAnswers: Bool = true) {
        self.names = names
        self.cachesAnswers = cachesAnswers
        var byEvidence: [String: [Int]] = [:]
        for (i, line) in lines.enumerated() {
            let keys = line.statements.map { Self.key($0.document, $0.evidence) } + line.crossings.map { Self.key($0.document, $0.evidence) }
                + line.responses.map { Self.key($0.document, $0.evidence) }
            for key in Set(keys) { byEvidence[key, default: []].append(i) }
        }
        linesByEvidence = byEvidence
        self.generation = generation
        self.today = configuration.today
        self.lines = lines
        var index: [String: Int] = [:]
        for (i, line) in lines.enumerated() { index[line.id] = i }
        lineIndex = index
        var credibility: [String: Credibility] = [:]
        for c in Credibility.assess(lines: lines, configuration: configuration) { credibility[c.declarer] = c }
        self.credibility = credibility
        self.counts = counts
        declarers = Set(lines.compactMap(\.declarer.code)).sorted()
    }

    func line(id: String) -> TrackedLine? { lineIndex[id].map { lines[$0] } }

    private static func key(_ document: String, _ evidence: String) -> String { document + "\u{1}" + evidence }

    /// The lines a sentence of a document is evidence of (a statement, crossing or response).
    func lines(containing evidence: String, in document: String) -> [LineReference] {
        (linesByEvidence[Self.key(document, evidence)] ?? []).map { LineReference(id: lines[$0].id, title: names.title(of: lines[$0])) }
    }

    /// A line's title, names first.
    func title(_ line: TrackedLine) -> String { names.title(of: line) }

    /// Lines matching a filter (its limit and offset ignored), in store order.
    func lines(_ filter: LineFilter) -> [TrackedLine] {
        lines.filter { line in
            if let declarer = filter.declarer, line.declarer.code != declarer { return false }
            if let status = filter.status, line.status != status { return false }
            if let since = filter.since {
                guard let first = line.firstDeclared, first >= since else { return false }
            }
            return true
        }
    }

    /// The facets of `filter`, counted once per generation.
    func facets(_ filter: EventFilter, _ count: (EventFilter) async throws -> EventFacets) async throws -> EventFacets {
        var key = filter
        key.limit = nil
        key.offset = 0
        key.newestFirst = false
        if let hit = facetCache.withLock({ $0[key] }) { return hit }
        let facets = try await count(key)
        facetCache.withLock { cache in
            if cache.count >= Self.renderedLimit { cache.removeAll(keepingCapacity: true) }
            cache[key] = facets
        }
        return facets
    }

    /// The cached answer for `key`, made once per generation.
    func rendered(_ key: String, _ make: () throws -> ByteBuffer) rethrows -> ByteBuffer {
        if let hit = rendered.withLock({ $0[key] }) { return hit }
        let buffer = try make()
        rendered.withLock { $0.keep(buffer, for: key) }
        return buffer
    }

    /// The cached answer for `key`, made once per generation by reading the store: the events,
    /// search and explorer answers, which a write (or another process's) makes stale together
    /// with this snapshot. Two first asks at once may both make it; the answers are the same.
    func cached(_ key: String, _ make: () async throws -> ByteBuffer) async throws -> ByteBuffer {
        guard cachesAnswers else { return try await make() }
        if let hit = rendered.withLock({ $0[key] }) { return hit }
        let buffer = try await make()
        rendered.withLock { $0.keep(buffer, for: key) }
        return buffer
    }
}

/// Answers by key, within a count and a byte budget: past either, the cache starts over (the
/// answers asked for again come back at the cost of one read each).
struct AnswerCache {
    static let maxEntries = 2_000
    static let maxBytes = 64 << 20
    private var entries: [String: ByteBuffer] = [:]
    private var bytes = 0

    subscript(key: String) -> ByteBuffer? { entries[key] }

    mutating func keep(_ buffer: ByteBuffer, for key: String) {
        guard buffer.readableBytes <= Self.maxBytes / 8, entries[key] == nil else { return }
        if entries.count >= Self.maxEntries || bytes + buffer.readableBytes > Self.maxBytes {
            entries.removeAll(keepingCapacity: true)
            bytes = 0
        }
        entries[key] = buffer
        bytes += buffer.readableBytes
    }
}
