/// A Universal Dependencies part-of-speech tag.
public enum UPOS: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X

    /// Reads a tag as the treebank writes it ("PROPN"); `nil` for anything else.
    public init?(name: String) {
        guard let tag = UPOS.allCases.first(where: { "\($0)" == name }) else { return nil }
        self = tag
    }

    public var description: String {
        switch self {
        case .ADJ: "ADJ"
        case .ADP: "ADP"
        case .ADV: "ADV"
        case .AUX: "AUX"
        case .CCONJ: "CCONJ"
        case .DET: "DET"
        case .INTJ: "INTJ"
        case .NOUN: "NOUN"
        case .NUM: "NUM"
        case .PART: "PART"
        case .PRON: "PRON"
        case .PROPN: "PROPN"
        case .PUNCT: "PUNCT"
        case .SCONJ: "SCONJ"
        case .SYM: "SYM"
        case .VERB: "VERB"
        case .X: "X"
        }
    }

    /// Nouns, proper nouns and pronouns: what can stand as a subject or object.
    public var isNominal: Bool { self == .NOUN || self == .PROPN || self == .PRON || self == .NUM }
    public var isVerbal: Bool { self == .VERB || self == .AUX }
}
