/// The Unicode encodings redline tells from a byte-order mark (or, for UTF-16, from the
/// pattern of zero bytes that ASCII text leaves in it).
enum UnicodeBOM: Equatable {
    case utf8, utf16LE, utf16BE, utf32LE, utf32BE

    var length: Int {
        switch self {
        case .utf8: 3
        case .utf16LE, .utf16BE: 2
        case .utf32LE, .utf32BE: 4
        }
    }

    static func detect(_ bytes: ArraySlice<UInt8>) -> UnicodeBOM? {
        let b = Array(bytes.prefix(4))
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if b.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return .utf32LE }
        if b.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return .utf32BE }
        if b.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if b.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        return nil
    }

    /// UTF-16 without a mark: nearly every other byte zero (mostly-ASCII text), the others not.
    static func unmarkedUTF16(_ bytes: ArraySlice<UInt8>) -> UnicodeBOM? {
        let sample = Array(bytes.prefix(1024))
        guard sample.count >= 8 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for (i, b) in sample.enumerated() where b == 0 {
            if i % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        let half = sample.count / 2
        if zeroOdd * 10 >= half * 9, zeroEven * 20 < half { return .utf16LE }
        if zeroEven * 10 >= half * 9, zeroOdd * 20 < half { return .utf16BE }
        return nil
    }

    /// Transcodes UTF-16 or UTF-32 to UTF-8, or gives the byte offset of the first invalid unit.
    /// A trailing partial unit (a file cut short) is dropped.
    func transcode(_ bytes: ArraySlice<UInt8>) -> Result<[UInt8], InvalidOffset> {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        let base = bytes.startIndex
        let n = bytes.count
        func unit16(_ i: Int) -> UInt32 {
            let a = UInt32(bytes[base + i]), b = UInt32(bytes[base + i + 1])
            return self == .utf16LE ? a | b << 8 : a << 8 | b
        }
        switch self {
        case .utf8:
            return .success(Array(bytes))
        case .utf16LE, .utf16BE:
            var i = 0
            while i + 1 < n {
                let u = unit16(i)
                if u >= 0xD800, u < 0xDC00 {
                    guard i + 3 < n else { return .success(out) }  // cut short after a high surrogate
                    let v = unit16(i + 2)
                    guard v >= 0xDC00, v < 0xE000 else { return .failure(InvalidOffset(offset: i)) }
                    UTF8Encoding.append(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00), to: &out)
                    i += 4
                } else if u >= 0xDC00, u < 0xE000 {
                    return .failure(InvalidOffset(offset: i))
                } else {
                    UTF8Encoding.append(u, to: &out)
                    i += 2
                }
            }
        case .utf32LE, .utf32BE:
            var i = 0
            while i + 3 < n {
                let b = (0..<4).map { UInt32(bytes[base + i + $0]) }
                let v = self == .utf32LE ? b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24
                                         : b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]
                guard Unicode.Scalar(v) != nil else { return .failure(InvalidOffset(offset: i)) }
                UTF8Encoding.append(v, to: &out)
                i += 4
            }
        }
        return .success(out)
    }

    var name: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .utf32LE: "UTF-32LE"
        case .utf32BE: "UTF-32BE"
        }
    }
}

/// Where decoding found the first byte it could not read.
struct InvalidOffset: Error, Equatable {
    var offset: Int
}
