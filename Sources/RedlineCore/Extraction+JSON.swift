/// The `redline extract` record written directly as compact JSON: the hot path of extraction
/// output, several times cheaper than going through `Encoder`.
///
/// It writes the same keys and values as `Extraction`'s `Codable` conformance, in contract order
/// (a test holds the two equal on every sample); `Codable` stays the reference and serves
/// decoding and pretty output.
extension JSONLineEncoder {
    /// Appends the JSON of `extraction` to `out`.
    public func encode(_ extraction: Extraction, into out: inout [UInt8]) {
        var w = JSONOutput(bytes: [])
        swap(&w.bytes, &out)
        extraction.write(&w)
        swap(&w.bytes, &out)
    }

    /// Appends the JSON of `extraction` to `out`, handing `out` to `drain` (which empties it)
    /// whenever it passes `threshold` bytes between two records: a document with a hundred
    /// thousand events is then never held as one string.
    public func encode(_ extraction: Extraction, into out: inout [UInt8], draining threshold: Int,
                       _ drain: (inout [UInt8]) -> Void) {
        withoutActuallyEscaping(drain) { drain in
            var w = JSONOutput(bytes: [])
            w.drain = drain
            w.drainThreshold = threshold
            swap(&w.bytes, &out)
            extraction.write(&w)
            swap(&w.bytes, &out)
        }
    }
}

/// A compact JSON writer over a byte buffer.
struct JSONOutput {
    var bytes: [UInt8]
    private var needsComma = false
    /// Where the bytes go once they pass `drainThreshold`, between two items of an array.
    var drain: ((inout [UInt8]) -> Void)?
    var drainThreshold = Int.max

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func open() {
        separate()
        bytes.append(0x7B)
        needsComma = false
    }

    mutating func close() {
        bytes.append(0x7D)
        needsComma = true
    }

    mutating func openArray() {
        separate()
        bytes.append(0x5B)
        needsComma = false
    }

    mutating func closeArray() {
        bytes.append(0x5D)
        needsComma = true
    }

    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        bytes.append(0x3A)
        needsComma = false
    }

    private mutating func separate() {
        if needsComma { bytes.append(0x2C) }
        needsComma = true
    }

    mutating func string(_ s: String) {
        separate()
        JSONSink.append(s, to: &bytes)
    }

    mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    mutating func integer(_ v: Int) {
        separate()
        JSONSink.append(v, to: &bytes)
    }

    mutating func integer(_ v: Int?) {
        if let v { integer(v) } else { null() }
    }

    mutating func boolean(_ v: Bool) {
        separate()
        bytes.append(contentsOf: v ? JSONSink.true : JSONSink.false)
    }

    mutating func null() {
        separate()
        bytes.append(contentsOf: JSONSink.null)
    }

    mutating func span(_ s: ScalarSpan) {
        openArray()
        integer(s.start)
        integer(s.end)
        closeArray()
    }

    mutating func day(_ d: Day?) { string(d?.description) }

    mutating func raw<R: RawRepresentable>(_ value: R?) where R.RawValue == String { string(value?.rawValue) }

    /// The four keys every actor record opens with.
    mutating func actorFields(code: String?, sector: String?, kind: ActorKind?, name: String?) {
        key("code"); string(code)
        key("sector"); string(sector)
        key("kind"); raw(kind)
        key("name"); string(name)
    }

    /// The keys that close every record drawn from one sentence.
    mutating func evidenceFields(sentence: Int, span: ScalarSpan, evidence: String) {
        key("sentence"); integer(sentence)
        key("span"); self.span(span)
        key("evidence"); string(evidence)
    }

    mutating func array<T>(_ items: [T], _ write: (inout JSONOutput, T) throws -> Void) rethrows {
        openArray()
        for item in items {
            try write(&self, item)
            if bytes.count >= drainThreshold, let drain { drain(&bytes) }
        }
        closeArray()
    }
}

extension Extraction {
    func write(_ w: inout JSONOutput) {
        w.open()
        w.key("schema"); w.string(Extraction.schema)
        w.key("document"); document.write(&w)
        w.key("actors"); w.array(actors) { w, a in a.write(&w) }
        w.key("dates"); w.array(dates) { w, d in d.write(&w) }
        w.key("quotes"); w.array(quotes) { w, q in q.write(&w) }
        w.key("events"); w.array(events) { w, e in e.write(&w) }
        w.key("redLines"); w.array(redLines) { w, r in r.write(&w) }
        w.key("crossingClaims"); w.array(crossingClaims) { w, c in c.write(&w) }
        w.close()
    }
}

