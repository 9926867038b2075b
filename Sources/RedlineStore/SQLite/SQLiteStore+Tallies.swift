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

extension SQLiteStore {
    public func replaceEventTallies(_ daily: [EventTally], documentCount: Int) async throws {
        let rows = daily.map(EventTallyRow.init)
        try await writing("replace the event tallies") { db in
            try db.execute(sql: "DELETE FROM event_tallies; DELETE FROM event_tallies_source")
            let insert = try EventTallyRow.table.insertStatement(db)
            for row in rows { try EventTallyRow.table.insert(row, with: insert) }
            try db.execute(sql: "INSERT INTO event_tallies_source (documents) VALUES (?)", arguments: [documentCount])
        }
    }

    public func storedEventTallies() async throws -> [EventTally]? {
        let store = path
        return try await reading("stored event tallies") { db in
            let counted = try Int.fetchOne(db, sql: "SELECT documents FROM event_tallies_source")
            guard let counted, try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") == counted else { return nil }
            var tallies: [EventTally] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT \(EventTallyRow.table.columnList()) FROM event_tallies")
            while let r = try rows.next() {
                tallies.append(try EventTallyRow.tally(actor: r[0], recipient: r[1], day: r[2], type: r[3], mode: r[4],
                                                       evidence: r[5], events: r[6], store: store))
            }
            return tallies
        }
    }
}
