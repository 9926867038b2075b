import RedlineCore
import RedlineExtract

extension StoredDocument {
    /// Runs the pipeline on a document and keeps what it found, with the decoded text (so spans can
    /// be shown against it later): what `redline ingest` and the server's document upload store.
    ///
    /// ```swift
    /// let stored = StoredDocument(extracting: document, with: pipeline, ingestedAt: "2024-05-01T09:00:00Z")
    /// ```
    public init(extracting document: Document, with pipeline: Pipeline, ingestedAt: String) {
        self.init(extraction: pipeline.run(document).extraction(includeText: true), ingestedAt: ingestedAt)
    }
}
