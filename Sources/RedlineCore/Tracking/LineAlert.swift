/// One thing that changed about a tracked line, as the watch prints it (one JSON line), posts it
/// to a webhook, keeps it in the store and serves it in `/alerts.atom` and the dashboard's live
/// stream: a new line, a new statement of a known line (a restatement), a crossing, a response, a
/// status change, or a response window about to close.
///
/// ```json
/// {"alert":"crossing","line":"L-3f2a...","declarer":"USA","addressee":["SYR"],"status":"crossed",
///  "severity":4,"trigger":"...","evidence":"Syrian forces used sarin near Damascus.",
///  "source":"https://example.org/a1","document":"9c1e...","link":"9c1e...:120-188","date":"2013-08-21"}
/// ```
public struct LineAlert: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A line seen for the first time.
        case line
        /// A known line stated again (a restatement).
        case statement
        case crossing
        case response
        /// The line's status changed (`previousStatus` says from what).
        case status
        /// A crossed line's response window closes within the days asked for (`windowCloses` says when).
        case window
    }

    public var alert: Kind
    /// The tracked line's id, as `redline lines` shows it.
    public var line: String
    /// The declarer's code, or its name where it has no code.
    public var declarer: String
    /// Who the line is drawn against: the codes of the trigger's actors (as the dashboard's
    /// addressee filter reads them).
    public var addressee: [String]
    public var status: LineStatus
    /// For a status change: the status before.
    public var previousStatus: LineStatus?
    /// The threatened consequence's severity (1 to 5), where the line says.
    public var severity: Int?
    /// The trigger as the line's text words it.
    public var trigger: String
    /// The sentence that shows the change.
    public var evidence: String
    /// Where the sentence was read: the article's URL, or the input and item.
    public var source: String
    /// The stored document's id (its content hash).
    public var document: String
    /// The id of the statement, crossing or response the alert is about (what a review names).
    public var link: String?
    public var date: Day?
    /// For a `window` alert: the last day of the response window.
    public var windowCloses: Day?

    public init(alert: Kind, line: TrackedLine, previousStatus: LineStatus? = nil, evidence: String, source: String,
                document: String, link: String? = nil, date: Day?, windowCloses: Day? = nil) {
        self.alert = alert
        self.line = line.id
        self.declarer = line.declarer.code ?? line.declarer.name ?? line.declarer.text ?? "unknown"
        var addressee: [String] = []
        for actor in line.trigger.actor {
            if let name = actor.code ?? actor.name, !addressee.contains(name) { addressee.append(name) }
        }
        self.addressee = addressee
        self.status = line.status
        self.previousStatus = previousStatus
        self.severity = line.consequence.severity
        self.trigger = line.trigger.text
        self.evidence = evidence
        self.source = source
        self.document = document
        self.link = link
        self.date = date
        self.windowCloses = windowCloses
    }

    /// What makes the alert one of a kind in a store: the same change found twice (by a second
    /// relink, or a second worker) has the same key and is kept once.
    public var key: String {
        switch alert {
        case .line: "line:\(line)"
        case .statement, .crossing, .response: "\(alert.rawValue):\(line):\(link ?? document)"
        case .status: "status:\(line):\(previousStatus?.rawValue ?? "")>\(status.rawValue)"
        case .window: "window:\(line):\(windowCloses?.description ?? "")"
        }
    }
}
