import PostgresNIO
import RedlineCore

extension PostgresStore {
    public func eventTallies(through: Day?) async throws -> [EventTally] {
        let sql = TallyQuery.sql(
            through: through.map { _ in "$1" },
            monday: { "to_char(\($0)::date - (extract(isodow FROM \($0)::date)::int - 1), 'YYYY-MM-DD')" },
            byteOrder: " COLLATE \"C\"")
        var binds = PostgresBindings()
        if let through { binds.append(through.description) }
        let query = PostgresQuery(unsafeSQL: sql, binds: binds)
        let store = url.description
        return try await reading("event tallies") { connection in
            var tallies: [EventTally] = []
            let rows = try await connection.query(query, logger: logger)
            for try await (actor, recipient, week, type, mode, evidence, events)
                in rows.decode((String, String, String, String, String?, String?, Int).self) {
                guard let tally = TallyQuery.tally(actor: actor, recipient: recipient, week: week, type: type, mode: mode,
                                                   evidence: evidence, events: events) else {
                    throw StoreError(.corruptRecord, "a stored event has an unknown type or date", store: store)
                }
                tallies.append(tally)
            }
            return tallies
        }
    }
}
