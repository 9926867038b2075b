/// One article as redline decoded it: NFC-normalised plain text plus what its container said
/// about it. The `id` is a content hash, so the same article read twice has the same id.
public struct Document: Sendable, Hashable, Codable {
    public var id: String
    /// The path, URL or `input:line` it came from.
    public var source: String
    public var title: String?
    public var url: String?
    public var published: Day?
    public var language: String
    public var text: String

    public init(id: String? = nil, source: String, title: String? = nil, url: String? = nil,
                published: Day? = nil, language: String = "en", text: String) {
        self.id = id ?? ContentHash.hex(of: text)
        self.source = source
        self.title = title
        self.url = url
        self.published = published
        self.language = language
        self.text = text
    }
}
