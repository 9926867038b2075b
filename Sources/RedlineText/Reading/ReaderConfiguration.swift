import RedlineCore

/// How `DocumentReader` treats its inputs.
///
/// ```swift
/// var configuration = ReaderConfiguration(defaultPublished: Day("2022-04-13"))
/// configuration.maxDocumentBytes = 8 << 20
/// let reader = DocumentReader(configuration: configuration)
/// ```
public struct ReaderConfiguration: Sendable {
    /// The format of every input, or nil to tell each input's format from its content.
    public var inputFormat: InputFormat?
    /// The publication day of documents whose input carries none.
    public var defaultPublished: Day?
    /// One document (a text or HTML file, a JSON line, a feed item) larger than this is refused
    /// with an error; JSON Lines files and feeds may be larger as a whole, since they are streamed.
    public var maxDocumentBytes: Int
    /// HTML nested deeper than this is refused with a `tooDeep` error (libxml2's own limit of 256
    /// levels applies to feeds, whose XML is parsed without `XML_PARSE_HUGE`).
    public var maxNestingDepth: Int

    public init(inputFormat: InputFormat? = nil, defaultPublished: Day? = nil,
                maxDocumentBytes: Int = 32 << 20, maxNestingDepth: Int = 2_000) {
        self.inputFormat = inputFormat
        self.defaultPublished = defaultPublished
        self.maxDocumentBytes = maxDocumentBytes
        self.maxNestingDepth = maxNestingDepth
    }
}
