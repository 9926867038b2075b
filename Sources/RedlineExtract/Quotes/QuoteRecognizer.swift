import RedlineCore
import RedlineText

/// Finds direct quotes and reported speech and attributes them to speakers.
///
/// Direct quotes pair opening and closing marks (curly or straight, double or single, nested,
/// across sentences, and across paragraphs when the next paragraph reopens the quote, as news
/// style does). A quote is attributed to the speaker named next to a speech verb right after it
/// (`"...," he said`, `"...," said Putin`, `"...," Zhukov, a professor at X, told Newsweek`) or
/// before it (`Lavrov said: "..."`); a quote with no attribution continues the previous quote of
/// the paragraph before. Reported speech is a speech verb with a subject actor ("X said that ...",
/// "X told Reuters ...", "according to X, ...").
public struct QuoteRecognizer: Sendable {
    public init() {}

    public func recognize(_ text: SegmentedText, actors: inout ActorAnnotations) -> [QuoteAnnotation] {
        var quotes = directQuotes(text)
        var previous: QuoteAnnotation?
        // The last person quoted by name, and the sentence: a later `"...," he said` continues them.
        var lastNamedSpeaker: (entity: Int, sentence: Int)?
        for q in quotes.indices {
            var quote = quotes[q]
            if let (mention, verb) = attributeAfter(quote, text, actors) ?? attributeBefore(quote, text, actors) {
                quote.speakerMention = mention
                quote.speaker = actors.mentions[mention].entity
                quote.verb = verb
                let sentence = Int(text.sentenceOfToken[quote.outer.lowerBound])
                if actors.mentions[mention].form == .pronoun {
                    // News style: the pronoun after a quote is the person quoted just before,
                    // even when someone else was named in between.
                    if let last = lastNamedSpeaker, sentence - last.sentence <= 3, actors.entities[last.entity].isPerson,
                       let entity = quote.speaker, actors.entities[entity].isPerson {
                        quote.speaker = last.entity
                        quote.speakerMention = nil
                    }
                } else if actors.entities[actors.mentions[mention].entity].isPerson {
                    lastNamedSpeaker = (actors.mentions[mention].entity, sentence)
                }
            } else if let previous, previous.speaker != nil, isContinuation(quote, of: previous, text) {
                quote.speaker = previous.speaker
                quote.speakerMention = previous.speakerMention
            }
            quotes[q] = quote
            previous = quote
        }
        quotes += reportedSpeech(text, actors, excluding: quotes)
        quotes.sort { $0.outer.lowerBound < $1.outer.lowerBound }
        resolveFirstPerson(quotes, text, &actors)
        return quotes
    }

    // MARK: - Direct quotes

    private enum Family { case double, single }

    private func family(_ text: SegmentedText, _ k: Int) -> Family {
        let b = text.bytes[text.tokens[k].start]
        if b == 0x27 { return .single }
        if b == 0xE2, text.tokens[k].end - text.tokens[k].start == 3 {
            let c = text.bytes[text.tokens[k].start + 2]
            return c == 0x98 || c == 0x99 ? .single : .double
        }
        return .double
    }

    private func directQuotes(_ text: SegmentedText) -> [QuoteAnnotation] {
        var out = [QuoteAnnotation]()
        var openDouble: Int?
        var openSingle: Int?
        let tokens = text.tokens
        var k = 0
        while k < tokens.count {
            let t = tokens[k]
            if t.kind == .openQuote {
                switch family(text, k) {
                case .double:
                    if openDouble == nil { openDouble = k; openSingle = nil }
                case .single:
                    if openSingle == nil { openSingle = k }
                }
            } else if t.kind == .closeQuote {
                switch family(text, k) {
                case .double:
                    if let o = openDouble {
                        out.append(quote(o, k))
                        openDouble = nil
                        openSingle = nil
                    }
                case .single:
                    if let o = openSingle {
                        if openDouble == nil { out.append(quote(o, k)) }
                        openSingle = nil
                    }
                }
            }
            if t.endsParagraph {
                // News style reopens a quote that runs on into the next paragraph; otherwise the
                // paragraph closes it.
                let reopens = k + 1 < tokens.count && tokens[k + 1].kind == .openQuote && family(text, k + 1) == .double
                if let o = openDouble, !reopens, k > o + 1 {
                    out.append(QuoteAnnotation(tokens: (o + 1)..<(k + 1), outer: o..<(k + 1), speaker: nil,
                                               speakerMention: nil, direct: true, verb: nil))
                    openDouble = nil
                } else if reopens, openDouble != nil {
                    k += 1  // skip the reopening mark
                }
                openSingle = nil
            }
            k += 1
        }
        return out.filter { !$0.tokens.isEmpty }
    }

