import PostgresNIO

extension RecordTable {
    /// A multi-row insert into this table; `suffix` follows the VALUES (`ON CONFLICT ...`).
    func insert(suffix: String = "", logger: Logger) -> PostgresInsert {
        PostgresInsert(into: name, columns: columns.map(\.name), suffix: suffix, logger: logger)
    }

    /// Appends the record's values, one per column in the table's order.
    func bind(_ record: Record, into binds: inout PostgresBindings) {
        for column in columns { column.bind(record, into: &binds) }
    }

    /// The record in the cells of `row` from `start` on, in the table's order.
    func read(_ row: PostgresRandomAccessRow, from start: Int = 0, into record: inout Record) throws {
        for (offset, column) in columns.enumerated() {
            try column.read(row[start + offset], into: &record)
        }
    }
}

extension RecordColumn {
    func bind(_ record: Record, into binds: inout PostgresBindings) {
        switch field {
        case .text(let path): binds.append(record[keyPath: path])
        case .optionalText(let path): binds.append(record[keyPath: path])
        case .integer(let path): binds.append(record[keyPath: path])
        case .optionalInteger(let path): binds.append(record[keyPath: path])
        case .boolean(let path): binds.append(record[keyPath: path])
        }
    }

    func read(_ cell: PostgresCell, into record: inout Record) throws {
        switch field {
        case .text(let path): record[keyPath: path] = try cell.decode(String.self)
        case .optionalText(let path): record[keyPath: path] = try cell.decode(String?.self)
        case .integer(let path): record[keyPath: path] = try cell.decode(Int.self)
        case .optionalInteger(let path): record[keyPath: path] = try cell.decode(Int?.self)
        case .boolean(let path): record[keyPath: path] = try cell.decode(Bool.self)
        }
    }
}

extension PostgresInsert {
    /// Adds one record of `table`.
    mutating func add<Record>(_ record: Record, of table: RecordTable<Record>, on connection: PostgresConnection,
                              onRow: (PostgresRow) throws -> Void = { _ in }) async throws {
        try await add(on: connection, onRow: onRow) { table.bind(record, into: &$0) }
    }
}
