/// What the tagger and parser read of one word, hashed once per word.
struct WordForm: Sendable {
    /// The lower-case form.
    var word: UInt64
    /// The form as written, for the tag dictionary ("US" is not "us").
    var exact: UInt64
    var suffix1: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    var prefix1: UInt64
    var prefix3: UInt64
    var suffix4: UInt64
    /// A coarse shape ("Xx", "x", "d", "X.", ...), repeats collapsed.
    var shape: UInt64
    /// The exact form's shape class bits: capitalised, all capitals, digit, hyphen.
    var flags: UInt64
    /// The word's learned classes (``WordClusters``), 0 when unknown.
    var coarse: UInt64 = 0
    var fine: UInt64 = 0
    /// The tags the treebank gives the word (a bit set), 0 when rare or unseen.
    var tagSet: UInt64 = 0
    /// How often the word is capitalised inside sentences, bucketed (0 unknown).
    var capitalisation: UInt64 = 0

    static let padding = WordForm(text: "<pad>")
    static let root = WordForm(text: "<root>")

    init(text: String, clusters: WordClusters) {
        self.init(text: text)
        coarse = clusters.coarse(word)
        fine = clusters.fine(word)
        tagSet = clusters.tagSet(word)
        capitalisation = clusters.capitalisation(word)
    }

    init(text: String) {
        let bytes = Array(text.utf8)
        word = FeatureHash.word(bytes)
        exact = FeatureHash.exactWord(bytes)
        let n = bytes.count
        // Suffixes over bytes are fine for ASCII; for other scripts they are merely coarser.
        suffix1 = FeatureHash.word(bytes[max(0, n - 1)...]) ^ 0x11
        suffix2 = FeatureHash.word(bytes[max(0, n - 2)...]) ^ 0x22
        suffix3 = FeatureHash.word(bytes[max(0, n - 3)...]) ^ 0x33
        prefix1 = FeatureHash.word(bytes[0..<min(n, 1)]) ^ 0x44
        prefix3 = FeatureHash.word(bytes[0..<min(n, 3)]) ^ 0x66
        suffix4 = FeatureHash.word(bytes[max(0, n - 4)...]) ^ 0x88
        var shapeBytes = [UInt8]()
        var flags: UInt64 = 0
        var letters = 0, capitals = 0
        for b in bytes {
            let s: UInt8
            switch b {
            case 0x41...0x5A: s = 0x58; capitals += 1; letters += 1
            case 0x61...0x7A: s = 0x78; letters += 1
            case 0x30...0x39: s = 0x64; flags |= 4
            case 0x80...: s = 0x75
            default: s = b
            }
            if b == 0x2D { flags |= 8 }
            if shapeBytes.count < 2 || shapeBytes[shapeBytes.count - 1] != s || shapeBytes[shapeBytes.count - 2] != s {
                shapeBytes.append(s)
            }
        }
        if let first = bytes.first, first >= 0x41, first <= 0x5A { flags |= 1 }
        if letters > 1, capitals == letters { flags |= 2 }
        shape = FeatureHash.word(shapeBytes) ^ 0x55
        self.flags = flags
    }
}
