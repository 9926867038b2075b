/// Accuracy of a model on gold trees, with gold tokenisation, every word counted (punctuation too).
public struct SyntaxScores: Sendable, Equatable {
    public var words: Int
    public var upos: Double
    public var uas: Double
    public var las: Double
    public var lemma: Double
}

enum SyntaxEvaluation {
    static func taggerAccuracy(_ tagger: Tagger, clusters: WordClusters, _ sentences: [TreebankSentence]) -> Double {
        var correct = 0, total = 0
        for s in sentences {
            let tags = tagger.tag(s.forms.map { WordForm(text: $0, clusters: clusters) })
            for (a, b) in zip(tags, s.tags) where a == b { correct += 1 }
            total += s.count
        }
        return Double(correct) / Double(max(total, 1))
    }

    static func score(tagger: Tagger, parser: ParserEnsemble, lemmatizer: Lemmatizer? = nil, clusters: WordClusters,
                      _ sentences: [TreebankSentence]) -> SyntaxScores {
        var words = 0, tagged = 0, attached = 0, labelled = 0, lemmas = 0
        for s in sentences {
            let forms = s.forms.map { WordForm(text: $0, clusters: clusters) }
            let tags = tagger.tag(forms)
            let (heads, labels) = parser.parse(forms, tags: tags)
            for i in 0..<s.count {
                words += 1
                if tags[i] == s.tags[i] { tagged += 1 }
                if heads[i] + 1 == s.heads[i] {
                    attached += 1
                    if parser.relations[labels[i]] == s.relations[i] { labelled += 1 }
                }
                if let lemmatizer, lemmatizer.lemma(of: s.forms[i], tag: tags[i]) == s.lemmas[i] { lemmas += 1 }
            }
        }
        let n = Double(max(words, 1))
        return SyntaxScores(words: words, upos: Double(tagged) / n, uas: Double(attached) / n,
                            las: Double(labelled) / n, lemma: Double(lemmas) / n)
    }
}
