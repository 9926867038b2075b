/// One column of a stored table and the field of a row type that holds it: the single place where
/// a column's name, kind of value and Swift field meet, so that ingest (binding values) and queries
/// (reading them back) agree on every backend.
///
/// ```swift
/// RecordColumn("trigger_text", \RedLineRow.triggerText)
/// ```
struct RecordColumn<Record>: Sendable {
    /// The row's field, by the kind of value both backends bind and read for it.
    enum Field: Sendable {
        case text(any WritableKeyPath<Record, String> & Sendable)
        case optionalText(any WritableKeyPath<Record, String?> & Sendable)
        case integer(any WritableKeyPath<Record, Int> & Sendable)
        case optionalInteger(any WritableKeyPath<Record, Int?> & Sendable)
        case boolean(any WritableKeyPath<Record, Bool> & Sendable)
    }

    let name: String
    let field: Field

    init(_ name: String, _ path: any WritableKeyPath<Record, String> & Sendable) {
        self.name = name
        field = .text(path)
    }

    init(_ name: String, _ path: any WritableKeyPath<Record, String?> & Sendable) {
        self.name = name
        field = .optionalText(path)
    }

    init(_ name: String, _ path: any WritableKeyPath<Record, Int> & Sendable) {
        self.name = name
        field = .integer(path)
    }

    init(_ name: String, _ path: any WritableKeyPath<Record, Int?> & Sendable) {
        self.name = name
        field = .optionalInteger(path)
    }

    init(_ name: String, _ path: any WritableKeyPath<Record, Bool> & Sendable) {
        self.name = name
        field = .boolean(path)
    }
}

/// A stored table as a row type sees it: its name and its columns in order.
struct RecordTable<Record>: Sendable {
    let name: String
    let columns: [RecordColumn<Record>]

    /// The column names joined for an INSERT or a SELECT, each after `prefix` ("e." for `events e`).
    func columnList(prefix: String = "") -> String {
        columns.map { prefix + $0.name }.joined(separator: ", ")
    }
}
