/// Opens the store a location names; the one place that turns a `--db` value into a store.
///
/// ```swift
/// let store = try await StoreFactory.open(try StoreLocation(parsing: options.db))
/// ```
public enum StoreFactory {
    /// How to open either kind of store.
    public struct Configuration: Sendable {
        public var sqlite = SQLiteStore.Configuration()
        public var postgres = PostgresStore.Configuration()

        public init() {}
    }

    /// Opens and migrates the store.
    public static func open(_ location: StoreLocation, configuration: Configuration = Configuration()) async throws -> any TrackerStore {
        switch location {
        case .sqlite(let path):
            try SQLiteStore(path: path, configuration: configuration.sqlite)
        case .postgres(let url):
            try await PostgresStore.connect(url, configuration: configuration.postgres)
        }
    }

    /// Parses a `--db` value (nil for the default) and opens that store.
    public static func open(db value: String?, configuration: Configuration = Configuration()) async throws -> any TrackerStore {
        try await open(try StoreLocation(parsing: value), configuration: configuration)
    }
}
