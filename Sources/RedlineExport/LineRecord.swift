import RedlineCore

/// Tracked lines as every output writes them: the JSON is the `TrackedLine` object (DESIGN.md)
/// with its numbers rounded, in `redline lines --format json|jsonl`, `redline export --what
/// lines`, and the API; the CSV (``csv(_:names:)``) is the same fields flattened, one line per row.
public enum LineRecord {
    /// The line with every confidence rounded (``Rounding``), as outputs write it.
    public static func rounded(_ line: TrackedLine) -> TrackedLine {
        var out = line
        for i in out.statements.indices { out.statements[i].confidence = Rounding.round(out.statements[i].confidence) }
        for i in out.crossings.indices { out.crossings[i].confidence = Rounding.round(out.crossings[i].confidence) }
        for i in out.responses.indices { out.responses[i].confidence = Rounding.round(out.responses[i].confidence) }
        return out
    }

    /// One row per line; the trigger's actors in `triggerActor1`, `triggerActor2`, ... columns
    /// (as many as the longest list), each a code.
    public static func csv(_ lines: [TrackedLine], names: ActorNames) -> CSVTable {
        let width = lines.map(\.trigger.actor.count).max() ?? 0
        let header = ["id", "title", "declarer", "declarerName", "declarerSector", "status", "statusSource", "firstDeclared",
                      "lastActivity", "statements", "crossings", "responses", "consequence", "severity", "explicit",
                      "triggerAction", "trigger"] + (0..<max(width, 1)).map { "triggerActor\($0 + 1)" }
        let rows = lines.map { l -> [String] in
            let codes = l.trigger.actor.map { $0.code ?? "" }
            let actorCells = (0..<max(width, 1)).map { $0 < codes.count ? codes[$0] : "" }
            return [l.id, names.title(of: l), l.declarer.code ?? "", names.name(for: l.declarer.code) ?? "", l.declarer.sector ?? "",
                    l.status.rawValue, l.statusSource.rawValue, l.firstDeclared?.description ?? "",
                    lastActivity(l)?.description ?? "", String(l.statements.count), String(l.crossings.count), String(l.responses.count),
                    l.consequence.kind.rawValue, l.consequence.severity.map(String.init) ?? "", String(l.explicit),
                    l.trigger.action?.rawValue ?? "", l.trigger.text] + actorCells
        }
        return CSVTable(header: header, rows: rows, numericColumns: [9, 10, 11, 13])
    }

    /// Lines newest first: by first declaration, latest first, undated last, then id.
    public static func newestFirst(_ lines: [TrackedLine]) -> [TrackedLine] {
        lines.sorted { a, b in
            switch (a.firstDeclared, b.firstDeclared) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.id < b.id
            }
        }
    }

    /// The latest dated statement, crossing or response of a line.
    public static func lastActivity(_ line: TrackedLine) -> Day? {
        (line.statements.compactMap(\.date) + line.crossings.compactMap(\.date) + line.responses.compactMap(\.date)).max()
    }
}
