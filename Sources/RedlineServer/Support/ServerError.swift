import Hummingbird

/// A request the server refuses, with the HTTP status and a message for the person who sent it.
/// It answers as `{"error": "..."}`; nothing about the server's insides goes into the message.
///
/// ```swift
/// throw ServerError(.badRequest, "limit must be a whole number from 1 to 500")
/// ```
public struct ServerError: Error, Sendable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { "\(status.code) \(message)" }

    static func notFound(_ what: String) -> ServerError { ServerError(.notFound, what) }

    static func tooLarge(limit: Int) -> ServerError {
        ServerError(.contentTooLarge, "the request body is larger than the limit of \(ByteSize(limit)) for this route")
    }
}

/// A byte count as people read it ("8 MB", "64 KB").
struct ByteSize: CustomStringConvertible {
    var bytes: Int
    init(_ bytes: Int) { self.bytes = bytes }
    var description: String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }
}
