/// Windows-1252, the encoding of most text that is not UTF-8 in English-language news:
/// Latin-1 plus smart quotes, dashes and a few letters in 0x80–0x9F.
enum Windows1252 {
    /// The scalars of 0x80–0x9F; 0 marks the five bytes the code page leaves undefined.
    private static let high: [UInt16] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static func isDefined(_ byte: UInt8) -> Bool {
        byte < 0x80 || byte >= 0xA0 || high[Int(byte - 0x80)] != 0
    }

    /// Whether bytes that are not UTF-8 read as Windows-1252 text. Every byte must be defined in
    /// the code page; high bytes must be a minority and most of the rest ASCII letters (Greek or
    /// Cyrillic in a single-byte code page, and binary data, fail this); and each high byte must
    /// sit where Western text puts it (see `fits`). Broken UTF-8 ("caf\u{C3}(", a stray 0x80
    /// inside a word, 0xFF 0xFE) fails the last test, so it is reported rather than misread.
    static func isPlausible(_ bytes: [UInt8]) -> Bool {
        var nonSpace = 0, highCount = 0, letters = 0
        for (i, b) in bytes.enumerated() {
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D: continue
            case 0x41...0x5A, 0x61...0x7A: letters += 1
            case 0x80...0xFF:
                guard isDefined(b), fits(b, after: i > 0 ? bytes[i - 1] : 0x20,
                                         before: i + 1 < bytes.count ? bytes[i + 1] : 0x20) else { return false }
                highCount += 1
            default: break
            }
            nonSpace += 1
        }
        guard nonSpace > 0 else { return false }
        return highCount * 10 <= nonSpace * 3 && letters * 10 >= nonSpace * 4
    }

    /// Bytes that are defined but next to never written in Western news text.
    private static let odd: Set<UInt8> = [0xA4, 0xA6, 0xA8, 0xAC, 0xAF, 0xB8, 0xD0, 0xD7, 0xDE, 0xF0, 0xF7, 0xFE, 0xFF, 0x88, 0x98]
    /// Currency signs and symbols, which are not written between two letters.
    private static let symbols: Set<UInt8> = [0x80, 0xA1, 0xA2, 0xA3, 0xA5, 0xA7, 0xA9, 0xAA, 0xAB, 0xAE, 0xB0, 0xB1,
                                              0xB2, 0xB3, 0xB5, 0xB6, 0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE, 0xBF]

    private static func fits(_ b: UInt8, after previous: UInt8, before next: UInt8) -> Bool {
        if odd.contains(b) { return false }
        let asciiLetter = { (c: UInt8) in (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
        let lowercase = { (c: UInt8) in (c >= 0x61 && c <= 0x7A) || (c >= 0xDF && c <= 0xFF && c != 0xF7) }
        if symbols.contains(b) { return !(asciiLetter(previous) && asciiLetter(next)) }
        // An accented capital right after a lower-case letter: "caf\u{C3}" is broken UTF-8.
        if b >= 0xC0, b <= 0xDE, lowercase(previous) { return false }
        // A UTF-8 lead byte followed by a continuation byte other than quotes and dashes
        // ("\u{E2}\u{82}"): a cut-off UTF-8 sequence, not Windows-1252.
        if b >= 0xC2, b <= 0xF4, next >= 0x80, next <= 0xBF, !(0x91...0x97).contains(next), next != 0xA0 { return false }
        return true
    }

    /// UTF-8 for Windows-1252 bytes; undefined bytes become the C1 controls WHATWG maps them to,
    /// which text cleanup then drops.
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 {
                out.append(b)
                continue
            }
            var value = UInt32(b)
            if b < 0xA0, high[Int(b - 0x80)] != 0 { value = UInt32(high[Int(b - 0x80)]) }
            UTF8Encoding.append(value, to: &out)
        }
        return out
    }
}
