import RedlineCore
import RedlineExtract
import RedlineSyntax

/// `extract --format text --explain`: for each sentence that gave an event or red line, its
/// parse as an indented tree, and the events with the roles chosen.
struct SyntaxExplanation {
    let annotated: AnnotatedDocument

    init(_ annotated: AnnotatedDocument) {
        self.annotated = annotated
    }

    func render() -> String {
        let text = annotated.text
        var sentences = Set(annotated.events.map(\.sentence))
        for line in annotated.redLines { sentences.insert(line.sentence) }
        guard !sentences.isEmpty else { return "" }
        var out = "  parses:\n"
        for s in sentences.sorted() {
            let range = text.sentences[s].range
            let sentenceText = String(decoding: text.buffer.bytes[range], as: UTF8.self)
            out += "  sentence \(s + 1): \(TextReport.clip(sentenceText, 160))\n"
            guard let parse = annotated.syntax?.sentence(s) else {
                out += "    (not parsed: no model, or the sentence is too long; roles came from token windows)\n"
                continue
            }
            for line in parse.explained().split(separator: "\n") { out += "    \(line)\n" }
            for event in annotated.events where event.sentence == s {
                let trigger = String(decoding: text.buffer.bytes[text.tokens[event.trigger.lowerBound].start..<text.tokens[event.trigger.upperBound - 1].end], as: UTF8.self)
                let actor = event.event.actor.map { TextReport.code($0.code, $0.sector) }.joined(separator: "+")
                let recipient = event.event.recipient.map { TextReport.code($0.code, $0.sector) }.joined(separator: "+")
                out += "    → \(event.event.type.rawValue) '\(trigger)': actor \(actor.isEmpty ? "-" : actor), recipient \(recipient.isEmpty ? "-" : recipient)\n"
            }
        }
        return out + "\n"
    }
}
