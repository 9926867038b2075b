import RedlineAnalysis
import RedlineCore

/// A declarer as every output writes it: `redline actors --format json|jsonl` and the items of
/// `GET /api/actors`. Its name, how many lines it drew (in all and by status) and its credibility,
/// numbers rounded; the CSV (``csv(_:)``) flattens the same fields, one actor per row.
public struct ActorRecord: Encodable, Sendable {
    public var code: String
    public var name: String?
    public var lines: Int
    /// Lines by status, every status present.
    public var statuses: [String: Int]
    public var credibility: Credibility

    /// One record per declarer of `lines`, by code.
    public static func make(lines: [TrackedLine], configuration: TrackerConfiguration, names: ActorNames) -> [ActorRecord] {
        var assessed: [String: Credibility] = [:]
        for c in Credibility.assess(lines: lines, configuration: configuration) { assessed[c.declarer] = c }
        return make(lines: lines, credibility: assessed, today: configuration.today, names: names)
    }

    /// The same from credibility already assessed (the server keeps it in its read snapshot).
    public static func make(lines: [TrackedLine], credibility: [String: Credibility], today: Day, names: ActorNames) -> [ActorRecord] {
        var byCode: [String: [TrackedLine]] = [:]
        for line in lines { if let code = line.declarer.code { byCode[code, default: []].append(line) } }
        return byCode.keys.sorted().map { code in
            let drawn = byCode[code] ?? []
            var statuses: [String: Int] = [:]
            for status in LineStatus.allCases { statuses[status.rawValue] = 0 }
            for line in drawn { statuses[line.status.rawValue, default: 0] += 1 }
            let c = credibility[code] ?? Credibility.assess(declarer: code, lines: [], configuration: .init(today: today))
            return ActorRecord(code: code, name: names.name(for: code), lines: drawn.count, statuses: statuses, credibility: rounded(c))
        }
    }

    /// The estimate with every number rounded (``Rounding``).
    public static func rounded(_ c: Credibility) -> Credibility {
        var out = c
        out.mean = Rounding.round(c.mean)
        out.lower = Rounding.round(c.lower)
        out.upper = Rounding.round(c.upper)
        out.level = Rounding.round(c.level)
        out.alpha = Rounding.round(c.alpha)
        out.beta = Rounding.round(c.beta)
        out.effectiveCases = Rounding.round(c.effectiveCases)
        for i in out.lines.indices {
            out.lines[i].outcome = Rounding.round(out.lines[i].outcome)
            out.lines[i].weight = Rounding.round(out.lines[i].weight)
        }
        return out
    }

    /// One row per actor: the credibility interval as `lower` and `upper`, each status a
    /// `lines.STATUS` column.
    public static func csv(_ records: [ActorRecord]) -> CSVTable {
        let statuses = LineStatus.allCases.map(\.rawValue)
        let header = ["code", "name", "lines", "mean", "lower", "upper", "level", "cases"] + statuses.map { "lines." + $0 }
        let rows = records.map { r -> [String] in
            let c = r.credibility
            return [r.code, r.name ?? "", String(r.lines), Rounding.text(c.mean), Rounding.text(c.lower), Rounding.text(c.upper),
                    Rounding.text(c.level), String(c.cases)] + statuses.map { String(r.statuses[$0] ?? 0) }
        }
        return CSVTable(header: header, rows: rows, numericColumns: Set(2..<header.count))
    }
}
