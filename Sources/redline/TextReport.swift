import RedlineCore

/// The `--format text` summary of one document, for a person to scan.
struct TextReport {
    let extraction: Extraction

    init(_ extraction: Extraction) {
        self.extraction = extraction
    }

    func render() -> String {
        var out = ""
        let d = extraction.document
        out += "━━ \(d.title ?? d.source)\n"
        out += "   \(d.source) · published \(d.published?.description ?? "unknown") · \(d.sentences) sentences\n"
        if !extraction.actors.isEmpty {
            let actors = extraction.actors.sorted { $0.mentions.count > $1.mentions.count }.prefix(12).map { a in
                "\(a.name ?? a.code ?? "?") (\(Self.code(a.code, a.sector)))×\(a.mentions.count)"
            }
            out += "   actors: \(actors.joined(separator: ", "))\n"
        }
        if !extraction.redLines.isEmpty {
            out += "\n   RED LINES\n"
            for line in extraction.redLines {
                let who = Self.code(line.declarer?.code, line.declarer?.sector) + (line.speaker.map { " (\($0))" } ?? "")
                let to = line.trigger.actor.compactMap(\.code).joined(separator: ", ")
                out += "   • \(line.date?.description ?? "undated") \(who)\(line.explicit ? " [explicit]" : "") \(line.stance.rawValue)\n"
                out += "     if: \(to.isEmpty ? "" : "\(to): ")\(line.trigger.text)\(line.trigger.action.map { " [\($0.rawValue)]" } ?? "")\n"
                out += "     then: \(line.consequence.kind.rawValue)\(line.consequence.severity.map { " (level \($0))" } ?? "")"
                out += line.consequence.text.map { " — \($0)" } ?? ""
                out += "\n     “\(Self.clip(line.evidence, 240))”\n"
            }
        }
        if !extraction.crossingClaims.isEmpty {
            out += "\n   CROSSING CLAIMS\n"
            for claim in extraction.crossingClaims {
                let crosser = claim.crosser.compactMap(\.code).joined(separator: ", ")
                out += "   • \(crosser.isEmpty ? "someone" : crosser) crossed \(claim.lineOf?.code.map { "\($0)'s " } ?? "a ")line"
                out += claim.claimant.map { ", says \($0)" } ?? ""
                out += "\n     “\(Self.clip(claim.evidence, 200))”\n"
            }
        }
        if !extraction.events.isEmpty {
            out += "\n   EVENTS\n"
            for e in extraction.events {
                let actor = e.actor.map { Self.code($0.code, $0.sector) }.joined(separator: "+")
                let recipient = e.recipient.map { Self.code($0.code, $0.sector) }.joined(separator: "+")
                var flags = [String]()
                if e.negated { flags.append("negated") }
                if e.hypothetical { flags.append("hypothetical") }
                if e.future { flags.append("future") }
                out += "   • \(e.date?.description ?? "undated   ") \(actor.isEmpty ? "?" : actor) \(e.type.rawValue)\(e.mode.map { "/\($0)" } ?? "")"
                out += "\(recipient.isEmpty ? "" : " → \(recipient)")\(flags.isEmpty ? "" : " (\(flags.joined(separator: ", ")))")"
                out += "  «\(e.trigger ?? "")»\n"
            }
        }
        let dated = extraction.dates.filter { $0.value != nil }
        if !dated.isEmpty {
            out += "\n   DATES  " + dated.prefix(12).map { "\($0.text) → \($0.value!)\($0.precision.map { " (\($0.rawValue))" } ?? "")" }.joined(separator: "; ") + "\n"
        }
        let quotes = extraction.quotes.filter { $0.speaker != nil }
        if !quotes.isEmpty {
            out += "\n   QUOTES\n"
            for q in quotes.prefix(20) {
                let who = q.speaker.map { "\($0.name ?? $0.text ?? "?") (\(Self.code($0.code, $0.sector)))" } ?? "?"
                out += "   • \(who)\(q.direct ? "" : " [reported]"): “\(Self.clip(q.text, 160))”\n"
            }
        }
        return out + "\n"
    }

    static func code(_ code: String?, _ sector: String?) -> String {
        guard let code else { return "?" }
        return sector.map { "\(code)/\($0)" } ?? code
    }

    static func clip(_ s: String, _ n: Int) -> String {
        s.unicodeScalars.count <= n ? s : String(String.UnicodeScalarView(s.unicodeScalars.prefix(n))) + "…"
    }
}
