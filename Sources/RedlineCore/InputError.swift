/// A problem with one input: what it was, where in it, and what is wrong, printed as one line.
///
/// ```text
/// redline: feeds/world.rss: not a feed: the XML ends inside <item> (line 212)
/// ```
/// The cases live in a private enum behind `code` so that new ones can be added without breaking
/// anyone who switches on them.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate enum Value: String, Hashable, Sendable {
            case unreadable, binary, undecodable, empty, tooLarge, malformed, tooDeep, unsupported
        }
        fileprivate let value: Value
        public static let unreadable = Code(value: .unreadable)
        public static let binary = Code(value: .binary)
        public static let undecodable = Code(value: .undecodable)
        public static let empty = Code(value: .empty)
        public static let tooLarge = Code(value: .tooLarge)
        public static let malformed = Code(value: .malformed)
        public static let tooDeep = Code(value: .tooDeep)
        public static let unsupported = Code(value: .unsupported)
        public var description: String { value.rawValue }
    }

    public var code: Code
    /// The input's path or name as the user gave it (`-` for standard input).
    public var input: String
    /// The 1-based line within the input (JSON Lines, feeds), when it concerns one.
    public var line: Int?
    public var message: String

    public init(_ code: Code, input: String, line: Int? = nil, message: String) {
        self.code = code
        self.input = input
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(input):\(line): \(message)" }
        return "\(input): \(message)"
    }
}
