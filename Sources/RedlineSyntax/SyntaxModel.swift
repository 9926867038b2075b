import Foundation

/// A trained tagger, parser and lemmatizer, ready to analyse sentences.
///
/// ```swift
/// let model = try SyntaxModel.bundled()
/// let tree = model.analyze(["Moscow", "warned", "Kyiv", "."])
/// tree.relations[0]   // "nsubj"
/// ```
public final class SyntaxModel: Sendable {
    static let magic: [UInt8] = Array("RLSYNTAX".utf8)
    /// Version 2 adds each parser's beam width; version 1 files (greedy parsers) still load.
    static let formatVersion: UInt32 = 2

    let tagger: Tagger
    let parser: ParserEnsemble
    let lemmatizer: Lemmatizer
    let clusters: WordClusters

    init(tagger: Tagger, parser: ParserEnsemble, lemmatizer: Lemmatizer, clusters: WordClusters) {
        self.tagger = tagger
        self.parser = parser
        self.lemmatizer = lemmatizer
        self.clusters = clusters
    }

    /// The relation names the parser can give.
    public var relations: [String] { parser.relations }

    /// Tags, lemmatises and parses one sentence of words (treebank-style tokens).
    public func analyze(_ forms: [String]) -> SyntaxTree {
        let words = forms.map { WordForm(text: $0, clusters: clusters) }
        let tags = tagger.tag(words)
        let (heads, labels) = parser.parse(words, tags: tags)
        var lemmas = [String]()
        lemmas.reserveCapacity(forms.count)
        for (form, tag) in zip(forms, tags) { lemmas.append(lemmatizer.lemma(of: form, tag: tag)) }
        return SyntaxTree(words: forms, tags: tags, lemmas: lemmas, heads: heads,
                          relations: labels.map { parser.relations[$0] })
    }

    /// The same model parsing with another beam width (1 is greedy), for measuring what the beam
    /// buys.
    public func withBeam(width: Int? = nil, margin: Float? = nil) -> SyntaxModel {
        SyntaxModel(tagger: tagger, parser: ParserEnsemble(members: parser.members.map {
            Parser(moves: $0.moves, labeller: $0.labeller, relations: $0.relations, rootLabel: $0.rootLabel,
                   beamWidth: max(width ?? $0.beamWidth, 1), beamMargin: margin ?? $0.beamMargin)
        }, reversed: parser.reversed), lemmatizer: lemmatizer, clusters: clusters)
    }

    /// Scores the model on gold trees (gold tokenisation).
    public func evaluate(_ sentences: [TreebankSentence]) -> SyntaxScores {
        SyntaxEvaluation.score(tagger: tagger, parser: parser, lemmatizer: lemmatizer, clusters: clusters, sentences)
    }

    /// Sizes of the parts, for reports: rows of the tagger, transition and label tables.
    public var summary: String {
        "tagger \(tagger.weights.rowCount) features (+\(tagger.dictionary.count) dictionary words), "
            + "parsers \(parser.members.map { "\($0.moves.rowCount)+\($0.labeller.rowCount)" }.joined(separator: ", ")) features "
            + "(\(parser.reversed.map { $0 ? "right-to-left" : "left-to-right" }.joined(separator: ", "))), "
            + "\(parser.relations.count) relations, lemmas \(lemmatizer.rules.count) rules "
            + "+ \(lemmatizer.exceptions.count) exceptions, \(clusters.classes.count) clustered words"
    }
}

// MARK: - Loading

extension SyntaxModel {
    /// The model shipped with redline.
    public static func bundled() throws -> SyntaxModel {
        guard let url = Bundle.module.url(forResource: "syntax", withExtension: "model", subdirectory: "Model")
            ?? Bundle.module.url(forResource: "syntax", withExtension: "model") else {
            var error = SyntaxModelError.missing
            error.source = "bundled syntax model"
            throw error
        }
        return try load(contentsOf: url.path)
    }

