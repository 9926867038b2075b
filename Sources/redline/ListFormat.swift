import ArgumentParser
import Foundation

/// How the listing commands print records.
enum ListFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, csv
}

/// Prints rows as an aligned table or as CSV (RFC 4180 quoting).
enum Tabulator {
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = min(60, max(widths[i], cell.count)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                let clipped = c.count > widths[i] ? String(c.prefix(widths[i] - 1)) + "…" : c
                return clipped.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        return ([line(header), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")] + rows.map(line))
            .joined(separator: "\n") + "\n"
    }

    static func csv(_ header: [String], _ rows: [[String]]) -> String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    static func render<T: Encodable>(_ format: ListFormat, header: [String], rows: [[String]], json value: T) throws -> String {
        switch format {
        case .table: table(header, rows)
        case .csv: csv(header, rows)
        case .json: try json(value)
        }
    }
}
