import RedlineCore
import RedlineStore

/// An event as every output writes it: `redline events --format json|jsonl`, `redline export
/// --what events --format json|jsonl`, and the items of `GET /api/events`. The same field names
/// and the same id (`DOCUMENT:INDEX`) everywhere; the CSV columns (``csv(_:names:bom:)``) are
/// these fields flattened, one actor–recipient pair per row.
///
/// ```json
/// {"id": "3f2a…:4", "date": "2022-04-13", "datePrecision": "day", "published": "2022-04-14",
///  "type": "THREATEN", "mode": "violence", "context": ["military"], "intensity": -4.5,
///  "actor": [{"code": "RUS", ...}], "recipient": [...], "negated": false, ...,
///  "source": "...", "sourceTitle": "...", "sourceUrl": "...", "evidence": "..."}
/// ```
public struct EventRecord: Codable, Sendable, Hashable {
    public var id: String
    public var document: String
    public var index: Int
    public var sentence: Int
    public var span: ScalarSpan
    public var date: Day?
    public var datePrecision: DatePrecision?
    public var dateText: String?
    public var published: Day?
    public var type: EventType
    public var mode: String?
    public var context: [String]
    /// The PLOVER conflict–cooperation score of type and mode (−10 … +8).
    public var intensity: Double
    public var actor: [ActorRef]
    public var recipient: [ActorRef]
    public var negated: Bool
    public var hypothetical: Bool
    public var future: Bool
    public var speaker: String?
    public var trigger: String?
    public var source: String
    public var sourceTitle: String?
    public var sourceUrl: String?
    /// The sentence the event was read from: its raw text.
    public var evidence: String

    /// The id of event `index` of `document`, the same in every output.
    public static func id(document: String, index: Int) -> String { "\(document):\(index)" }

    public init(_ stored: StoredEvent) {
        let e = stored.event
        id = Self.id(document: stored.documentID, index: stored.index)
        document = stored.documentID
        index = stored.index
        sentence = e.sentence
        span = e.span
        date = e.date
        datePrecision = e.datePrecision
        dateText = e.dateText
        published = stored.published
        type = e.type
        mode = e.mode
        context = e.context
        intensity = Rounding.round(e.score)
        actor = e.actor
        recipient = e.recipient
        negated = e.negated
        hypothetical = e.hypothetical
        future = e.future
        speaker = e.speaker
        trigger = e.trigger
        source = stored.source
        sourceTitle = stored.title
        sourceUrl = stored.url
        evidence = e.evidence
    }

    /// Neither negated, hypothetical nor about the future.
    public var factual: Bool { !negated && !hypothetical && !future }

    private enum CodingKeys: String, CodingKey {
        case id, document, index, sentence, span, date, datePrecision, dateText, published, type, mode, context, intensity,
             actor, recipient, negated, hypothetical, future, speaker, trigger, source, sourceTitle, sourceUrl, evidence
    }

    /// Every key is written, null when unknown, as the extract contract does.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(document, forKey: .document)
        try c.encode(index, forKey: .index)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(span, forKey: .span)
        try c.encode(date, forKey: .date)
        try c.encode(datePrecision, forKey: .datePrecision)
        try c.encode(dateText, forKey: .dateText)
        try c.encode(published, forKey: .published)
        try c.encode(type, forKey: .type)
        try c.encode(mode, forKey: .mode)
        try c.encode(context, forKey: .context)
        try c.encode(intensity, forKey: .intensity)
        try c.encode(actor, forKey: .actor)
        try c.encode(recipient, forKey: .recipient)
        try c.encode(negated, forKey: .negated)
        try c.encode(hypothetical, forKey: .hypothetical)
        try c.encode(future, forKey: .future)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(trigger, forKey: .trigger)
        try c.encode(source, forKey: .source)
        try c.encode(sourceTitle, forKey: .sourceTitle)
        try c.encode(sourceUrl, forKey: .sourceUrl)
        try c.encode(evidence, forKey: .evidence)
    }
}

extension EventRecord {
    /// PLOVER's contexts (ONTOLOGY.md), one CSV column each.
    public static let contexts = ["military", "intelligence", "executive", "legislative", "election", "economic", "legal",
                                  "human_rights", "repression", "diplomatic", "territory", "peacekeeping", "migration",
                                  "natural_resource", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime",
                                  "corruption"]

    /// The POLECAT-style table of `records`: one row per actor–recipient pair of each event (an
    /// event with two recipients gives two rows with the same `id`; one with none, a row with
    /// those cells empty), each context a `context.NAME` column of true/false, every cell one value.
    public static func csv(_ records: [EventRecord], names: ActorNames) -> CSVTable {
        let extra = Set(records.flatMap(\.context)).subtracting(contexts).sorted()
        let contextColumns = contexts + extra
        let header = ["id", "date", "datePrecision", "published", "type", "mode", "intensity",
                      "actorName", "actorCountry", "actorSector", "recipientName", "recipientCountry", "recipientSector",
                      "negated", "hypothetical", "future"] + contextColumns.map { "context." + $0 }
            + ["document", "sentence", "speaker", "source", "sourceTitle", "sourceUrl", "evidence"]
        var rows: [[String]] = []
        for r in records {
            let actors: [ActorRef?] = r.actor.isEmpty ? [nil] : r.actor
            let recipients: [ActorRef?] = r.recipient.isEmpty ? [nil] : r.recipient
            let contextCells = contextColumns.map { String(r.context.contains($0)) }
            for a in actors {
                for b in recipients {
                    rows.append([r.id, r.date?.description ?? "", r.datePrecision?.rawValue ?? "", r.published?.description ?? "",
                                 r.type.rawValue, r.mode ?? "", Rounding.text(r.intensity),
                                 a.map(names.display) ?? "", a?.code ?? "", a?.sector ?? "",
                                 b.map(names.display) ?? "", b?.code ?? "", b?.sector ?? "",
                                 String(r.negated), String(r.hypothetical), String(r.future)] + contextCells
                                + [r.document, String(r.sentence), r.speaker ?? "", r.source, r.sourceTitle ?? "", r.sourceUrl ?? "",
                                   r.evidence])
                }
            }
        }
        return CSVTable(header: header, rows: rows, numericColumns: [6])
    }
}
