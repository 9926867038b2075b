import GRDB

extension RecordTable {
    /// `INSERT INTO table (columns) VALUES (?, ...)`, prepared once per connection; `verb` may be
    /// `INSERT OR IGNORE`.
    func insertStatement(_ db: Database, verb: String = "INSERT") throws -> Statement {
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return try db.cachedStatement(sql: "\(verb) INTO \(name) (\(columnList())) VALUES (\(placeholders))")
    }

    /// Runs an insert statement of this table for `record`.
    func insert(_ record: Record, with statement: Statement) throws {
        statement.setUncheckedArguments(StatementArguments(columns.map { $0.databaseValue(of: record) }))
        try statement.execute()
    }

    /// The record in the columns of `row` from `start` on, in the table's order.
    func read(_ row: GRDB.Row, from start: Int = 0, into record: inout Record) {
        for (offset, column) in columns.enumerated() {
            column.read(row, at: start + offset, into: &record)
        }
    }
}

extension RecordColumn {
    func databaseValue(of record: Record) -> DatabaseValue {
        switch field {
        case .text(let path): record[keyPath: path].databaseValue
        case .optionalText(let path): record[keyPath: path].databaseValue
        case .integer(let path): record[keyPath: path].databaseValue
        case .optionalInteger(let path): record[keyPath: path].databaseValue
        case .boolean(let path): record[keyPath: path].databaseValue
        }
    }

    func read(_ row: GRDB.Row, at index: Int, into record: inout Record) {
        switch field {
        case .text(let path): record[keyPath: path] = row[index]
        case .optionalText(let path): record[keyPath: path] = row[index]
        case .integer(let path): record[keyPath: path] = row[index]
        case .optionalInteger(let path): record[keyPath: path] = row[index]
        case .boolean(let path): record[keyPath: path] = row[index]
        }
    }
}
