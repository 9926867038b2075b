/// Which store a `--db` value names: a SQLite file (any value that is not a URL) or a
/// PostgreSQL server (`postgres://` or `postgresql://`).
///
/// ```swift
/// try StoreLocation(parsing: nil)                                  // .sqlite("redline.sqlite")
/// try StoreLocation(parsing: "data/tracker.sqlite")                // .sqlite("data/tracker.sqlite")
/// try StoreLocation(parsing: "postgres://redline@localhost/redline") // .postgres(...)
/// ```
public enum StoreLocation: Hashable, Sendable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresURL)

    /// The file used when no `--db` is given.
    public static let defaultPath = "redline.sqlite"

    /// The forms a `--db` value may take, for error messages and help text.
    public static let acceptedForms =
        "a file path (default \(defaultPath)) or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"
        + " (also postgresql://, with optional ?sslmode=disable|prefer|require|verify-full)"

    /// Parses a `--db` value; nil or absent means the default SQLite file.
    public init(parsing value: String?) throws(StoreError) {
        guard let value else {
            self = .sqlite(path: StoreLocation.defaultPath)
            return
        }
        if value.isEmpty {
            throw StoreError(.badLocation, "bad --db value: it is empty; accepted forms: \(StoreLocation.acceptedForms)")
        }
        guard let schemeEnd = value.range(of: "://") else {
            self = .sqlite(path: value)
            return
        }
        let scheme = value[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "postgres" || scheme == "postgresql" else {
            throw StoreError(.badLocation, "bad --db value: unsupported scheme \"\(scheme)\"; accepted forms: \(StoreLocation.acceptedForms)")
        }
        self = .postgres(try PostgresURL(parsing: value))
    }

    /// The location as it may be shown: a path, or a URL without its password.
    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let url): url.description
        }
    }
}
