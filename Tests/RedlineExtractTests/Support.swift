import RedlineCore
@testable import RedlineExtract

/// The built-in pipeline, loaded once for all tests.
enum Fixture {
    static let pipeline: Pipeline = {
        do { return try Pipeline.standard(lexicon: Lexicon.builtIn()) } catch { fatalError("built-in lexicon: \(error)") }
    }()

    static func annotate(_ text: String, published: String? = nil) -> AnnotatedDocument {
        pipeline.run(Document(source: "test", published: published.flatMap(Day.init), text: text))
    }

    static func extract(_ text: String, published: String? = nil) -> Extraction {
        annotate(text, published: published).extraction()
    }
}

extension AnnotatedDocument {
    /// The text of each actor mention with its code and sector, for compact assertions.
    var mentionSummary: [String] {
        actors.mentions.map { m in
            let ref = actors.entities[m.entity].ref
            return "\(text.text(tokens: m.tokens))=\(ref.code ?? "?")\(ref.sector.map { "/\($0)" } ?? "")"
        }
    }
}

extension Extraction {
    func codes(_ refs: [ActorRef]) -> Set<String> { Set(refs.compactMap(\.code)) }
}
