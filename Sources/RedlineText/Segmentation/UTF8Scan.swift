/// Byte-level helpers for scanning UTF-8 without building `Character`s.
enum UTF8Scan {
    @inline(__always)
    static func width(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead >= 0xF0 { return 4 }
        if lead >= 0xE0 { return 3 }
        if lead >= 0xC0 { return 2 }
        return 1
    }

    /// The scalar starting at `i` and its width in bytes; nil at the end or on a stray byte.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int)? {
        guard i < bytes.count else { return nil }
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let w = width(b0)
        guard w > 1, i + w <= bytes.count else { return nil }
        var value = UInt32(b0) & (w == 2 ? 0x1F : w == 3 ? 0x0F : 0x07)
        for k in 1..<w {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(c & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, w)
    }

    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isASCIILetter(UInt8(s.value)) }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        guard s.value >= 0x300 else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Whether the scalar before byte `i` is white space.
    static func isSpaceBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i > 0 else { return true }
        var j = i - 1
        while j > 0, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        guard let (s, _) = decode(bytes, j) else { return true }
        return isSpace(s)
    }

    static func isOpeningBracketBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let p = bytes[i - 1]
        if p == 0x28 || p == 0x5B || p == 0x7B || p == 0x2D { return true }
        // An em or en dash, or another opening quote: “'interference'
        if i >= 3, bytes[i - 3] == 0xE2, bytes[i - 2] == 0x80 {
            let c = bytes[i - 1]
            return c == 0x94 || c == 0x93 || c == 0x9C || c == 0x98
        }
        return false
    }
}
