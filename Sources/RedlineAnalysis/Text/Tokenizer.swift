/// Splits text into lowercased word tokens over its UTF-8 bytes (no `Character` iteration: this
/// runs over every candidate event's evidence).
///
/// Letters and digits make words; apostrophes inside a word are dropped ("didn't" → "didnt",
/// "Russia's" → "russias"); Latin-1 accented letters fold to their base letter ("Türkiye" →
/// "turkiye"); general punctuation (dashes, curly quotes) separates words.
enum Tokenizer {
    /// Calls `body` with each token's lowercased bytes (valid only during the call), whether it was
    /// written all in capitals (an acronym such as "EU" or "US", which is never a stop word), and
    /// its FNV-1a hash. Tokens longer than 64 bytes are cut to their first 64.
    static func forEachToken(in text: String,
                             _ body: (_ token: UnsafeBufferPointer<UInt8>, _ acronym: Bool, _ hash: UInt64) -> Void) {
        let capacity = 64
        var text = text
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            let scratch = buffer.baseAddress!
            text.withUTF8 { bytes in
                var count = 0, upper = 0
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                @inline(__always) func append(_ b: UInt8) {
                    if count < capacity {
                        scratch[count] = b
                        h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
                    }
                    count += 1
                }
                @inline(__always) func flush() {
                    if count > 0 {
                        let n = min(count, capacity)
                        body(UnsafeBufferPointer(start: scratch, count: n), upper == count && count >= 2, h)
                        count = 0
                        upper = 0
                        h = 0xcbf2_9ce4_8422_2325
                    }
                }
                let n = bytes.count
                var i = 0
                while i < n {
                    let b = bytes[i]
                    if b >= 0x61 && b <= 0x7A || b >= 0x30 && b <= 0x39 {
                        append(b)
                        i += 1
                    } else if b >= 0x41 && b <= 0x5A {
                        append(b | 0x20)
                        upper += 1
                        i += 1
                    } else if b == 0x27 {
                        // An apostrophe joins when a letter follows it inside a word.
                        if count == 0 || i + 1 >= n || !isASCIILetter(bytes[i + 1]) { flush() }
                        i += 1
                    } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
                        // U+2000–U+203F: spaces, dashes, quotes. U+2019 inside a word is an apostrophe.
                        if !(bytes[i + 2] == 0x99 && count > 0 && i + 3 < n && isASCIILetter(bytes[i + 3])) { flush() }
                        i += 3
                    } else if b == 0xC3, i + 1 < n, let folded = foldLatin1(bytes[i + 1]) {
                        append(folded)
                        i += 2
                    } else if b == 0xC2 {
                        flush()  // U+0080–U+00BF: NBSP, «», ·
                        i += 2
                    } else if b >= 0x80 {
                        // Other scripts: keep the whole scalar inside the word.
                        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                        var k = 0
                        while k < length, i + k < n {
                            append(bytes[i + k])
                            k += 1
                        }
                        i += length
                    } else {
                        flush()
                        i += 1
                    }
                }
                flush()
            }
        }
    }

    private static func isASCIILetter(_ b: UInt8) -> Bool {
        b >= 0x61 && b <= 0x7A || b >= 0x41 && b <= 0x5A
    }

    /// The base letter of a Latin-1 letter written `C3 xx`, or nil for × and ÷.
    private static func foldLatin1(_ second: UInt8) -> UInt8? {
        let c = second | 0x20  // 0x80–0x9F capitals → 0xA0–0xBF small
        switch c {
        case 0xA0...0xA5: return UInt8(ascii: "a")
        case 0xA7: return UInt8(ascii: "c")
        case 0xA8...0xAB: return UInt8(ascii: "e")
        case 0xAC...0xAF: return UInt8(ascii: "i")
        case 0xB1: return UInt8(ascii: "n")
        case 0xB2...0xB6, 0xB8: return UInt8(ascii: "o")
        case 0xB9...0xBC: return UInt8(ascii: "u")
        case 0xBD, 0xBF: return UInt8(ascii: "y")
        case 0xA6: return UInt8(ascii: "a")  // æ
        case 0xB0: return UInt8(ascii: "d")  // ð
        case 0xBE: return UInt8(ascii: "t")  // þ
        default: return second == 0x9F ? UInt8(ascii: "s") : nil  // ß
        }
    }

    /// FNV-1a over bytes: stable across runs, unlike `Hasher`.
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    static func hash(_ word: String) -> UInt64 { hash(word.utf8) }

    /// The hashes of a text's lowercased tokens, in order (for cue phrases).
    static func tokenHashes(of text: String) -> [UInt64] {
        var result: [UInt64] = []
        forEachToken(in: text) { _, _, hash in result.append(hash) }
        return result
    }
}
