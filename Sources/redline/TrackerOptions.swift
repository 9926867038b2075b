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

/// Reading records back and relinking live in the RedlineTracker library, shared with the server.
typealias TrackerRecords = RedlineTracker.TrackerRecords

extension LineStatus: ExpressibleByArgument {}
extension EventType: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}
