import ArgumentParser
import Foundation
import RedlineAnalysis
import RedlineCore
import RedlineStore
import RedlineTracker

/// Options shared by the commands that use the tracker's store.
struct TrackerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The store: \(StoreLocation.acceptedForms).", valueName: "db"))
    var db: String?

    @Option(help: ArgumentHelp("The tracker's day (YYYY-MM-DD): response windows are judged against it. Default: today.", valueName: "date"))
    var today: Day?

    @Option(help: ArgumentHelp(
        "Read the tracker as it stood on this day (YYYY-MM-DD): statuses, windows and credibility are recomputed from what is stored, using only what was published by then; nothing is written.",
        valueName: "date"))
    var asOf: Day?

    @Option(help: ArgumentHelp("Days the declarer has to respond after a crossing.", valueName: "days"))
    var responseWindow: Int = 90

    @Option(help: ArgumentHelp("Credibility weighs a case by 0.5^(age / half-life), its age in days back from the tracker's day.",
                               valueName: "days"))
    var halfLife: Int = 730

    func validate() throws {
        guard responseWindow >= 0 else { throw ValidationError("--response-window must be 0 or more days") }
        guard halfLife >= 1 else { throw ValidationError("--half-life must be at least 1 day") }
    }

    var configuration: TrackerConfiguration {
        TrackerConfiguration(today: asOf ?? today ?? Day.current(), responseWindowDays: responseWindow,
                             credibilityHalfLifeDays: halfLife)
    }

    /// The tracked lines a read command shows: as stored by the last write, or, with `--as-of`,
    /// linked afresh in memory for that day from the stored records (the store is not written).
    func trackedLines(_ store: any TrackerStore, _ filter: LineFilter = LineFilter()) async throws -> [TrackedLine] {
        guard asOf != nil else {
            // A window that closed since the last relink closes now.
            let day = configuration.today, window = responseWindow
            var stored = filter
            (stored.status, stored.limit, stored.offset) = (nil, nil, 0)
            let lines = try await store.trackedLines(stored).map { line in
                var line = line
                line.status = line.status(on: day, responseWindowDays: window)
                return line
            }.filter { filter.status == nil || $0.status == filter.status }
            return Array(lines.dropFirst(filter.offset).prefix(filter.limit ?? Int.max))
        }
        let records = try await TrackerRecords.load(store)
        var lines = Linker().link(documents: records, reviews: try await store.reviews(), configuration: configuration)
        lines.removeAll { line in
            filter.declarer.map { line.declarer.code != $0 } ?? false
                || filter.status.map { line.status != $0 } ?? false
                || filter.since.map { since in line.firstDeclared.map { $0 < since } ?? true } ?? false
        }
        // In the store's order: the linker lists lines by first declaration, undated last.
        return Array(lines.dropFirst(filter.offset).prefix(filter.limit ?? Int.max))
    }

    /// Opens the store; `creating: false` (commands that only read) refuses a SQLite path where
    /// there is no file instead of creating an empty store there. Waits for another process's
    /// write are told on standard error.
    func open(creating: Bool = true) async throws -> any TrackerStore {
        var configuration = StoreFactory.Configuration()
        configuration.sqlite.createIfMissing = creating
        configuration.sqlite.onWait = { line in FileHandle.standardError.write(Data("redline: \(line)\n".utf8)) }
        return try await StoreFactory.open(db: db, configuration: configuration)
    }
}

extension Day {
    /// Today in UTC: the one place redline reads the clock, at the edge of the program.
    static func current() -> Day {
        Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}

/// Reading records back and relinking live in the RedlineTracker library, shared with the server.
typealias TrackerRecords = RedlineTracker.TrackerRecords

extension LineStatus: ExpressibleByArgument {}
extension EventType: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}
