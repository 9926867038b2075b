/// UTF-8 by hand, where the offset of a problem matters or bytes are built one scalar at a time.
enum UTF8Encoding {
    @inline(__always)
    static func append(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | value >> 6))
            out.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | value >> 12))
            out.append(UInt8(0x80 | (value >> 6) & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        default:
            out.append(UInt8(0xF0 | value >> 18))
            out.append(UInt8(0x80 | (value >> 12) & 0x3F))
            out.append(UInt8(0x80 | (value >> 6) & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// `bytes` with each ill-formed sequence (a bad byte and the continuation bytes after it)
    /// replaced by U+FFFD, or nil when there are more than `limit` of them.
    static func replacingInvalid(_ bytes: [UInt8], limit: Int) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var replaced = 0, i = 0, start = 0
        var multiByte = 0
        while i < bytes.count {
            guard let bad = bytes.withUnsafeBufferPointer({ firstInvalidOffset(buffer: $0, from: i, multiByte: &multiByte) }) else { break }
            replaced += 1
            if replaced > limit { return nil }
            out.append(contentsOf: bytes[start..<bad])
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            i = bad + 1
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            start = i
        }
        out.append(contentsOf: bytes[start...])
        return out
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence (no overlong
    /// forms, no surrogates), or nil when all are; also counts the multi-byte sequences seen.
    static func firstInvalidOffset(_ bytes: [UInt8], multiByte: inout Int) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset(buffer: $0, from: 0, multiByte: &multiByte) }
    }

    private static func firstInvalidOffset(buffer bytes: UnsafeBufferPointer<UInt8>, from start: Int, multiByte: inout Int) -> Int? {
        var i = start
        let n = bytes.count
        multiByte = 0
        while i < n {
            // Eight ASCII bytes at a time: the usual run between two accented letters or quotes.
            if i + 8 <= n, let base = bytes.baseAddress,
               UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            var width = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: width = 2
            case 0xE0: width = 3; lo = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: width = 3
            case 0xED: width = 3; hi = 0x9F
            case 0xF0: width = 4; lo = 0x90
            case 0xF1...0xF3: width = 4
            case 0xF4: width = 4; hi = 0x8F
            default: return i
            }
            guard i + width <= n else { return i }
            let b1 = bytes[i + 1]
            guard b1 >= lo, b1 <= hi else { return i }
            for k in 2..<max(2, width) where bytes[i + k] & 0xC0 != 0x80 { return i }
            multiByte += 1
            i += width
        }
        return nil
    }
}
