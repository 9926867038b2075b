import RedlineCore
import RedlineText

/// A document on its way through the pipeline: its segmentation and every annotation the stages
/// have added so far.
public struct AnnotatedDocument: Sendable {
    public let text: SegmentedText
    public var dates: [DateAnnotation] = []
    public var actors = ActorAnnotations()
    public var quotes: [QuoteAnnotation] = []
    public var events: [EventAnnotation] = []
    public var redLines: [RedLine] = []
    public var crossingClaims: [CrossingClaim] = []
    /// Parses of its sentences, made on demand; nil when the pipeline has no parser.
    public var syntax: DocumentSyntax?

    public init(text: SegmentedText) {
        self.text = text
    }

    public var document: Document { text.document }
}

/// What a stage of the pipeline needs before it and adds for those after it.
public enum Annotation: String, Sendable, CaseIterable {
    case syntax, dates, actors, quotes, events, redLines
}

/// One step of extraction: a document in, annotations added.
///
/// Stages declare what they need and what they add; `Pipeline` checks the order when it is built,
/// as spaCy does for its components.
public protocol ExtractionStage: Sendable {
    var name: String { get }
    var needs: Set<Annotation> { get }
    var adds: Set<Annotation> { get }
    func process(_ document: inout AnnotatedDocument)
}
