import Foundation
import RedlineCore
import RedlineStore

/// The alerts as an Atom feed (RFC 4287) that any feed reader can subscribe to: one entry per
/// alert, newest first, titled by what happened, with the evidence sentence as its summary, the
/// line's dashboard page as its link and the article as a related link.
enum AlertAtom {
    /// `base` is the server's own address as the client reached it (`http://host:port`).
    static func document(_ alerts: [StoredAlert], base: String, selfHref: String, names: (String) -> String) -> String {
        let updated = alerts.map(\.at).max() ?? "1970-01-01T00:00:00Z"
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <id>urn:redline:alerts</id>
            <title>redline alerts</title>
            <subtitle>Red lines drawn, restated, crossed and answered, as the tracker finds them</subtitle>
            <updated>\(x(updated))</updated>
            <author><name>redline</name></author>
            <generator>redline</generator>
            <link rel="self" type="application/atom+xml" href="\(x(selfHref))"/>
            <link rel="alternate" type="text/html" href="\(x(base))/"/>

            """
        for stored in alerts.reversed() {
            out += entry(stored, base: base, names: names)
        }
        out += "</feed>\n"
        return out
    }

    static func entry(_ stored: StoredAlert, base: String, names: (String) -> String) -> String {
        let a = stored.alert
        let page = "\(base)/lines/\(a.line.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? a.line)"
        var html = "<p>\(x(a.evidence))</p><p>\(x(headline(a, names: names)))</p><p>Status: \(x(a.status.rawValue))"
        if let previous = a.previousStatus { html += " (was \(x(previous.rawValue)))" }
        if let closes = a.windowCloses { html += "; the response window closes on \(x(closes.description))" }
        html += "</p><p>Source: "
        html += isWeb(a.source) ? "<a href=\"\(x(a.source))\">\(x(a.source))</a>" : x(a.source)
        html += "</p>"
        var entry = """
            <entry>
            <id>urn:redline:alert:\(ContentHash.hex(of: a.key))</id>
            <title>\(x(title(a, names: names)))</title>
            <updated>\(x(stored.at))</updated>
            <published>\(x(stored.at))</published>
            <link rel="alternate" type="text/html" href="\(x(page))"/>

            """
        if isWeb(a.source) { entry += "<link rel=\"related\" type=\"text/html\" href=\"\(x(a.source))\"/>\n" }
        entry += "<category term=\"\(a.alert.rawValue)\" label=\"\(x(label(a.alert)))\"/>\n"
        entry += "<category term=\"status:\(a.status.rawValue)\"/>\n"
        entry += "<category term=\"declarer:\(x(a.declarer))\"/>\n"
        entry += "<summary type=\"text\">\(x(a.evidence))</summary>\n"
        entry += "<content type=\"html\">\(x(html))</content>\n"
        entry += "</entry>\n"
        return entry
    }

    /// "Crossed: United States line on use of chemical weapons".
    static func title(_ a: LineAlert, names: (String) -> String) -> String {
        var words = "\(label(a.alert)): \(headline(a, names: names))"
        if a.alert == .status, let previous = a.previousStatus { words += " (\(previous.rawValue) → \(a.status.rawValue))" }
        if a.alert == .window, let closes = a.windowCloses { words += " (closes \(closes.description))" }
        return words
    }

    static func headline(_ a: LineAlert, names: (String) -> String) -> String {
        let trigger = a.trigger.count > 120 ? String(a.trigger.prefix(119)) + "…" : a.trigger
        return "\(names(a.declarer)) line on \(trigger)"
    }

    static func label(_ kind: LineAlert.Kind) -> String {
        switch kind {
        case .line: "New red line"
        case .statement: "Restated"
        case .crossing: "Crossed"
        case .response: "Response"
        case .status: "Status changed"
        case .window: "Response window closing"
        }
    }

    private static func isWeb(_ source: String) -> Bool {
        let lowered = source.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// Text escaped for XML character data and attribute values (as HTML escapes it); characters
    /// XML 1.0 forbids are dropped first.
    static func x(_ text: String) -> String {
        var allowed = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" || v == 0xFFFE || v == 0xFFFF { continue }
            allowed.append(scalar)
        }
        return HTML.escape(String(allowed))
    }
}
