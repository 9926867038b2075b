/// Which alerts a sink passes on: each field left empty (or nil) passes everything; a field given
/// passes an alert that matches one of its values. An alert passes a rule when it passes every
/// field; a list of rules passes an alert that passes any of them (`AlertRule.passes`).
///
/// The rules file of `redline watch --rules` is one rule or an array of them, in JSON:
///
/// ```json
/// [{"declarer": ["USA", "GBR"], "alert": ["crossing", "status", "window"]},
///  {"addressee": ["RUS"], "minSeverity": 4}]
/// ```
public struct AlertRule: Sendable, Hashable, Codable {
    /// Kinds of alert (`line`, `statement`, `crossing`, `response`, `status`, `window`).
    public var alert: [LineAlert.Kind]?
    /// Declarer codes.
    public var declarer: [String]?
    /// Addressee codes: the alert passes when one of its addressees is listed.
    public var addressee: [String]?
    /// The line's status after the change.
    public var status: [LineStatus]?
    /// The least consequence severity (1 to 5); an alert whose line names no severity does not pass.
    public var minSeverity: Int?

    public init(alert: [LineAlert.Kind]? = nil, declarer: [String]? = nil, addressee: [String]? = nil,
                status: [LineStatus]? = nil, minSeverity: Int? = nil) {
        self.alert = alert
        self.declarer = declarer
        self.addressee = addressee
        self.status = status
        self.minSeverity = minSeverity
    }

    /// Whether the rule limits anything.
    public var isEmpty: Bool {
        (alert ?? []).isEmpty && (declarer ?? []).isEmpty && (addressee ?? []).isEmpty && (status ?? []).isEmpty && minSeverity == nil
    }

    public func matches(_ a: LineAlert) -> Bool {
        if let alert, !alert.isEmpty, !alert.contains(a.alert) { return false }
        if let declarer, !declarer.isEmpty, !declarer.contains(where: { $0.uppercased() == a.declarer.uppercased() }) { return false }
        if let addressee, !addressee.isEmpty,
           !a.addressee.contains(where: { code in addressee.contains { $0.uppercased() == code.uppercased() } }) { return false }
        if let status, !status.isEmpty, !status.contains(a.status) { return false }
        if let minSeverity, (a.severity ?? Int.min) < minSeverity { return false }
        return true
    }

    /// Whether any of `rules` passes `alert`; no rules pass everything.
    public static func passes(_ alert: LineAlert, _ rules: [AlertRule]) -> Bool {
        rules.isEmpty || rules.contains { $0.matches(alert) }
    }
}
