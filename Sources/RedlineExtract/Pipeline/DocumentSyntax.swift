import Foundation
import RedlineSyntax
import RedlineText

/// The parses of one document's sentences, made when a stage first asks for one: only sentences
/// that hold an event or red-line cue are ever parsed.
public final class DocumentSyntax: @unchecked Sendable {
    /// Sentences longer than this are left to the window heuristics: a run-on "sentence" of
    /// thousands of words (a table, a list without stops) would cost time and say little.
    public static let longestSentence = 120

    private let text: SegmentedText
    private let model: SyntaxModel
    private let lock = NSLock()
    private var parses: [Int: SentenceSyntax?] = [:]

    init(text: SegmentedText, model: SyntaxModel) {
        self.text = text
        self.model = model
    }

    /// The parse of sentence `s`, or nil when it is too long to parse.
    public func sentence(_ s: Int) -> SentenceSyntax? {
        lock.lock()
        defer { lock.unlock() }
        if let known = parses[s] { return known }
        let tokens = text.sentences[s].tokens
        var parse: SentenceSyntax?
        if tokens.count <= Self.longestSentence, !tokens.isEmpty {
            let words = NewsWords(bytes: text.buffer.bytes, tokens: text.tokens[tokens])
            if words.forms.count <= Self.longestSentence * 2 {
                parse = SentenceSyntax(tree: model.analyze(words.forms), words: words, tokens: tokens)
            }
        }
        parses[s] = parse
        return parse
    }

    /// The parse of the sentence holding token `k`.
    public func sentence(ofToken k: Int) -> SentenceSyntax? {
        guard k >= 0, k < text.sentenceOfToken.count else { return nil }
        return sentence(Int(text.sentenceOfToken[k]))
    }

    /// How many sentences have been parsed so far.
    public var parsedCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return parses.values.filter { $0 != nil }.count
    }
}

struct SyntaxStage: ExtractionStage {
    let source: SyntaxSource
    var name: String { "syntax" }
    var needs: Set<Annotation> { [] }
    var adds: Set<Annotation> { [.syntax] }
    func process(_ document: inout AnnotatedDocument) {
        guard let model = source.model else { return }
        document.syntax = DocumentSyntax(text: document.text, model: model)
    }
}