    private func quote(_ open: Int, _ close: Int) -> QuoteAnnotation {
        QuoteAnnotation(tokens: (open + 1)..<close, outer: open..<(close + 1), speaker: nil, speakerMention: nil,
                        direct: true, verb: nil)
    }

    // MARK: - Attribution

    /// `"...," he said` / `"...," said Putin` / `"...," Zhukov, a professor, told Newsweek`.
    private func attributeAfter(_ q: QuoteAnnotation, _ text: SegmentedText, _ actors: ActorAnnotations) -> (Int, Int?)? {
        let sentence = Int(text.sentenceOfToken[max(q.outer.upperBound - 1, 0)])
        var end = text.sentences[sentence].tokens.upperBound
        if q.outer.upperBound >= end, sentence + 1 < text.sentences.count {
            // The quote closed its sentence: the attribution may follow as a short sentence of its own? No:
            // `"War means war," he said.` keeps one sentence; a following sentence is not the attribution.
            return nil
        }
        end = min(end, q.outer.upperBound + 25)
        var k = q.outer.upperBound
        while k < end, text.tokens[k].kind == .punctuation, text.norms[k] == "," { k += 1 }
        guard k < end else { return nil }
        if text.token(k, in: SpeechVerbs.forms) {
            // "said Putin", "said the Russian leader"
            if let m = actors.mention(covering: k + 1) ?? (k + 2 < end ? actors.mention(covering: k + 2) : nil),
               actors.mentions[m].isAgent { return (m, k) }
            return nil
        }
        guard let m = actors.mention(covering: k), actors.mentions[m].isAgent else {
            // `"...," the radio quoted him as saying`: a source that is no actor, quoting one.
            return quotedAs(from: k, to: min(end, k + 6), text, actors)
        }
        // The speech verb follows, perhaps after an apposition.
        var v = actors.mentions[m].tokens.upperBound
        while v < end {
            // `"...," state media quoted Kim Yo Jong as saying`: the one quoted is the speaker.
            if ["quoted", "quotes", "cited", "cites"].contains(text.norms[v]), v + 1 < end,
               let quoted = actors.mention(covering: v + 1), actors.mentions[quoted].isAgent {
                let after = actors.mentions[quoted].tokens.upperBound
                if after < end, text.norms[after] == "as" { return (quoted, v) }
            }
            if text.token(v, in: SpeechVerbs.forms), actors.mention(covering: v) == nil { return (m, v) }
            if text.tokens[v].kind == .openQuote { break }
            v += 1
        }
        return nil
    }

    /// The one a source quotes, `quoted Kim Yo Jong as saying`, between tokens `start` and `end`.
    private func quotedAs(from start: Int, to end: Int, _ text: SegmentedText, _ actors: ActorAnnotations) -> (Int, Int?)? {
        for v in start..<end where ["quoted", "quotes", "cited", "cites"].contains(text.norms[v]) && v + 1 < end {
            guard let quoted = actors.mention(covering: v + 1), actors.mentions[quoted].isAgent else { return nil }
            let after = actors.mentions[quoted].tokens.upperBound
            return after < text.norms.count && text.norms[after] == "as" ? (quoted, v) : nil
        }
        return nil
    }

    /// `Lavrov said: "..."`, `he warned that "..."`: a speech verb before the quote in its sentence.
    private func attributeBefore(_ q: QuoteAnnotation, _ text: SegmentedText, _ actors: ActorAnnotations) -> (Int, Int?)? {
        let sentence = Int(text.sentenceOfToken[q.outer.lowerBound])
        let start = text.sentences[sentence].tokens.lowerBound
        var v = q.outer.lowerBound - 1
        while v >= start {
            if (text.token(v, in: SpeechVerbs.forms) && actors.mention(covering: v) == nil) || (text.norms[v] == "to" && v > start && text.norms[v - 1] == "according") {
                if text.norms[v] == "to", let m = actors.mention(covering: v + 1) { return (m, v) }
                if let m = subject(before: v, from: start, text, actors) { return (m, v) }
            }
            if text.tokens[v].kind == .closeQuote { break }
            v -= 1
        }
        return nil
    }

    /// "..., the text says", "the statement said": the word just before the verb (past adverbs and
    /// auxiliaries) is a noun that names no actor, so the speaker is no one named earlier.
    func hasUnnamedSubject(before v: Int, from start: Int, _ text: SegmentedText, _ actors: ActorAnnotations) -> Bool {
        var j = v - 1
        while j >= start, text.tokens[j].kind == .word,
              text.token(j, in: WordClasses.haveForms) || text.norms[j].hasSuffix("ly") || ["also", "then", "later", "again", "once", "now"].contains(text.norms[j]) {
            j -= 1
        }
        guard j >= start, text.tokens[j].kind == .word, actors.mention(covering: j) == nil else { return false }
        // A pronoun or a name the gazetteer does not know may still be the speaker.
        return !text.tokens[j].isCapitalized && !text.token(j, in: WordClasses.subjectPronouns)
    }

