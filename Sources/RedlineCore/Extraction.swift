/// Everything `redline extract` found in one document: the `redline/extract@1` contract.
public struct Extraction: Hashable, Sendable {
    public static let schema = "redline/extract@1"

    /// The document header of the contract.
    public struct DocumentInfo: Hashable, Sendable {
        public var id: String
        public var source: String
        public var title: String?
        public var url: String?
        public var published: Day?
        public var language: String
        public var sentences: Int
        /// The decoded text, present only when asked for (`--include-text`).
        public var text: String?

        public init(id: String, source: String, title: String?, url: String?, published: Day?,
                    language: String, sentences: Int, text: String? = nil) {
            self.id = id
            self.source = source
            self.title = title
            self.url = url
            self.published = published
            self.language = language
            self.sentences = sentences
            self.text = text
        }
    }

    public var document: DocumentInfo
    public var actors: [ActorSummary]
    public var dates: [DateMention]
    public var quotes: [Quote]
    public var events: [Event]
    public var redLines: [RedLine]
    public var crossingClaims: [CrossingClaim]

    public init(document: DocumentInfo, actors: [ActorSummary] = [], dates: [DateMention] = [],
                quotes: [Quote] = [], events: [Event] = [], redLines: [RedLine] = [],
                crossingClaims: [CrossingClaim] = []) {
        self.document = document
        self.actors = actors
        self.dates = dates
        self.quotes = quotes
        self.events = events
        self.redLines = redLines
        self.crossingClaims = crossingClaims
    }
}

extension Extraction.DocumentInfo: Codable {
    private enum CodingKeys: String, CodingKey { case id, source, title, url, published, language, sentences, text }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encodeNullable(title, forKey: .title)
        try c.encodeNullable(url, forKey: .url)
        try c.encodeNullable(published, forKey: .published)
        try c.encode(language, forKey: .language)
        try c.encode(sentences, forKey: .sentences)
        try c.encodeIfPresent(text, forKey: .text)
    }
}

extension Extraction: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, document, actors, dates, quotes, events, redLines, crossingClaims
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let schema = try c.decode(String.self, forKey: .schema)
        guard schema == Extraction.schema else {
            throw DecodingError.dataCorruptedError(
                forKey: .schema, in: c, debugDescription: "expected schema \(Extraction.schema), found \(schema)")
        }
        self.init(
            document: try c.decode(DocumentInfo.self, forKey: .document),
            actors: try c.decode([ActorSummary].self, forKey: .actors),
            dates: try c.decode([DateMention].self, forKey: .dates),
            quotes: try c.decode([Quote].self, forKey: .quotes),
            events: try c.decode([Event].self, forKey: .events),
            redLines: try c.decode([RedLine].self, forKey: .redLines),
            crossingClaims: try c.decode([CrossingClaim].self, forKey: .crossingClaims))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Extraction.schema, forKey: .schema)
        try c.encode(document, forKey: .document)
        try c.encode(actors, forKey: .actors)
        try c.encode(dates, forKey: .dates)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(events, forKey: .events)
        try c.encode(redLines, forKey: .redLines)
        try c.encode(crossingClaims, forKey: .crossingClaims)
    }
}