    public static func load(contentsOf path: String) throws -> SyntaxModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            var error = SyntaxModelError.missing
            error.source = path
            throw error
        }
        do {
            return try SyntaxModel(bytes: [UInt8](data))
        } catch var error as SyntaxModelError {
            error.source = path
            throw error
        }
    }

    public convenience init(bytes: [UInt8]) throws {
        guard bytes.count >= SyntaxModel.magic.count + 12, Array(bytes[0..<8]) == SyntaxModel.magic else {
            throw SyntaxModelError.corrupt("it does not start with the RLSYNTAX header")
        }
        let body = bytes[0..<(bytes.count - 8)]
        var tail = ModelReader(bytes: bytes, offset: bytes.count - 8, end: bytes.count)
        guard try tail.u64("checksum") == modelChecksum(body) else {
            throw SyntaxModelError.corrupt("its checksum does not match (the file is damaged or cut short)")
        }
        var r = ModelReader(bytes: bytes, offset: 8, end: bytes.count - 8)
        let version = try r.u32("version")
        guard version == 1 || version == SyntaxModel.formatVersion else { throw SyntaxModelError(kind: .version(version)) }

        // Relations.
        let relationCount = try r.count("relations", itemSize: 4)
        var relations = [String]()
        for _ in 0..<relationCount { relations.append(try r.string("relation name")) }
        guard let rootLabel = relations.firstIndex(of: "root") else {
            throw SyntaxModelError.corrupt("its relations have no 'root'")
        }
        // Tag dictionary.
        let dictionaryCount = try r.count("tag dictionary", itemSize: 9)
        var dictionary = [UInt64: UPOS](minimumCapacity: dictionaryCount)
        for _ in 0..<dictionaryCount {
            let key = try r.u64("tag dictionary")
            guard let tag = UPOS(rawValue: try r.u8("tag dictionary")) else {
                throw SyntaxModelError.corrupt("the tag dictionary holds an unknown tag")
            }
            dictionary[key] = tag
        }
        // Lemmas.
        let exceptionCount = try r.count("lemma exceptions", itemSize: 8)
        var exceptions = [String: String](minimumCapacity: exceptionCount)
        for _ in 0..<exceptionCount { exceptions[try r.string("lemma exception")] = try r.string("lemma exception") }
        let ruleCount = try r.count("lemma rules", itemSize: 8)
        var rules = [String: Lemmatizer.Rule](minimumCapacity: ruleCount)
        for _ in 0..<ruleCount {
            let key = try r.string("lemma rule")
            let cut = Int(try r.u8("lemma rule"))
            rules[key] = Lemmatizer.Rule(cut: cut, append: try r.string("lemma rule"))
        }
        let classes = try r.wordTable("word classes")
        let tagSets = try r.wordTable("tag sets")
        let taggerWeights = try Self.readTable(&r, "tagger weights", classes: UPOS.allCases.count)
        let memberCount = try r.count("parsers", itemSize: 16)
        guard memberCount >= 1 else { throw SyntaxModelError.corrupt("it holds no parser") }
        var members = [Parser](), reversed = [Bool]()
        for _ in 0..<memberCount {
            let direction = try r.u8("parser direction")
            guard direction <= 1 else { throw SyntaxModelError.corrupt("a parser has an unknown direction \(direction)") }
            reversed.append(direction == 1)
            let beamWidth = version >= 2 ? Int(try r.u8("parser beam width")) : 1
            guard beamWidth >= 1 else { throw SyntaxModelError.corrupt("a parser has a beam width of 0") }
            let beamMargin = version >= 2 ? try r.f32("parser beam margin") : .infinity
            guard !beamMargin.isNaN, beamMargin >= 0 else { throw SyntaxModelError.corrupt("a parser has a bad beam margin") }
            let moveWeights = try Self.readTable(&r, "parser weights", classes: Move.allCases.count)
            let labelWeights = try Self.readTable(&r, "labeller weights", classes: relations.count)
            members.append(Parser(moves: moveWeights, labeller: labelWeights, relations: relations, rootLabel: rootLabel,
                                  beamWidth: beamWidth, beamMargin: beamMargin))
        }
        guard r.offset == r.end else { throw SyntaxModelError.corrupt("\(r.end - r.offset) bytes follow the last table") }
        self.init(tagger: Tagger(weights: taggerWeights, dictionary: dictionary),
                  parser: ParserEnsemble(members: members, reversed: reversed),
                  lemmatizer: Lemmatizer(exceptions: exceptions, rules: rules),
                  clusters: WordClusters(classes: classes, tagSets: tagSets))
    }

    private static func readTable(_ r: inout ModelReader, _ what: String, classes: Int) throws -> WeightTable {
        let stored = Int(try r.u32(what))
        guard stored == classes else { throw SyntaxModelError.corrupt("\(what) have \(stored) classes, expected \(classes)") }
        let scale = try r.f32(what)
        guard scale.isFinite, scale >= 0 else { throw SyntaxModelError.corrupt("\(what) have a bad scale") }
        let rows = try r.count(what, itemSize: 8 + 2 * classes)
        var keys = [UInt64]()
        keys.reserveCapacity(rows)
        for _ in 0..<rows {
            let key = try r.u64(what)
            guard key & 1 == 1 else { throw SyntaxModelError.corrupt("\(what) hold an invalid feature key") }
            keys.append(key)
        }
        var weights = [Int16]()
        weights.reserveCapacity(rows * classes)
        for _ in 0..<(rows * classes) { weights.append(try r.i16(what)) }
        return WeightTable(classes: classes, scale: scale, keys: keys, quantized: weights)
    }
}

