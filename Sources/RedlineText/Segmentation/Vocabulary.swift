/// The comparison forms a lexicon knows, each with a small integer id, so that the extractor's
/// inner loops compare integers instead of hashing strings.
///
/// A document is looked up once, token by token, when it is segmented (``SegmentedText/words``);
/// every word the vocabulary does not know gets ``unknown``, which no lexicon set contains.
///
/// ```swift
/// var vocabulary = Vocabulary()
/// let warn = vocabulary.intern("warned")
/// let text = SegmentedText(Document(source: "x", text: "Moscow warned Kyiv."), vocabulary: vocabulary)
/// text.words[1] == warn   // true
/// ```
public struct Vocabulary: Sendable {
    public static let unknown: Int32 = 0

    /// Open-addressing table of ids by FNV-1a hash of the form's UTF-8 (0: empty slot); a power
    /// of two, at most half full. Cheaper than `Dictionary`'s seeded SipHash for one lookup per token.
    private var slots: [Int32] = Array(repeating: 0, count: 1024)
    private var forms: [String] = [""]
    /// For each id, the bits of the word classes it belongs to (``WordClass/bit``).
    private var classBits: [UInt64] = [0]

    public init() {}

    /// How many ids there are, `unknown` included: the size of tables indexed by id.
    public var count: Int { forms.count }

    /// The id of `form`, added if new. `form` must already be a comparison form (`Normalizer.fold`).
    @discardableResult
    public mutating func intern(_ form: String) -> Int32 {
        let (found, slot) = find(form)
        if found != Vocabulary.unknown { return found }
        let id = Int32(forms.count)
        slots[slot] = id
        forms.append(form)
        classBits.append(0)
        if forms.count * 2 > slots.count { rehash() }
        return id
    }

    /// Interns every form of `wordClass` and marks it as a member.
    public mutating func tag(_ wordClass: WordClass) {
        for form in wordClass.forms { classBits[Int(intern(form))] |= wordClass.bit }
    }

    /// The class bits of a word id.
    @inline(__always)
    public func classes(of id: Int32) -> UInt64 { classBits[Int(id)] }

    /// The id of `form`, or `unknown`.
    public func id(_ form: String) -> Int32 { find(form).id }

    /// The id of `form` (or `unknown`) and the slot where it is or would go.
    @inline(__always)
    private func find(_ form: String) -> (id: Int32, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(form)) & mask
        while true {
            let id = slots[slot]
            if id == Vocabulary.unknown || forms[Int(id)] == form { return (id, slot) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func rehash() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for id in 1..<forms.count {
            var slot = Int(truncatingIfNeeded: Self.hash(forms[id])) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    @inline(__always)
    private static func hash(_ form: String) -> UInt64 {
        // Over the contiguous UTF-8 (in place for the small strings most words are): iterating
        // `String.UTF8View` costs more than the hashing.
        var form = form
        return form.withUTF8 { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes {
                h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            }
            return h ^ (h >> 29)
        }
    }

    /// The form an id stands for ("" for `unknown`).
    public func form(_ id: Int32) -> String { forms[Int(id)] }
}

/// A set of vocabulary ids as a bit array: membership is one shift and one mask.
public struct WordSet: Sendable {
    @usableFromInline var bits: [UInt64] = []

    public init() {}

    public init<S: Sequence>(_ forms: S, in vocabulary: inout Vocabulary) where S.Element == String {
        for f in forms { insert(vocabulary.intern(f)) }
    }

    public mutating func insert(_ id: Int32) {
        guard id != Vocabulary.unknown else { return }
        let word = Int(id) >> 6
        if word >= bits.count { bits += repeatElement(0, count: word + 1 - bits.count) }
        bits[word] |= 1 << UInt64(Int(id) & 63)
    }

    @inlinable @inline(__always)
    public func contains(_ id: Int32) -> Bool {
        let word = Int(id) >> 6
        return word < bits.count && bits[word] & (1 << UInt64(Int(id) & 63)) != 0
    }

    public var isEmpty: Bool { !bits.contains { $0 != 0 } }
}

/// A closed class of words ("will, would, could..."): its forms, and one bit that segmentation
/// sets on every token of the class (``SegmentedText/classes``), so that testing a token is a mask.
///
/// At most 64 classes exist in one vocabulary; each is given its bit where it is declared.
public struct WordClass: Sendable {
    public let bit: UInt64
    public let forms: Set<String>

    public init(bit index: Int, _ forms: Set<String>) {
        precondition(index >= 0 && index < 64, "a word class needs a bit between 0 and 63")
        bit = 1 << UInt64(index)
        self.forms = forms
    }

    /// Membership of a comparison form, for code off the hot path.
    public func contains(_ form: String) -> Bool { forms.contains(form) }
}
