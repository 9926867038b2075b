import ArgumentParser
import Foundation
import RedlineAnalysis
import RedlineCore
import RedlineStore

/// Options shared by the commands that use the tracker's store.
struct TrackerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The store: \(StoreLocation.acceptedForms).", valueName: "db"))
    var db: String?

    @Option(help: ArgumentHelp("The tracker's day (YYYY-MM-DD): response windows are judged against it. Default: today.", valueName: "date"))
    var today: Day?

    @Option(help: ArgumentHelp("Days the declarer has to respond after a crossing.", valueName: "days"))
    var responseWindow: Int = 90

    var configuration: TrackerConfiguration {
        TrackerConfiguration(today: today ?? Day.current(), responseWindowDays: responseWindow)
    }

    func open() async throws -> any TrackerStore {
        try await StoreFactory.open(db: db)
    }
}

extension Day {
    /// Today in UTC: the one place redline reads the clock, at the edge of the program.
    static func current() -> Day {
        Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}

/// Reads every stored record back as the linker's input.
enum TrackerRecords {
    static func load(_ store: any TrackerStore) async throws -> [DocumentRecords] {
        var byDocument = [String: DocumentRecords]()
        func record(_ id: String, _ source: String, _ published: Day?) -> DocumentRecords {
            byDocument[id] ?? DocumentRecords(id: id, source: source, published: published)
        }
        for s in try await store.redLineStatements() {
            var r = record(s.documentID, s.source, s.published)
            r.redLines.append(s.redLine)
            byDocument[s.documentID] = r
        }
        for e in try await store.events(EventFilter()) {
            var r = record(e.documentID, e.source, e.published)
            r.events.append(e.event)
            byDocument[e.documentID] = r
        }
        for c in try await store.crossingClaims() {
            var r = record(c.documentID, c.source, c.published)
            r.claims.append(c.claim)
            byDocument[c.documentID] = r
        }
        return byDocument.keys.sorted().map { byDocument[$0]! }
    }

    /// Links everything stored and replaces the tracked lines; returns them.
    @discardableResult
    static func relink(_ store: any TrackerStore, configuration: TrackerConfiguration) async throws -> [TrackedLine] {
        let records = try await load(store)
        let lines = Linker().link(documents: records, reviews: try await store.reviews(), configuration: configuration)
        try await store.replaceTrackedLines(lines)
        return lines
    }
}

extension LineStatus: ExpressibleByArgument {}
extension EventType: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}
