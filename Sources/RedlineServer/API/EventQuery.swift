import Hummingbird
import RedlineCore
import RedlineStore

/// The event filters the explorer page, `GET /api/events` and the downloads share, read from a
/// request's query once, with errors that name the parameter and list what is accepted.
///
/// `actor`, `recipient` (codes), `type` (PLOVER), `mode`, `source` (text in the source), `since`,
/// `until` (YYYY-MM-DD), `negated`, `hypothetical`, `future`, `factual` (true or false),
/// `order` (oldest or newest).
struct EventQuery: Sendable {
    var filter: EventFilter

    static let parameters = ["actor", "recipient", "type", "mode", "source", "since", "until", "negated", "hypothetical",
                             "future", "factual", "order"]

    init(_ request: Request, page: PageRequest, newestFirstByDefault: Bool = false) throws {
        var filter = EventFilter(actor: try QueryValue.code(request.query("actor"), "actor"),
                                 recipient: try QueryValue.code(request.query("recipient"), "recipient"),
                                 type: try QueryValue.eventType(request.query("type")),
                                 mode: try QueryValue.word(request.query("mode"), "mode"),
                                 source: try QueryValue.text(request.query("source"), "source"),
                                 since: try QueryValue.day(request.query("since"), "since"),
                                 until: try QueryValue.day(request.query("until"), "until"),
                                 negated: try QueryValue.flag(request.query("negated"), "negated"),
                                 hypothetical: try QueryValue.flag(request.query("hypothetical"), "hypothetical"),
                                 future: try QueryValue.flag(request.query("future"), "future"),
                                 limit: page.limit, offset: page.offset)
        // since after until is an empty range: nothing is found (not an error, so that a query
        // whose dates each make sense is always answered).
        switch request.query("factual") {
        case nil: break
        case "true": filter.factualOnly = true
        case let other?:
            throw ServerError(.badRequest, "factual must be true (for events not negated, hypothetical or future), not \"\(other.prefix(40))\"; "
                + "for the others ask for negated=true, hypothetical=true or future=true")
        }
        switch request.query("order") {
        case nil: filter.newestFirst = newestFirstByDefault
        case "newest": filter.newestFirst = true
        case "oldest": filter.newestFirst = false
        case let other?: throw ServerError(.badRequest, "order must be newest or oldest, not \"\(other.prefix(40))\"")
        }
        self.filter = filter
    }

    /// The parameters of this filter (without paging), in a fixed order, not yet encoded: for
    /// links, downloads and the hidden fields of the explorer's facet forms.
    var pairs: [(key: String, value: String)] {
        var parts: [(key: String, value: String)] = []
        let f = filter
        if let v = f.actor { parts.append(("actor", v)) }
        if let v = f.recipient { parts.append(("recipient", v)) }
        if let v = f.type { parts.append(("type", v.rawValue)) }
        if let v = f.mode { parts.append(("mode", v)) }
        if let v = f.source { parts.append(("source", v)) }
        if let v = f.since { parts.append(("since", v.description)) }
        if let v = f.until { parts.append(("until", v.description)) }
        if f.factualOnly { parts.append(("factual", "true")) }
        if let v = f.negated { parts.append(("negated", String(v))) }
        if let v = f.hypothetical { parts.append(("hypothetical", String(v))) }
        if let v = f.future { parts.append(("future", String(v))) }
        if f.newestFirst { parts.append(("order", "newest")) }
        return parts
    }

    /// The query string of this filter (without paging), for links and downloads.
    var queryString: String { pairs.map { "\($0.key)=\(u($0.value))" }.joined(separator: "&") }
}

extension QueryValue {
    static func flag(_ value: String?, _ name: String) throws -> Bool? {
        switch value {
        case nil: return nil
        case "true": return true
        case "false": return false
        case let other?: throw ServerError(.badRequest, "\(name) must be true or false, not \"\(other.prefix(40))\"")
        }
    }

    /// A lower-case vocabulary word such as a PLOVER mode ("aerial", "heavy-weapons").
    static func word(_ value: String?, _ name: String) throws -> String? {
        guard let value else { return nil }
        guard value.utf8.count <= 40,
              value.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "-" || $0 == "_" }) else {
            throw ServerError(.badRequest, "\(name) must be a word of letters, - and _, such as aerial, not \"\(value.prefix(40))\"")
        }
        return value.lowercased()
    }

    /// Free text of at most 200 characters.
    static func text(_ value: String?, _ name: String) throws -> String? {
        guard let value else { return nil }
        guard value.count <= 200 else { throw ServerError(.badRequest, "\(name) may have at most 200 characters") }
        return value
    }
}
