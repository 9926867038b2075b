import RedlineCore

/// Measures a store the way redline uses it: ingest throughput in batches, then the queries a
/// report makes on what was ingested. The CLI's `bench` can call it; tests do not time anything.
///
/// ```swift
/// let store = try SQLiteStore(path: "/tmp/bench.sqlite")
/// print(try await StoreBenchmark.run(on: store))   // 10,000 documents, 100,000 events
/// ```
public enum StoreBenchmark {
    public struct Result: Sendable, CustomStringConvertible {
        public var documents: Int
        public var events: Int
        public var ingestSeconds: Double
        /// Seconds the same documents take to turn into rows (mostly JSON encoding), apart.
        public var encodeSeconds: Double
        /// Each query's name and seconds.
        public var queries: [(name: String, seconds: Double, rows: Int)]

        public var documentsPerSecond: Double { Double(documents) / ingestSeconds }

        public var description: String {
            var lines = ["ingest: \(documents) documents, \(events) events in \(format(ingestSeconds)) s"
                         + " = \(Int(documentsPerSecond)) documents/s (turning them into rows alone: \(format(encodeSeconds)) s)"]
            for query in queries {
                lines.append("\(query.name): \(format(query.seconds * 1000)) ms, \(query.rows) rows")
            }
            return lines.joined(separator: "\n")
        }

        private func format(_ value: Double) -> String {
            String(Double(Int(value * 100)) / 100)
        }
    }

    /// Ingests `documents` synthetic documents into an empty `store` in batches of `batchSize`,
    /// checks the counts, then times the report queries.
    public static func run(on store: any TrackerStore, documents: Int = 10_000, eventsPerDocument: Int = 10,
                           batchSize: Int = 500) async throws -> Result {
        let clock = ContinuousClock()
        let corpus = syntheticDocuments(0..<documents, eventsPerDocument: eventsPerDocument)
        let start = clock.now
        var summary = IngestSummary()
        var index = 0
        while index < corpus.count {
            let end = min(index + batchSize, corpus.count)
            summary = summary + (try await store.ingest(Array(corpus[index..<end])))
            index = end
        }
        let ingest = clock.now - start
        let expected = StoreCounts(documents: documents, redLines: documents, events: documents * eventsPerDocument,
                                   claims: documents)
        let counts = try await store.counts()
        guard counts.documents == expected.documents, counts.events == expected.events,
              counts.redLines == expected.redLines, counts.claims == expected.claims else {
            throw StoreError(.writeFailed, "benchmark: expected \(expected) after ingest, found \(counts)")
        }

        let encodeStart = clock.now
        var encodeIndex = 0
        while encodeIndex < corpus.count {
            _ = try await DocumentRows.make(Array(corpus[encodeIndex..<min(encodeIndex + batchSize, corpus.count)]))
            encodeIndex += batchSize
        }
        let encode = clock.now - encodeStart

        let lines = (0..<1000).map { syntheticLine($0) }
        try await store.replaceTrackedLines(lines)

        var queries: [(name: String, seconds: Double, rows: Int)] = []
        func time(_ name: String, _ body: () async throws -> Int) async throws {
            let start = clock.now
            let rows = try await body()
            queries.append((name, seconds(clock.now - start), rows))
        }
        let month = Day(ordinal: 19_000 + 200)
        try await time("counts") { _ = try await store.counts(); return 1 }
        try await time("events, first page of 100") { try await store.events(EventFilter(limit: 100)).count }
        try await time("events, page 500 of 100") { try await store.events(EventFilter(limit: 100, offset: 50_000)).count }
        try await time("events of RUS, THREATEN, 100") {
            try await store.events(EventFilter(actor: "RUS", type: .threaten, limit: 100)).count
        }
        try await time("events of a month, 1000") {
            try await store.events(EventFilter(since: month, until: month.adding(days: 30), limit: 1000)).count
        }
        try await time("events of a rare actor") { try await store.events(EventFilter(actor: "PRK")).count }
        try await time("all ASSAULT events") { try await store.events(EventFilter(type: .assault)).count }
        try await time("red lines of RUS, 100") {
            try await store.redLineStatements(RedLineFilter(declarer: "RUS", limit: 100)).count
        }
        try await time("tracked lines of RUS, crossed") {
            try await store.trackedLines(LineFilter(declarer: "RUS", status: .crossed)).count
        }
        try await time("all tracked lines") { try await store.trackedLines().count }
        try await time("all events") { try await store.events(EventFilter()).count }
        return Result(documents: documents, events: summary.events, ingestSeconds: seconds(ingest),
                      encodeSeconds: seconds(encode), queries: queries)
    }

