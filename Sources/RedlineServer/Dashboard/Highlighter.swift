import RedlineCore

/// Marks what extraction found in a document's text: spans (Unicode-scalar offsets, as the
/// extract contract counts them) become `<span class="hl-...">`. Overlapping marks are
/// flattened into runs carrying every class that covers them, so the HTML always nests.
enum Highlighter {
    struct Mark {
        var span: ScalarSpan
        var kind: String
    }

    static let kinds = ["redline", "claim", "event", "quote", "actor", "date"]

    static func marks(_ extraction: Extraction) -> [Mark] {
        var marks: [Mark] = []
        marks += extraction.redLines.map { Mark(span: $0.span, kind: "redline") }
        marks += extraction.crossingClaims.map { Mark(span: $0.span, kind: "claim") }
        marks += extraction.events.map { Mark(span: $0.span, kind: "event") }
        marks += extraction.quotes.map { Mark(span: $0.span, kind: "quote") }
        marks += extraction.actors.flatMap { a in a.mentions.map { Mark(span: $0, kind: "actor") } }
        marks += extraction.dates.map { Mark(span: $0.span, kind: "date") }
        return marks
    }

    /// The text as escaped HTML with the marks; spans outside the text are clipped or dropped.
    static func html(_ text: String, marks: [Mark]) -> String {
        let scalars = Array(text.unicodeScalars)
        // Boundary positions with the class counts changing there.
        var changes: [Int: [Int]] = [:]
        for mark in marks {
            guard let kind = kinds.firstIndex(of: mark.kind) else { continue }
            let start = max(0, min(mark.span.start, scalars.count)), end = max(start, min(mark.span.end, scalars.count))
            guard start < end else { continue }
            changes[start, default: Array(repeating: 0, count: kinds.count)][kind] += 1
            changes[end, default: Array(repeating: 0, count: kinds.count)][kind] -= 1
        }
        // Anchors (`#at-START`) where a red line, event or claim begins, for links to a sentence.
        var anchors = Set<Int>()
        for mark in marks where ["redline", "event", "claim"].contains(mark.kind) && mark.span.start < scalars.count && mark.span.start >= 0 {
            anchors.insert(mark.span.start)
        }
        let boundaries = Set([0, scalars.count] + changes.keys + anchors).sorted()
        var active = Array(repeating: 0, count: kinds.count)
        var out = ""
        var previous = 0
        for position in boundaries {
            if position > previous {
                var run = String.UnicodeScalarView()
                run.append(contentsOf: scalars[previous..<position])
                let classes = kinds.indices.filter { active[$0] > 0 }.map { "hl-" + kinds[$0] }
                let escaped = HTML.escape(String(run))
                out += classes.isEmpty ? escaped : "<span class=\"\(classes.joined(separator: " "))\">\(escaped)</span>"
                previous = position
            }
            if anchors.contains(position) { out += "<span class=\"anchor\" id=\"at-\(position)\"></span>" }
            if let delta = changes[position] { for i in kinds.indices { active[i] += delta[i] } }
        }
        return out
    }

    static let legend = """
    <div class="legend"><span class="hl-redline">red line</span><span class="hl-claim">crossing claim</span>\
    <span class="hl-event">event</span><span class="hl-quote">quote</span><span class="hl-actor">actor</span><span class="hl-date">date</span></div>
    """
}