extension Extraction.DocumentInfo {
    func write(_ w: inout JSONOutput) {
        w.open()
        w.key("id"); w.string(id)
        w.key("source"); w.string(source)
        w.key("title"); w.string(title)
        w.key("url"); w.string(url)
        w.key("published"); w.day(published)
        w.key("language"); w.string(language)
        w.key("sentences"); w.integer(sentences)
        if let text { w.key("text"); w.string(text) }
        w.close()
    }
}

extension ActorRef {
    func write(_ w: inout JSONOutput) {
        w.open()
        w.actorFields(code: code, sector: sector, kind: kind, name: name)
        w.key("text"); w.string(text)
        if let backer { w.key("backer"); w.string(backer) }
        w.close()
    }

    static func write(_ refs: [ActorRef], _ w: inout JSONOutput) {
        w.array(refs) { w, r in r.write(&w) }
    }
}

extension ActorSummary {
    func write(_ w: inout JSONOutput) {
        w.open()
        w.actorFields(code: code, sector: sector, kind: kind, name: name)
        w.key("mentions"); w.array(mentions) { w, m in w.span(m) }
        w.close()
    }
}

extension DateMention {
    func write(_ w: inout JSONOutput) {
        w.open()
        w.key("text"); w.string(text)
        w.key("span"); w.span(span)
        w.key("value"); w.day(value)
        w.key("precision"); w.raw(precision)
        w.key("relative"); w.boolean(relative)
        w.close()
    }
}

extension Quote {
    func write(_ w: inout JSONOutput) {
        w.open()
        w.key("speaker")
        if let speaker { speaker.write(&w) } else { w.null() }
        w.key("text"); w.string(text)
        w.key("span"); w.span(span)
        w.key("direct"); w.boolean(direct)
        w.close()
    }
}

extension Event {
    func write(_ w: inout JSONOutput) {
        w.open()
        w.key("type"); w.string(type.rawValue)
        w.key("mode"); w.string(mode)
        w.key("context"); w.array(context) { w, c in w.string(c) }
        w.key("actor"); ActorRef.write(actor, &w)
        w.key("recipient"); ActorRef.write(recipient, &w)
        w.key("date"); w.day(date)
        w.key("datePrecision"); w.raw(datePrecision)
        w.key("dateText"); w.string(dateText)
        w.key("negated"); w.boolean(negated)
        w.key("hypothetical"); w.boolean(hypothetical)
        w.key("future"); w.boolean(future)
        w.key("speaker"); w.string(speaker)
        w.key("trigger"); w.string(trigger)
        w.evidenceFields(sentence: sentence, span: span, evidence: evidence)
        w.close()
    }
}

extension RedLine {
    func write(_ w: inout JSONOutput) {
        w.open()
        w.key("declarer")
        if let declarer { declarer.write(&w) } else { w.null() }
        w.key("speaker"); w.string(speaker)
        w.key("addressee"); ActorRef.write(addressee, &w)
        w.key("trigger")
        w.open()
        w.key("actor"); ActorRef.write(trigger.actor, &w)
        w.key("action"); w.raw(trigger.action)
        w.key("text"); w.string(trigger.text)
        w.close()
        w.key("consequence")
        w.open()
        w.key("kind"); w.string(consequence.kind.rawValue)
        w.key("severity"); w.integer(consequence.severity)
        w.key("text"); w.string(consequence.text)
        w.close()
        w.key("explicit"); w.boolean(explicit)
        w.key("stance"); w.string(stance.rawValue)
        w.key("date"); w.day(date)
        w.key("datePrecision"); w.raw(datePrecision)
        w.evidenceFields(sentence: sentence, span: span, evidence: evidence)
        w.close()
    }
}

extension CrossingClaim {
    func write(_ w: inout JSONOutput) {
        w.open()
        w.key("crosser"); ActorRef.write(crosser, &w)
        w.key("lineOf")
        if let lineOf { lineOf.write(&w) } else { w.null() }
        w.key("line"); w.string(line)
        w.key("claimant"); w.string(claimant)
        w.key("date"); w.day(date)
        w.evidenceFields(sentence: sentence, span: span, evidence: evidence)
        w.close()
    }
}
