import RedlineCore

/// Hand annotations of red lines and events: `redline-gold@1` (shared/eval/gold-seeds.json), whose
/// documents name their article by `file`, or `redline-dev@1` (shared/eval/dev/), whose documents
/// carry the article's `text` with an `id` and a `title`, in a named `slice`.
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
        /// The article's path (redline-gold@1), relative to the gold's root.
        public var file: String?
        /// The article itself (redline-dev@1).
        public var id: String?
        public var title: String?
        public var text: String?
        public var published: Day?
        public var redLines: [Line]
        public var optional: [String]?
        public var events: [GoldEvent]?
    }

    public var schema: String?
    public var slice: String?
    public var documents: [GoldDocument]
}
