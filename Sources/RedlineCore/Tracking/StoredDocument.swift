/// A document as the tracker keeps it: its header and what extraction found in it. Every record
/// keeps its document and span, so any claim can be traced to its sentence.
public struct StoredDocument: Codable, Sendable, Hashable {
    public var extraction: Extraction
    /// When it was ingested (ISO 8601).
    public var ingestedAt: String

    public init(extraction: Extraction, ingestedAt: String) {
        self.extraction = extraction
        self.ingestedAt = ingestedAt
    }

    public var id: String { extraction.document.id }
}
