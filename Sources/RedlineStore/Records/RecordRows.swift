/// The rows of the record tables, each with its `table`: the one list of columns that ingest binds
/// and queries read, for SQLite and PostgreSQL alike. A column is added here, and in each backend's
/// migration, and nowhere else.

/// A document: its metadata and its whole extraction as JSON, for exact reading back.
struct DocumentRow: Sendable {
    var id = ""
    var source = ""
    var title: String?
    var url: String?
    var published: String?
    var language = ""
    var sentences = 0
    var ingestedAt = ""
    var extraction = ""

    static let table = RecordTable<DocumentRow>(name: "documents", columns: [
        RecordColumn("id", \.id), RecordColumn("source", \.source), RecordColumn("title", \.title),
        RecordColumn("url", \.url), RecordColumn("published", \.published), RecordColumn("language", \.language),
        RecordColumn("sentences", \.sentences), RecordColumn("ingested_at", \.ingestedAt),
        RecordColumn("extraction", \.extraction),
    ])
}

/// A red-line statement: the columns filters use, and the statement's JSON, which is what is read back.
struct RedLineRow: Sendable {
    var documentID = ""
    var ordinal = 0
    var declarer: String?
    var declarerSector: String?
    var speaker: String?
    var triggerAction: String?
    var triggerText = ""
    var consequenceKind = ""
    var severity: Int?
    var explicit = false
    var stance = ""
    var date: String?
    var datePrecision: String?
    var sentence = 0
    var spanStart = 0
    var spanEnd = 0
    var evidence = ""
    var record = ""

    static let table = RecordTable<RedLineRow>(name: "red_lines", columns: [
        RecordColumn("document_id", \.documentID), RecordColumn("ordinal", \.ordinal),
        RecordColumn("declarer", \.declarer), RecordColumn("declarer_sector", \.declarerSector),
        RecordColumn("speaker", \.speaker), RecordColumn("trigger_action", \.triggerAction),
        RecordColumn("trigger_text", \.triggerText), RecordColumn("consequence_kind", \.consequenceKind),
        RecordColumn("severity", \.severity), RecordColumn("explicit", \.explicit), RecordColumn("stance", \.stance),
        RecordColumn("date", \.date), RecordColumn("date_precision", \.datePrecision),
        RecordColumn("sentence", \.sentence), RecordColumn("span_start", \.spanStart),
        RecordColumn("span_end", \.spanEnd), RecordColumn("evidence", \.evidence), RecordColumn("record", \.record),
    ])
}

/// An event's columns: everything but its actors, which are `ParticipantRow`s. Events are read
/// back from these columns, not from JSON, so reading 100,000 of them stays fast.
struct EventRow: Sendable {
    var documentID = ""
    var ordinal = 0
    var type = ""
    var mode: String?
    /// The context tags joined by `EventColumns.separator`; nil for none.
    var context: String?
    var date: String?
    /// `date`, or `EventColumns.undated` (which sorts after every date) when there is none.
    var orderDate = EventColumns.undated
    var datePrecision: String?
    var dateText: String?
    var negated = false
    var hypothetical = false
    var future = false
    var speaker: String?
    var trigger: String?
    var sentence = 0
    var spanStart = 0
    var spanEnd = 0
    var evidence = ""

    static let table = RecordTable<EventRow>(name: "events", columns: [
        RecordColumn("document_id", \.documentID), RecordColumn("ordinal", \.ordinal), RecordColumn("type", \.type),
        RecordColumn("mode", \.mode), RecordColumn("context", \.context), RecordColumn("date", \.date),
        RecordColumn("order_date", \.orderDate), RecordColumn("date_precision", \.datePrecision),
        RecordColumn("date_text", \.dateText), RecordColumn("negated", \.negated),
        RecordColumn("hypothetical", \.hypothetical), RecordColumn("future", \.future),
        RecordColumn("speaker", \.speaker), RecordColumn("trigger", \.trigger), RecordColumn("sentence", \.sentence),
        RecordColumn("span_start", \.spanStart), RecordColumn("span_end", \.spanEnd),
        RecordColumn("evidence", \.evidence),
    ])
}

/// One actor on one side of one event, in its place: the rows that filter events by actor and
/// give their actors back.
struct ParticipantRow: Sendable {
    var documentID = ""
    var eventOrdinal = 0
    /// `EventColumns.actorRole` or `EventColumns.recipientRole`.
    var role = ""
    var position = 0
    var code: String?
    var sector: String?
    var kind: String?
    var name: String?
    var text: String?
    var backer: String?

    static let table = RecordTable<ParticipantRow>(name: "event_actors", columns: [
        RecordColumn("document_id", \.documentID), RecordColumn("event_ordinal", \.eventOrdinal),
        RecordColumn("role", \.role), RecordColumn("position", \.position), RecordColumn("code", \.code),
        RecordColumn("sector", \.sector), RecordColumn("kind", \.kind), RecordColumn("name", \.name),
        RecordColumn("text", \.text), RecordColumn("backer", \.backer),
    ])
}

/// A crossing claim: the columns filters use, and the claim's JSON, which is what is read back.
struct ClaimRow: Sendable {
    var documentID = ""
    var ordinal = 0
    var lineOf: String?
    /// The crossers' codes joined by spaces.
    var crossers = ""
    var line: String?
    var claimant: String?
    var date: String?
    var sentence = 0
    var spanStart = 0
    var spanEnd = 0
    var evidence = ""
    var record = ""

    static let table = RecordTable<ClaimRow>(name: "crossing_claims", columns: [
        RecordColumn("document_id", \.documentID), RecordColumn("ordinal", \.ordinal),
        RecordColumn("line_of", \.lineOf), RecordColumn("crossers", \.crossers), RecordColumn("line", \.line),
        RecordColumn("claimant", \.claimant), RecordColumn("date", \.date), RecordColumn("sentence", \.sentence),
        RecordColumn("span_start", \.spanStart), RecordColumn("span_end", \.spanEnd),
        RecordColumn("evidence", \.evidence), RecordColumn("record", \.record),
    ])
}
