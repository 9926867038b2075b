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

extension PostgresStore {
    public func replaceEventTallies(_ daily: [EventTally], documentCount: Int) async throws {
        let rows = daily.map(EventTallyRow.init)
        let logger = self.logger
        try await transaction("replace the event tallies") { connection in
            try await connection.query("DELETE FROM event_tallies", logger: logger)
            try await connection.query("DELETE FROM event_tallies_source", logger: logger)
            var insert = EventTallyRow.table.insert(logger: logger)
            for row in rows { try await insert.add(row, of: EventTallyRow.table, on: connection) }
            try await insert.flush(on: connection)
            try await connection.query("INSERT INTO event_tallies_source (documents) VALUES (\(documentCount))", logger: logger)
        }
    }

    public func storedEventTallies() async throws -> [EventTally]? {
        let store = url.description
        return try await reading("stored event tallies") { connection in
            // One statement, so the count and the tallies are read from one snapshot.
            let query = PostgresQuery(unsafeSQL: """
                SELECT \(EventTallyRow.table.columnList(prefix: "t.")) FROM event_tallies t
                WHERE (SELECT documents FROM event_tallies_source LIMIT 1) = (SELECT count(*) FROM documents)
                UNION ALL
                SELECT '', '', '', '', NULL, NULL, -1
                WHERE (SELECT documents FROM event_tallies_source LIMIT 1) = (SELECT count(*) FROM documents)
                """)
            var tallies: [EventTally] = []
            var current = false
            let rows = try await connection.query(query, logger: logger)
            for try await (actor, recipient, day, type, mode, evidence, events)
                in rows.decode((String, String, String, String, String?, String?, Int).self) {
                if events < 0 {
                    current = true
                    continue
                }
                tallies.append(try EventTallyRow.tally(actor: actor, recipient: recipient, day: day, type: type, mode: mode,
                                                       evidence: evidence, events: events, store: store))
            }
            return current ? tallies : nil
        }
    }
}