    /// `range.count` documents of about the size extraction gives a news article: one red line,
    /// `eventsPerDocument` events and one crossing claim each, spread over 400 days and 30 actors.
    public static func syntheticDocuments(_ range: Range<Int>, eventsPerDocument: Int = 10) -> [StoredDocument] {
        range.map { n in
            let day = Day(ordinal: 19_000 + n % 400)
            let source = actor(n), target = actor(n / 7 + 3)
            let events = (0..<eventsPerDocument).map { k in
                Event(type: EventType.allCases[(n + k) % EventType.allCases.count], mode: nil, context: ["military"],
                      actor: [source], recipient: [target, actor(n + k + 11)], date: k % 9 == 8 ? nil : day.adding(days: -k),
                      datePrecision: .day, dateText: "on Monday", sentence: k, span: ScalarSpan(k * 120, k * 120 + 110),
                      evidence: "Sentence \(k) of article \(n): officials said the ministry would respond to the latest moves.")
            }
            let line = RedLine(
                declarer: source, speaker: "A spokesperson", addressee: [target],
                trigger: Trigger(actor: [target], action: .aid, text: "deliveries of long-range weapons"),
                consequence: Consequence(kind: .military, severity: 4, text: "legitimate targets"), explicit: n % 2 == 0,
                stance: .deterrent, date: day, datePrecision: .day, sentence: 1, span: ScalarSpan(120, 230),
                evidence: "Any delivery of long-range weapons would make the convoys legitimate targets, she said.")
            let claim = CrossingClaim(crosser: [target], lineOf: source, line: "the deliveries", claimant: "An analyst",
                                      date: day, sentence: 2, span: ScalarSpan(240, 330),
                                      evidence: "That line was crossed long ago, an analyst said.")
            let extraction = Extraction(
                document: .init(id: "bench-\(n)", source: "bench/\(n).txt", title: "Article \(n)", url: nil,
                                published: day, language: "en", sentences: eventsPerDocument + 3),
                actors: [ActorSummary(code: source.code, sector: "GOV", kind: .state, name: nil, mentions: [ScalarSpan(0, 6)])],
                events: events, redLines: [line], crossingClaims: [claim])
            return StoredDocument(extraction: extraction, ingestedAt: "2024-05-01T00:00:00Z")
        }
    }

    private static let codes = ["RUS", "USA", "UKR", "CHN", "GBR", "FRA", "DEU", "IRN", "ISR", "TUR", "POL", "IND",
                                "PAK", "JPN", "KOR", "TWN", "SAU", "SYR", "IRQ", "BLR", "NATO", "EU", "UN", "GEO",
                                "ARM", "AZE", "SRB", "HUN", "FIN", "SWE"]

    private static func actor(_ n: Int) -> ActorRef {
        ActorRef(code: codes[n % codes.count], sector: "GOV", kind: .state)
    }

    private static func syntheticLine(_ n: Int) -> TrackedLine {
        TrackedLine(
            id: "line-\(n)", declarer: actor(n), trigger: Trigger(actor: [actor(n + 1)], action: .aid, text: "deliveries"),
            consequence: Consequence(kind: .military, severity: 4, text: nil), explicit: true,
            status: LineStatus.allCases[n % LineStatus.allCases.count], statusSource: .machine,
            firstDeclared: Day(ordinal: 19_000 + n % 400), statements: [], crossings: [], responses: [])
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
