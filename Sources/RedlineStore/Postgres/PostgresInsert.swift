import PostgresNIO

/// A multi-row `INSERT ... VALUES (...), (...)` that flushes itself before the protocol's bind
/// limit, so a batch of thousands of rows costs a few round trips rather than one per row.
struct PostgresInsert {
    private let head: String
    private let suffix: String
    private let width: Int
    private let logger: Logger
    private var values = ""
    private var binds = PostgresBindings()
    private var rowCount = 0

    /// Binds allowed in one statement (the protocol's limit is 65,535).
    private static let maximumBinds = 30_000

    init(into table: String, columns: [String], suffix: String = "", logger: Logger) {
        head = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        self.suffix = suffix
        width = columns.count
        self.logger = logger
    }

    /// Adds one row; `bind` must append exactly one value per column. Rows returned by a flush
    /// this causes (the `RETURNING` clause of `suffix`) go to `onRow`.
    mutating func add(on connection: PostgresConnection, onRow: (PostgresRow) throws -> Void = { _ in },
                      _ bind: (inout PostgresBindings) throws -> Void) async throws {
        if binds.count + width > Self.maximumBinds {
            try await flush(on: connection, onRow: onRow)
        }
        let first = binds.count
        try bind(&binds)
        precondition(binds.count - first == width, "a row of \(head) bound \(binds.count - first) values for \(width) columns")
        if rowCount > 0 { values += ", " }
        values += "(" + (first + 1...first + width).map { "$\($0)" }.joined(separator: ", ") + ")"
        rowCount += 1
    }

    /// Sends the rows added since the last flush.
    mutating func flush(on connection: PostgresConnection, onRow: (PostgresRow) throws -> Void = { _ in }) async throws {
        guard rowCount > 0 else { return }
        let query = PostgresQuery(unsafeSQL: head + values + suffix, binds: binds)
        for try await row in try await connection.query(query, logger: logger) {
            try onRow(row)
        }
        values = ""
        binds = PostgresBindings()
        rowCount = 0
    }
}