    /// The nearest agent mention before a verb in the same clause.
    func subject(before v: Int, from start: Int, _ text: SegmentedText, _ actors: ActorAnnotations) -> Int? {
        let candidates = actors.mentions(in: start..<v)
        for m in candidates.reversed() where actors.mentions[m].isAgent {
            let mention = actors.mentions[m]
            // Skip objects of prepositions ("to Ukraine") unless nothing else is there.
            let before = mention.tokens.lowerBound > 0 ? text.norms[mention.tokens.lowerBound - 1] : ""
            if SpeechVerbs.prepositions.contains(before) { continue }
            return m
        }
        return nil
    }

    private func isContinuation(_ q: QuoteAnnotation, of previous: QuoteAnnotation, _ text: SegmentedText) -> Bool {
        let s = Int(text.sentenceOfToken[q.outer.lowerBound])
        let p = Int(text.sentenceOfToken[max(previous.outer.upperBound - 1, 0)])
        // The quote opens its sentence and follows the previous one closely.
        let opens = q.outer.lowerBound == text.sentences[s].tokens.lowerBound
        return opens && s - p <= 2
    }

    // MARK: - Reported speech

    private func reportedSpeech(_ text: SegmentedText, _ actors: ActorAnnotations, excluding direct: [QuoteAnnotation]) -> [QuoteAnnotation] {
        var out = [QuoteAnnotation]()
        for sentence in text.sentences {
            let range = sentence.tokens
            var v = range.lowerBound
            while v < range.upperBound {
                defer { v += 1 }
                // Only speech verbs and "according" open reported speech: test the cheap things first.
                let isReporting = text.token(v, in: SpeechVerbs.reporting)
                guard isReporting || text.tokens[v].end - text.tokens[v].start == 9 else { continue }
                let norm = text.norms[v]
                var speaker: Int?
                var clauseStart = v + 1
                if norm == "according", v + 2 < range.upperBound, text.norms[v + 1] == "to",
                   let m = actors.mention(covering: v + 2), actors.mentions[m].isAgent {
                    speaker = m
                    clauseStart = actors.mentions[m].tokens.upperBound
                    while clauseStart < range.upperBound, text.norms[clauseStart] != "," { clauseStart += 1 }
                    // "According to X, CLAUSE" or "CLAUSE, according to X."
                    if clauseStart >= range.upperBound || v > range.lowerBound + 2 {
                        out.append(reported(range.lowerBound..<v, speaker: m, actors, verb: v))
                        continue
                    }
                    clauseStart += 1
                } else if isReporting, actors.mention(covering: v) == nil {
                    // ("States" in "the United States would respond" is a name, not "states".)
                    guard !hasUnnamedSubject(before: v, from: range.lowerBound, text, actors),
                          let m = subject(before: v, from: range.lowerBound, text, actors) else { continue }
                    speaker = m
                    // "Any attack will bring a response, a Soviet official said in an interview": the
                    // speaker set off by a comma after the words said; what follows the verb is
                    // only where and when.
                    var first = actors.mentions[m].tokens.lowerBound
                    if first > range.lowerBound, ["a", "an", "the"].contains(text.norms[first - 1]) { first -= 1 }
                    // After the verb, only the sentence's end or where and when ("said in an interview.");
                    // a comma and more words make it a parenthesis ("If Iran attacks, he said, the sites
                    // will be hit"), whose words go on after it.
                    var after = v + 1
                    if after < range.upperBound, Self.audiences.contains(text.norms[after]) { after += 1 }  // "told reporters"
                    let rest = after..<range.upperBound
                    let onlyWhereAndWhen = (rest.isEmpty || text.tokens[after].kind == .punctuation
                        || Self.trailingAdverbials.contains(text.norms[after]))
                        && !rest.dropLast().contains(where: { text.norms[$0] == "," && $0 + 1 < range.upperBound && text.tokens[$0 + 1].kind == .word })
                    // '"...," spokesman Zhao Lijian said at a briefing': the quote before is what was said.
                    if onlyWhereAndWhen, first > range.lowerBound, text.tokens[first - 1].kind == .closeQuote { continue }
                    if first - 1 >= range.lowerBound + 3, text.norms[first - 1] == ",", onlyWhereAndWhen {
                        var end = first - 1
                        while end > range.lowerBound, text.tokens[end - 1].kind == .closeQuote || text.tokens[end - 1].kind == .punctuation { end -= 1 }
                        var start = range.lowerBound
                        while start < end, text.tokens[start].kind == .openQuote { start += 1 }
                        if end - start >= 2, !out.contains(where: { $0.tokens == start..<end }),
                           !direct.contains(where: { $0.outer.overlaps(start..<end) }) {
                            out.append(reported(start..<end, speaker: m, actors, verb: v))
                        }
                        continue
                    }
                    // "told Tass that", "said during an address to lawmakers that": the clause starts
                    // after a nearby "that"; else after the addressee ("warned the West not to").
                    var c = v + 1
                    if let that = (c..<min(range.upperBound, c + 10)).first(where: { text.norms[$0] == "that" }),
                       !(c..<that).contains(where: { text.tokens[$0].isQuote || text.norms[$0] == "," && !norm.hasPrefix("tol") }) {
                        c = that + 1
                    } else if c < range.upperBound, let o = actors.mention(covering: c), !actors.mentions[o].possessive,
                              !Self.withoutAddressee.contains(norm) {
                        c = actors.mentions[o].tokens.upperBound
                        if c < range.upperBound, ["about", "of", "over", "against"].contains(text.norms[c]) { c += 1 }
                    }
                    if c < range.upperBound, text.norms[c] == ":" || text.norms[c] == "," { c += 1 }
                    clauseStart = c
                } else {
                    continue
                }
                guard let speaker, clauseStart < range.upperBound else { continue }
                if text.tokens[clauseStart].kind == .openQuote { continue }  // a direct quote follows
                var clauseEnd = range.upperBound
                while clauseEnd > clauseStart, text.tokens[clauseEnd - 1].kind == .punctuation { clauseEnd -= 1 }
                guard clauseEnd - clauseStart >= 2 else { continue }
                out.append(reported(clauseStart..<clauseEnd, speaker: speaker, actors, verb: v))
            }
        }
        return out
    }

