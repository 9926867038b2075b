import RedlineCore

/// One thing that changed about a tracked line in a poll, printed as one JSON line: a new line,
/// a new statement of a known line (a restatement), a crossing, a response, or a status change.
///
/// ```json
/// {"alert":"crossing","line":"L-3f2a...","declarer":"USA","status":"crossed","trigger":"...",
///  "evidence":"Syrian forces used sarin near Damascus.","source":"https://example.org/a1","date":"2013-08-21"}
/// ```
public struct LineAlert: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case line, statement, crossing, response, status
    }

    public var alert: Kind
    /// The tracked line's id, as `redline lines` shows it.
    public var line: String
    /// The declarer's code, or its name where it has no code.
    public var declarer: String
    public var status: LineStatus
    /// For a status change: the status before.
    public var previousStatus: LineStatus?
    /// The trigger as the line's text words it.
    public var trigger: String
    /// The sentence that shows the change.
    public var evidence: String
    /// Where the sentence was read: the article's URL, or the input and item.
    public var source: String
    /// The stored document's id (its content hash).
    public var document: String
    public var date: Day?

    public init(alert: Kind, line: TrackedLine, previousStatus: LineStatus? = nil, evidence: String, source: String,
                document: String, date: Day?) {
        self.alert = alert
        self.line = line.id
        self.declarer = line.declarer.code ?? line.declarer.name ?? line.declarer.text ?? "unknown"
        self.status = line.status
        self.previousStatus = previousStatus
        self.trigger = line.trigger.text
        self.evidence = evidence
        self.source = source
        self.document = document
        self.date = date
    }
}
