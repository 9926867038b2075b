import RedlineCore
import RedlineText

/// The extraction pipeline: segmentation, then each stage in order. The order lives here and
/// nowhere else.
///
/// ```swift
/// let pipeline = try Pipeline.standard(lexicon: .builtIn())
/// let annotated = pipeline.run(document)
/// let extraction = annotated.extraction()
/// ```
public struct Pipeline: Sendable {
    public let stages: [any ExtractionStage]
    /// The words the stages look up by id; documents are segmented against it.
    public let vocabulary: Vocabulary
    /// Where the parser comes from, to ask after a run whether it could be loaded.
    public private(set) var syntax: SyntaxSource?

    /// A pipeline of the given stages, refused when a stage comes before what it needs.
    public init(vocabulary: Vocabulary = Vocabulary(), stages: [any ExtractionStage]) throws {
        self.vocabulary = vocabulary
        var available = Set<Annotation>()
        for stage in stages {
            let missing = stage.needs.subtracting(available)
            guard missing.isEmpty else {
                throw PipelineError(message: "stage \(stage.name) needs \(missing.map(\.rawValue).sorted().joined(separator: ", ")), "
                    + "which no stage before it adds; order the stages so that \(missing.map(\.rawValue).sorted().joined(separator: ", ")) come first")
            }
            available.formUnion(stage.adds)
        }
        self.stages = stages
    }

    /// The standard pipeline over a lexicon: syntax (parsed on demand), dates, actors, quotes,
    /// events, red lines.
    public static func standard(lexicon: Lexicon, syntax: SyntaxSource = .bundled) throws -> Pipeline {
        // One vocabulary for every stage: the closed word classes, then the lexicon's words.
        var vocabulary = Vocabulary()
        for wordClass in WordClasses.all { vocabulary.tag(wordClass) }
        let gazetteer = Gazetteer(lexicon: lexicon, vocabulary: &vocabulary)
        let eventLexicon = EventLexicon(lexicon: lexicon, vocabulary: &vocabulary)
        var pipeline = try Pipeline(vocabulary: vocabulary, stages: [
            SyntaxStage(source: syntax),
            DateStage(),
            ActorStage(recognizer: ActorRecognizer(gazetteer: gazetteer)),
            QuoteStage(),
            EventStage(coder: EventCoder(lexicon: eventLexicon)),
            RedLineStage(extractor: RedLineExtractor(lexicon: eventLexicon)),
        ])
        pipeline.syntax = syntax
        return pipeline
    }

    public func run(_ document: Document) -> AnnotatedDocument {
        var annotated = AnnotatedDocument(text: SegmentedText(document, vocabulary: vocabulary))
        for stage in stages { stage.process(&annotated) }
        return annotated
    }
}

/// A pipeline whose stages cannot run in the order given.
public struct PipelineError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}

struct DateStage: ExtractionStage {
    let recognizer = DateRecognizer()
    var name: String { "dates" }
    var needs: Set<Annotation> { [] }
    var adds: Set<Annotation> { [.dates] }
    func process(_ document: inout AnnotatedDocument) {
        document.dates = recognizer.recognize(document.text, published: document.document.published)
    }
}

struct ActorStage: ExtractionStage {
    let recognizer: ActorRecognizer
    var name: String { "actors" }
    var needs: Set<Annotation> { [] }
    var adds: Set<Annotation> { [.actors] }
    func process(_ document: inout AnnotatedDocument) {
        document.actors = recognizer.recognize(document.text)
    }
}

struct QuoteStage: ExtractionStage {
    let recognizer = QuoteRecognizer()
    var name: String { "quotes" }
    var needs: Set<Annotation> { [.actors] }
    var adds: Set<Annotation> { [.quotes] }
    func process(_ document: inout AnnotatedDocument) {
        document.quotes = recognizer.recognize(document.text, actors: &document.actors)
    }
}

struct EventStage: ExtractionStage {
    let coder: EventCoder
    var name: String { "events" }
    var needs: Set<Annotation> { [.dates, .actors, .quotes] }
    var adds: Set<Annotation> { [.events] }
    func process(_ document: inout AnnotatedDocument) {
        document.events = coder.code(document)
    }
}

struct RedLineStage: ExtractionStage {
    let extractor: RedLineExtractor
    var name: String { "redLines" }
    var needs: Set<Annotation> { [.dates, .actors, .quotes, .events] }
    var adds: Set<Annotation> { [.redLines] }
    func process(_ document: inout AnnotatedDocument) {
        let found = extractor.extract(document)
        document.redLines = found.redLines
        document.crossingClaims = found.claims
        // Only ranges in the sentence of an event's trigger can overlap it: looked up by sentence,
        // not scanned whole for each event.
        let owner = document.text.sentenceOfToken
        var threatenedBySentence = [Int32: [Range<Int>]]()
        for range in found.threatened where !range.isEmpty {
            for s in owner[range.lowerBound]...owner[range.upperBound - 1] { threatenedBySentence[s, default: []].append(range) }
        }
        for i in document.events.indices {
            let trigger = document.events[i].trigger
            guard !trigger.isEmpty, let ranges = threatenedBySentence[owner[trigger.lowerBound]] else { continue }
            if ranges.contains(where: { $0.overlaps(trigger) }) { document.events[i].event.hypothetical = true }
        }
        document.events += found.threats
        document.events = document.events.enumerated()
            .sorted { ($0.element.sentence, $0.offset) < ($1.element.sentence, $1.offset) }.map(\.element)
    }
}
