import Foundation

/// The comparison form of a word: lower case, accents removed, curly apostrophes straightened.
/// "Zelenskyy" and "ZELENSKYY" meet, and so do "Kyiv’s" and "kyiv's", "Côte" and "cote".
public enum Normalizer {
    public static func fold(_ bytes: ArraySlice<UInt8>) -> String {
        var ascii = true
        for b in bytes where b >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            // One pass into the string's own storage (inline for words of up to 15 bytes).
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var i = 0
                for b in bytes {
                    buffer[i] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                    i += 1
                }
                return i
            }
        }
        return foldPunctuated(bytes) ?? foldUnicode(String(decoding: bytes, as: UTF8.self))
    }

    /// Words whose only non-ASCII characters are curly apostrophes, hyphens, dashes or quotes
    /// ("Kyiv’s", "—"), the common case in news, folded without decomposing; nil for any other.
    private static func foldPunctuated(_ bytes: ArraySlice<UInt8>) -> String? {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 {
                out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
                i += 1
                continue
            }
            // U+2010 U+2011 (hyphens), U+2018 U+2019 (quotes): E2 80 90/91/98/99.
            guard b == 0xE2, i + 2 < bytes.endIndex, bytes[i + 1] == 0x80 else { return nil }
            switch bytes[i + 2] {
            case 0x98, 0x99: out.append(UInt8(ascii: "'"))
            case 0x90, 0x91: out.append(UInt8(ascii: "-"))
            // Dashes, double quotes, bullet, ellipsis: caseless and without decomposition.
            case 0x93, 0x94, 0x9C, 0x9D, 0xA2, 0xA6: out.append(contentsOf: bytes[i..<(i + 3)])
            default: return nil
            }
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    public static func fold(_ text: String) -> String {
        fold(ArraySlice(Array(text.utf8)))
    }

    private static func foldUnicode(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x2019, 0x2018, 0x02BC, 0x0060, 0x00B4: scalars.append("'")
            case 0x2010, 0x2011: scalars.append("-")
            case 0x0131: scalars.append("i")  // dotless i
            case 0x00DF: scalars.append("s"); scalars.append("s")
            default:
                if scalar.value >= 0x300, scalar.value < 0x370 { continue }  // combining accents
                if scalar.properties.isUppercase {
                    scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                } else {
                    scalars.append(scalar)
                }
            }
        }
        return String(scalars)
    }
}
