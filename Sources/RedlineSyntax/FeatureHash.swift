/// 64-bit hashing of words and feature templates.
///
/// Features are never stored as strings: a word is hashed once (FNV-1a over the bytes of its
/// lower-case form) and a feature is the mix of a template number with one to three atoms.
enum FeatureHash {
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A feature from a template number and up to three atoms; never 0 (0 marks an empty slot).
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        var h = mix(template &* 0x1000_0000_01B3 ^ a)
        h = mix(h ^ b)
        h = mix(h ^ c)
        return h | 1
    }

    /// FNV-1a over bytes, lower-casing ASCII letters.
    static func word<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for var b in bytes {
            if b >= 0x41, b <= 0x5A { b |= 0x20 }
            h = (h ^ UInt64(b)) &* 0x100_0000_01B3
        }
        return h
    }

    static func word(_ text: String) -> UInt64 { word(text.utf8) }

    /// FNV-1a over bytes as written.
    static func exactWord<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h ^ 0x77
    }
}
