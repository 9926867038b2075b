import RedlineCore
import RedlineText

extension AnnotatedDocument {
    /// The `redline/extract@1` record of this document.
    public func extraction(includeText: Bool = false) -> Extraction {
        let doc = document
        let info = Extraction.DocumentInfo(
            id: doc.id, source: doc.source, title: doc.title, url: doc.url, published: doc.published,
            language: doc.language, sentences: text.sentences.count, text: includeText ? doc.text : nil)
        return Extraction(
            document: info, actors: actorSummaries(), dates: dateMentions(), quotes: quoteRecords(),
            events: events.filter { !$0.isContent }.map(\.event), redLines: redLines, crossingClaims: crossingClaims)
    }

    func span(_ tokens: Range<Int>) -> ScalarSpan {
        guard !tokens.isEmpty else { return ScalarSpan(0, 0) }
        return text.buffer.scalarSpan(text.tokens[tokens.lowerBound].start..<text.tokens[tokens.upperBound - 1].end)
    }

    func actorSummaries() -> [ActorSummary] {
        var spans = [[ScalarSpan]](repeating: [], count: actors.entities.count)
        for m in actors.mentions where m.form != .pronoun && m.form != .modifier {
            spans[m.entity].append(span(m.tokens))
        }
        var out = [ActorSummary]()
        for (e, entity) in actors.entities.enumerated() where !spans[e].isEmpty {
            guard entity.ref.code != nil || entity.isPerson else { continue }
            out.append(ActorSummary(code: entity.ref.code, sector: entity.ref.sector, kind: entity.ref.kind,
                                    name: entity.ref.name, mentions: spans[e]))
        }
        return out
    }

    func dateMentions() -> [DateMention] {
        dates.map {
            DateMention(text: text.buffer.flatString($0.bytes), span: text.buffer.scalarSpan($0.bytes),
                        value: $0.value, precision: $0.precision, relative: $0.relative)
        }
    }

    func quoteRecords() -> [Quote] {
        quotes.map { q in
            var speaker: ActorRef?
            if let e = q.speaker {
                speaker = actors.entities[e].ref
                if let m = q.speakerMention { speaker?.text = text.text(tokens: actors.mentions[m].tokens) }
            }
            return Quote(speaker: speaker, text: text.text(tokens: q.tokens), span: span(q.tokens), direct: q.direct)
        }
    }
}
