/// Why a store could not do what was asked, in one line for the person at the terminal.
///
/// Messages name the store (passwords left out) and what went wrong; they never quote article
/// text or statement arguments.
///
/// ```
/// postgres://redline@db:5432/redline: cannot connect: connection refused
/// ```
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is; new kinds can be added without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String {
            case badLocation = "bad-location"
            case cannotOpen = "cannot-open"
            case missing
            case migrationFailed = "migration-failed"
            case writeFailed = "write-failed"
            case readFailed = "read-failed"
            case corruptRecord = "corrupt-record"
            case invalidInput = "invalid-input"
            case closed
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// A `--db` value that names no store redline can open.
        public static let badLocation = Code(.badLocation)
        /// The file or server could not be opened or reached.
        public static let cannotOpen = Code(.cannotOpen)
        /// The store does not exist, and the command only reads.
        public static let missing = Code(.missing)
        /// The schema could not be brought up to date (or is newer than this redline).
        public static let migrationFailed = Code(.migrationFailed)
        /// A write failed; its transaction was rolled back.
        public static let writeFailed = Code(.writeFailed)
        public static let readFailed = Code(.readFailed)
        /// A stored record could not be decoded.
        public static let corruptRecord = Code(.corruptRecord)
        /// The values passed in break a rule of the store (a review without reviewer, duplicate ids).
        public static let invalidInput = Code(.invalidInput)
        /// The store was used after `close()`.
        public static let closed = Code(.closed)

        public var description: String { base.rawValue }
    }

    public var code: Code
    /// What went wrong, without the store's name.
    public var message: String
    /// The store it concerns (a path, or a URL without its password), when known.
    public var store: String?
    /// The error underneath, for logs; its text is already summarised in `message`.
    public var cause: (any Error)?

    public init(_ code: Code, _ message: String, store: String? = nil, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.store = store
        self.cause = cause
    }

    public var description: String {
        guard let store else { return message }
        return "\(store): \(message)"
    }
}
