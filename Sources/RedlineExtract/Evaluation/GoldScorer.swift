import RedlineCore

/// Scores extractions against a gold standard with the rules of shared/eval/score.py:
///
/// - a predicted red line matches a gold line when its evidence (at most 1000 characters)
///   contains one of the gold anchors, compared case-, quote- and whitespace-insensitively;
///   further matches of a matched line, and predictions matching only an optional passage, are
///   ignored; the rest are false positives;
/// - declarer accuracy is over gold lines; consequence kind and date over matched ones;
/// - event recall counts gold events whose anchor lies in the evidence of a predicted event of an
///   accepted type whose actor codes overlap.
public struct GoldScorer: Sendable {
    public struct DocumentScore: Sendable {
        public var file: String
        public var goldLines = 0, found = 0, declarerOK = 0, falsePositives = 0, ignored = 0
        public var consequenceOK = 0, consequenceN = 0, dateOK = 0, dateN = 0, eventGold = 0, eventFound = 0
        public var misses: [String] = []
        public var falsePositiveEvidence: [String] = []
    }

    public struct Total: Sendable {
        public var documents: [DocumentScore] = []
        public var precision = 0.0, recall = 0.0, f1 = 0.0, declarer = 0.0, consequence = 0.0, date = 0.0, eventRecall = 0.0

        /// The last line of score.py, word for word.
        public var summary: String {
            "score: redline-F1=\(f(f1)) declarer-acc=\(f(declarer)) consequence-acc=\(f(consequence)) date-acc=\(f(date)) event-recall=\(f(eventRecall))"
        }

        private func f(_ x: Double) -> String {
            let r = (x * 1000).rounded() / 1000
            let s = String(r)
            let parts = s.split(separator: ".")
            let frac = parts.count > 1 ? String(parts[1]) : ""
            return "\(parts[0]).\(frac.padding(toLength: 3, withPad: "0", startingAt: 0))"
        }
    }

    public init() {}

    public func score(_ gold: GoldStandard.GoldDocument, _ pred: Extraction?) -> DocumentScore {
        var r = DocumentScore(file: gold.file ?? gold.id ?? "")
        r.goldLines = gold.redLines.count
        let optional = (gold.optional ?? []).map(Self.norm)
        var matched = [String: RedLine]()
        for p in pred?.redLines ?? [] {
            let ev = Self.norm(p.evidence)
            guard !ev.isEmpty, p.evidence.unicodeScalars.count <= 1000 else {
                r.falsePositives += 1
                r.falsePositiveEvidence.append(String(p.evidence.prefix(120)))
                continue
            }
            var hit: GoldStandard.Line?
            var duplicate = false
            for g in gold.redLines where g.anchors.contains(where: { ev.contains(Self.norm($0)) }) {
                if matched[g.id] == nil { hit = g; break }
                duplicate = true
            }
            if let hit {
                matched[hit.id] = p
            } else if duplicate || optional.contains(where: { ev.contains($0) }) {
                r.ignored += 1
            } else {
                r.falsePositives += 1
                r.falsePositiveEvidence.append(String(p.evidence.prefix(120)))
            }
        }
        for g in gold.redLines {
            guard let p = matched[g.id] else {
                r.misses.append(g.id)
                continue
            }
            r.found += 1
            if let code = p.declarer?.code, Self.codes([code]).contains(where: g.declarer.contains) { r.declarerOK += 1 }
            r.consequenceN += 1
            if p.consequence.kind.rawValue == g.consequence { r.consequenceOK += 1 }
            if let ok = Self.within(p.date, g.date, g.datePrecision ?? "day") {
                r.dateN += 1
                if ok { r.dateOK += 1 }
            }
        }
        for ge in gold.events ?? [] {
            r.eventGold += 1
            let anchor = Self.norm(ge.anchor)
            let hit = (pred?.events ?? []).contains { e in
                Self.norm(e.evidence).contains(anchor) && ge.types.contains(e.type.rawValue)
                    && (ge.actor.isEmpty || !Self.codes(e.actor.compactMap(\.code)).isDisjoint(with: ge.actor))
            }
            if hit { r.eventFound += 1 }
        }
        return r
    }

    public func total(_ scores: [DocumentScore]) -> Total {
        var t = Total(documents: scores)
        let sum = { (k: KeyPath<DocumentScore, Int>) in scores.reduce(0) { $0 + $1[keyPath: k] } }
        let found = Double(sum(\.found)), fp = Double(sum(\.falsePositives)), gold = Double(sum(\.goldLines))
        t.precision = found + fp > 0 ? found / (found + fp) : 0
        t.recall = gold > 0 ? found / gold : 0
        t.f1 = t.precision + t.recall > 0 ? 2 * t.precision * t.recall / (t.precision + t.recall) : 0
        t.declarer = gold > 0 ? Double(sum(\.declarerOK)) / gold : 0
        t.consequence = sum(\.consequenceN) > 0 ? Double(sum(\.consequenceOK)) / Double(sum(\.consequenceN)) : 0
        t.date = sum(\.dateN) > 0 ? Double(sum(\.dateOK)) / Double(sum(\.dateN)) : 0
        t.eventRecall = sum(\.eventGold) > 0 ? Double(sum(\.eventFound)) / Double(sum(\.eventGold)) : 0
        return t
    }

    // MARK: - The comparison rules of score.py

    static func norm(_ s: String) -> String {
        var out = ""
        var lastSpace = true
        for scalar in s.unicodeScalars {
            let mapped: Unicode.Scalar
            switch scalar.value {
            case 0x201C, 0x201D: mapped = "\""
            case 0x2018, 0x2019: mapped = "'"
            case 0x00A0: mapped = " "
            case 0x2013, 0x2014: mapped = "-"
            default: mapped = scalar
            }
            if mapped.properties.isWhitespace {
                if !lastSpace { out.unicodeScalars.append(" ") }
                lastSpace = true
            } else {
                out.unicodeScalars.append(contentsOf: mapped.properties.lowercaseMapping.unicodeScalars)
                lastSpace = false
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    static func codes(_ raw: [String]) -> Set<String> {
        var out = Set<String>()
        for c in raw {
            let u = c.uppercased()
            out.insert(u)
            if u.count == 6, u.prefix(3).allSatisfy(\.isLetter) { out.insert(String(u.prefix(3))) }
        }
        return out
    }

    static func within(_ pred: Day?, _ gold: String?, _ precision: String) -> Bool? {
        guard let gold, let g = Day(gold) else { return nil }
        guard let p = pred else { return false }
        switch precision {
        case "year": return p.year == g.year
        case "month": return p.year == g.year && p.month == g.month
        case "week": return abs(p.ordinal - g.ordinal) <= 6
        default: return p == g
        }
    }
}