// MARK: - Writing

extension SyntaxModel {
    /// The model as a file: header, version, relations, tag dictionary, lemmas, word classes and
    /// tag sets, the tagger's weights, each parser's direction, transition and label weights
    /// (16-bit), and a checksum.
    public func serialized() -> [UInt8] {
        var w = ModelWriter()
        w.raw(SyntaxModel.magic)
        w.u32(SyntaxModel.formatVersion)
        w.u32(UInt32(parser.relations.count))
        for relation in parser.relations { w.string(relation) }
        let dictionary = tagger.dictionary.sorted { $0.key < $1.key }
        w.u32(UInt32(dictionary.count))
        for (key, tag) in dictionary {
            w.u64(key)
            w.u8(tag.rawValue)
        }
        let exceptions = lemmatizer.exceptions.sorted { $0.key < $1.key }
        w.u32(UInt32(exceptions.count))
        for (key, lemma) in exceptions {
            w.string(key)
            w.string(lemma)
        }
        let rules = lemmatizer.rules.sorted { $0.key < $1.key }
        w.u32(UInt32(rules.count))
        for (key, rule) in rules {
            w.string(key)
            w.u8(UInt8(min(rule.cut, 255)))
            w.string(rule.append)
        }
        w.wordTable(clusters.classes)
        w.wordTable(clusters.tagSets)
        Self.write(tagger.weights, &w)
        w.u32(UInt32(parser.members.count))
        for (member, reversed) in zip(parser.members, parser.reversed) {
            w.u8(reversed ? 1 : 0)
            w.u8(UInt8(clamping: member.beamWidth))
            w.f32(member.beamMargin)
            Self.write(member.moves, &w)
            Self.write(member.labeller, &w)
        }
        let checksum = modelChecksum(w.bytes[...])
        w.u64(checksum)
        return w.bytes
    }

    private static func write(_ table: WeightTable, _ w: inout ModelWriter) {
        // Rows sorted by key, so the same weights always make the same file.
        let (keys, weights) = table.rows
        w.u32(UInt32(table.classes))
        w.f32(table.scale)
        w.u32(UInt32(table.rowCount))
        for key in keys { w.u64(key) }
        w.i16s(weights)
    }
}

// MARK: - Pruning

extension SyntaxModel {

    /// A smaller model: rows of the tagger, transition and label tables whose weights all stay
    /// below the given sizes are dropped.
    public func pruned(tagger taggerThreshold: Float, moves movesThreshold: Float, labels labelThreshold: Float) -> SyntaxModel {
        SyntaxModel(tagger: Tagger(weights: tagger.weights.pruned(below: taggerThreshold), dictionary: tagger.dictionary),
                    parser: ParserEnsemble(members: parser.members.map {
                        Parser(moves: $0.moves.pruned(below: movesThreshold), labeller: $0.labeller.pruned(below: labelThreshold),
                               relations: $0.relations, rootLabel: $0.rootLabel, beamWidth: $0.beamWidth,
                               beamMargin: $0.beamMargin)
                    }, reversed: parser.reversed),
                    lemmatizer: lemmatizer, clusters: clusters)
    }
}

// MARK: - Diagnostics

extension SyntaxModel {
    /// The commonest tagging and attachment mistakes on gold trees: "gold→predicted" tag pairs
    /// and "relation: attached wrongly" counts, most frequent first.
    public func mistakes(_ sentences: [TreebankSentence], top: Int = 15) -> (tags: [(String, Int)], relations: [(String, Int)]) {
        var tags = [String: Int](), relations = [String: Int]()
        for s in sentences {
            let tree = analyze(s.forms)
            for i in 0..<s.count {
                if tree.tags[i] != s.tags[i] { tags["\(s.tags[i])→\(tree.tags[i])", default: 0] += 1 }
                if tree.heads[i] + 1 != s.heads[i] { relations[s.relations[i], default: 0] += 1 }
            }
        }
        func ranked(_ d: [String: Int]) -> [(String, Int)] {
            Array(d.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(top))
        }
        return (ranked(tags), ranked(relations))
    }
}
