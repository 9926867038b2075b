import RedlineCore

/// Hand annotations of red lines and events (`redline-gold@1`), as in shared/eval/gold-seeds.json.
public struct GoldStandard: Codable, Sendable {
    public struct Line: Codable, Sendable {
        public var id: String
        public var declarer: [String]
        public var anchors: [String]
        public var consequence: String?
        public var date: String?
        public var datePrecision: String?
    }

    public struct GoldEvent: Codable, Sendable {
        public var types: [String]
        public var actor: [String]
        public var anchor: String
    }

    public struct GoldDocument: Codable, Sendable {
        public var file: String
        public var published: Day?
        public var redLines: [Line]
        public var optional: [String]?
        public var events: [GoldEvent]?
    }

    public var documents: [GoldDocument]
}
