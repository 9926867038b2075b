/// CSV that pandas, R and spreadsheets read the same way: RFC 4180 quoting, CRLF-free `\n` rows,
/// one value per cell, and cells that would start a spreadsheet formula (`=`, `+`, `-`, `@`, tab,
/// carriage return) prefixed with `'` so that a spreadsheet shows them as text. Numbers are
/// written by the caller (see ``Rounding``) and left as they are.
///
/// ```swift
/// CSVTable(header: ["id", "evidence"], rows: [["a:0", "=HYPERLINK(...)"]]).text(bom: true)
/// ```
public struct CSVTable: Sendable {
    public var header: [String]
    public var rows: [[String]]
    /// Indexes of the numeric columns, whose leading minus sign is a number and not a formula.
    public var numericColumns: Set<Int>

    public init(header: [String], rows: [[String]], numericColumns: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.numericColumns = numericColumns
    }

    /// The UTF-8 byte order mark Excel needs to read a CSV file as UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    public func text(bom: Bool = false) -> String {
        var out = bom ? Self.byteOrderMark : ""
        out += header.map { Self.field($0, numeric: false) }.joined(separator: ",") + "\n"
        for row in rows {
            out += row.enumerated().map { Self.field($1, numeric: numericColumns.contains($0)) }.joined(separator: ",") + "\n"
        }
        return out
    }

    /// One cell, neutralised and quoted as needed.
    public static func field(_ value: String, numeric: Bool = false) -> String {
        var cell = value
        if let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first),
           !(numeric && Double(cell) != nil) {
            cell = "'" + cell
        }
        if cell.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return cell
    }
}
