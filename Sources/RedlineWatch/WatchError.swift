/// A problem watching feeds: a bad feeds file or state file, or one feed that could not be
/// fetched or read. Printed as one line naming what it concerns.
///
/// ```text
/// redline: feeds.txt:3: bad interval "soon": give whole seconds, at least 1
/// redline: feed "Wire" (http://127.0.0.1:8080/wire.xml): HTTP 500 Internal Server Error
/// redline: webhook http://127.0.0.1:9000/hook: the crossing alert was not delivered after 5 attempts (HTTP 503 Service Unavailable); it is on standard output
/// ```
public struct WatchError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate enum Value: String, Hashable, Sendable {
            case badFeedList, badState, badRules, http, timeout, tooLarge, redirects, unreachable, unreadable, webhook, article
        }
        fileprivate let value: Value
        /// The feeds file cannot be read or a line of it is wrong.
        public static let badFeedList = Code(value: .badFeedList)
        /// The state file cannot be read or written.
        public static let badState = Code(value: .badState)
        /// The server answered with a status other than 200 or 304.
        public static let http = Code(value: .http)
        public static let timeout = Code(value: .timeout)
        /// The body is over the size cap.
        public static let tooLarge = Code(value: .tooLarge)
        /// Too many redirects, or a redirect loop.
        public static let redirects = Code(value: .redirects)
        /// No connection could be made.
        public static let unreachable = Code(value: .unreachable)
        /// The body is not a feed redline can read.
        public static let unreadable = Code(value: .unreadable)
        /// An alert the webhook did not accept, after the retries.
        public static let webhook = Code(value: .webhook)
        /// The rules file cannot be read or says something that is not a rule.
        public static let badRules = Code(value: .badRules)
        /// An article page a feed item links to could not be fetched or read; the item's summary is used.
        public static let article = Code(value: .article)
        public var description: String { value.rawValue }
    }

    public var code: Code
    /// What the error concerns: `feeds.txt:3`, or `feed "Wire" (URL)`.
    public var subject: String
    public var message: String

    public init(_ code: Code, subject: String, message: String) {
        self.code = code
        self.subject = subject
        self.message = message
    }

    public var description: String { "\(subject): \(message)" }
}