    /// Words that open where or when something was said, after the verb of a speaker named last.
    private static let trailingAdverbials: Set<String> = [
        "in", "on", "at", "during", "after", "before", "when", "while", "yesterday", "today", "tonight", "late",
        "earlier", "later", "last", "this", "by", "from", "to", "for", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "here", "there",
    ]

    /// Whom news is told to, after "told" ("told reporters on Tuesday").
    private static let audiences: Set<String> = [
        "reporters", "journalists", "newsmen", "correspondents", "parliament", "lawmakers", "legislators", "delegates",
    ]

    /// Verbs of saying that take no addressee before what is said: a name right after them
    /// begins the words said ("said America's attack had ...").
    private static let withoutAddressee: Set<String> = [
        "said", "says", "stated", "states", "declared", "declares", "announced", "announces", "insisted", "insists",
        "claimed", "claims", "argued", "argues", "noted", "notes", "stressed", "stresses", "added", "adds",
        "suggested", "suggests", "asserted", "asserts", "maintained", "maintains", "believes", "believed", "thinks",
        "predicted", "predicts", "reported", "reports", "acknowledged", "acknowledges", "admitted", "admits",
        "wrote", "writes", "alleged", "alleges", "confirmed", "confirms", "reiterated", "reiterates",
    ]

    private func reported(_ range: Range<Int>, speaker m: Int, _ actors: ActorAnnotations, verb: Int) -> QuoteAnnotation {
        QuoteAnnotation(tokens: range, outer: range, speaker: actors.mentions[m].entity, speakerMention: m, direct: false, verb: verb)
    }

    // MARK: - First person

    /// "we", "our", "us" inside a state official's quote stand for the official's state.
    private func resolveFirstPerson(_ quotes: [QuoteAnnotation], _ text: SegmentedText, _ actors: inout ActorAnnotations) {
        var added = false
        for q in quotes where q.direct {
            guard let speaker = q.speaker, let code = actors.entities[speaker].ref.code else { continue }
            let entity = actors.entities[speaker]
            var polity = ActorEntity(ref: ActorRef(code: code, sector: entity.ref.sector, kind: entity.ref.kind), isPerson: false)
            polity.actor = entity.actor
            var index = actors.entities.firstIndex { !$0.isPerson && $0.ref.code == code && $0.ref.sector == entity.ref.sector }
            for k in q.tokens where ["we", "our", "us", "ourselves", "ours"].contains(text.norms[k]) {
                guard actors.mention(covering: k) == nil else { continue }
                if index == nil {
                    actors.entities.append(polity)
                    index = actors.entities.count - 1
                }
                actors.mentions.append(ActorMention(tokens: k..<(k + 1), sentence: Int(text.sentenceOfToken[k]), entity: index!,
                                                    form: .pronoun, plural: true, possessive: text.norms[k] == "our"))
                added = true
            }
        }
        if added { actors.mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
    }
}
