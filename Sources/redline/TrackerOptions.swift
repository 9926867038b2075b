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

    @Option(help: ArgumentHelp("Days the declarer has to respond after a crossing.", valueName: "days"))
    var responseWindow: Int = 90

    var configuration: TrackerConfiguration {
        TrackerConfiguration(today: today ?? Day.current(), responseWindowDays: responseWindow)
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
