/// A stable 128-bit content hash (two FNV-1a-64 lanes with different seeds), printed as 32 hex digits.
///
/// Not cryptographic: it names documents so that the same text read twice gets the same id, which
/// is all idempotent ingest needs. Stable across runs and platforms, unlike `Hasher`.
public enum ContentHash {
    public static func hex(of text: String) -> String {
        var text = text
        // Over the contiguous UTF-8 buffer: iterating `String.UTF8View` byte by byte costs several
        // times more than the hashing itself.
        return text.withUTF8 { bytes in
            var a: UInt64 = 0xcbf2_9ce4_8422_2325
            var b: UInt64 = 0x8422_2325_cbf2_9ce4 ^ 0x9e37_79b9_7f4a_7c15
            let prime: UInt64 = 0x0000_0100_0000_01b3
            for byte in bytes {
                a = (a ^ UInt64(byte)) &* prime
                b = (b ^ UInt64(byte)) &* prime
                b = (b << 7) | (b >> 57)
            }
            return hex64(a) + hex64(b)
        }
    }

    private static func hex64(_ value: UInt64) -> String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
