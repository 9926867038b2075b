/// One sentence of a CoNLL-U treebank: forms with their gold tags, lemmas, heads and relations.
///
/// Multiword-token ranges ("3-4 don't") and empty nodes ("5.1") are skipped: the trees are over
/// syntactic words, as the parser sees them.
public struct TreebankSentence: Sendable, Equatable {
    public var forms: [String]
    public var lemmas: [String]
    public var tags: [UPOS]
    /// 1-based head of each word; 0 is the root.
    public var heads: [Int]
    public var relations: [String]

    public init(forms: [String], lemmas: [String], tags: [UPOS], heads: [Int], relations: [String]) {
        self.forms = forms
        self.lemmas = lemmas
        self.tags = tags
        self.heads = heads
        self.relations = relations
    }

    public var count: Int { forms.count }
}

/// Why a treebank file could not be read, with the line it concerns.
public struct TreebankError: Error, CustomStringConvertible, Equatable {
    public let source: String
    public let line: Int
    public let message: String

    public var description: String { "\(source):\(line): \(message)" }
}

/// Reads CoNLL-U text.
public enum Treebank {
    /// Parses a whole CoNLL-U document; `source` names it in errors.
    public static func parse(_ text: String, source: String) throws -> [TreebankSentence] {
        var sentences = [TreebankSentence]()
        var current = TreebankSentence(forms: [], lemmas: [], tags: [], heads: [], relations: [])
        var lineNumber = 0
        func finish() throws {
            guard current.count > 0 else { return }
            for (i, head) in current.heads.enumerated() where head < 0 || head > current.count {
                throw TreebankError(source: source, line: lineNumber, message: "word \(i + 1) has head \(head) outside its sentence of \(current.count) words")
            }
            sentences.append(current)
            current = TreebankSentence(forms: [], lemmas: [], tags: [], heads: [], relations: [])
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty {
                try finish()
                continue
            }
            if line.first == "#" { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 10 else {
                throw TreebankError(source: source, line: lineNumber, message: "expected 10 tab-separated fields, found \(fields.count)")
            }
            if fields[0].contains("-") || fields[0].contains(".") { continue }
            guard let id = Int(fields[0]), id == current.count + 1 else {
                throw TreebankError(source: source, line: lineNumber, message: "word id '\(fields[0])' is out of sequence")
            }
            guard let tag = UPOS(name: String(fields[3])) else {
                throw TreebankError(source: source, line: lineNumber, message: "unknown UPOS tag '\(fields[3])'")
            }
            guard let head = Int(fields[6]) else {
                throw TreebankError(source: source, line: lineNumber, message: "head '\(fields[6])' is not a number")
            }
            current.forms.append(String(fields[1]))
            current.lemmas.append(String(fields[2]))
            current.tags.append(tag)
            current.heads.append(head)
            current.relations.append(String(fields[7]))
        }
        try finish()
        return sentences
    }
}
