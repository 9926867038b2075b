import ArgumentParser
import Foundation
import RedlineExport

/// How the listing commands print records: an aligned table for people, or the shared record
/// shapes (RedlineExport) as one JSON array, JSON Lines, or CSV.
enum ListFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, jsonl, csv

    static let choices = allCases.map(\.rawValue).joined(separator: ", ")
}

/// Prints rows as an aligned table, records as JSON or JSON Lines, tables as CSV.
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

    static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// One indented JSON array (or object).
    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder(pretty: true).encode(value), as: UTF8.self) + "\n"
    }

    /// One compact JSON object per line.
    static func jsonl<T: Encodable>(_ values: [T]) throws -> String {
        let encoder = encoder(pretty: false)
        var out = ""
        for value in values { out += String(decoding: try encoder.encode(value), as: UTF8.self) + "\n" }
        return out
    }

    static func render<T: Encodable>(_ format: ListFormat, header: [String], rows: [[String]], records: [T],
                                     csv: () -> CSVTable, bom: Bool) throws -> String {
        switch format {
        case .table: table(header, rows)
        case .csv: csv().text(bom: bom)
        case .json: try json(records)
        case .jsonl: try jsonl(records)
        }
    }
}
