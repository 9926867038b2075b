import GRDB
import RedlineCore

extension SQLiteStore {
    public func eventTallies(through: Day?) async throws -> [EventTally] {
        let sql = TallyQuery.sql(
            through: through.map { _ in "?" }, monday: { "date(\($0), '-6 days', 'weekday 1')" }, byteOrder: "")
        let arguments: StatementArguments = through.map { [$0.description] } ?? []
        let store = path
        return try await reading("event tallies") { db in
            var tallies: [EventTally] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let r = try rows.next() {
                guard let tally = TallyQuery.tally(actor: r[0], recipient: r[1], week: r[2], type: r[3], mode: r[4],
                                                   evidence: r[5], events: r[6]) else {
                    throw StoreError(.corruptRecord, "a stored event has an unknown type or date", store: store)
                }
                tallies.append(tally)
            }
            return tallies
        }
    }
}
