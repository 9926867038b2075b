/// The one place text becomes HTML. Everything that comes from documents or requests goes
/// through `escape` (element text and double-quoted attribute values alike), and links go through
/// `safeURL`, which lets only http and https through.
///
/// ```swift
/// "<p title=\"\(HTML.escape(title))\">\(HTML.escape(text))</p>"
/// HTML.safeURL("javascript:alert(1)")   // nil
/// ```
public enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as character references; safe in text and in quoted attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The URL, escaped for an attribute, when it is an absolute http or https URL; nil for
    /// anything else (`javascript:`, `data:`, relative paths, URLs hiding control characters).
    public static func safeURL(_ url: String?) -> String? {
        guard let url else { return nil }
        guard url.utf8.count <= 2_048,
              !url.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F || $0 == "\\" }) else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        let rest = lower.drop(while: { $0 != ":" }).dropFirst(3)
        guard let first = rest.first, first != "/" else { return nil }
        return escape(url)
    }

    /// A path segment with everything but unreserved characters percent-encoded, for links to
    /// the server's own pages.
    public static func pathSegment(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 15)])
            }
        }
        return out
    }
}

/// Short names for page code.
func e(_ text: String) -> String { HTML.escape(text) }
func u(_ text: String) -> String { HTML.pathSegment(text) }
