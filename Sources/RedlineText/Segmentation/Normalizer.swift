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
        return foldUnicode(String(decoding: bytes, as: UTF8.self))
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
