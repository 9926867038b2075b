import RedlineCore

/// Bytes to UTF-8, telling the encoding apart rather than guessing blindly:
/// a byte-order mark (UTF-8, UTF-16, UTF-32), UTF-16 by its zero bytes, valid UTF-8, then
/// Windows-1252 when the bytes are not UTF-8 but read as Western text in that code page.
/// Binary data (magic numbers, NUL bytes, many control characters) is refused.
enum TextDecoder {
    /// Labels under which pages declare Windows-1252 or its subsets (WHATWG maps them all to it).
    static let windows1252Labels: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
        "latin-1", "l1", "us-ascii", "ascii", "iso-ir-100", "ibm819", "cp819",
    ]

    /// The UTF-8 of `bytes`, without a byte-order mark. `declaredCharset` (an HTML page's
    /// `<meta charset>`) decides for Windows-1252 when the bytes are not valid UTF-8.
    static func utf8(_ bytes: [UInt8], input: String, line: Int? = nil,
                     declaredCharset: String? = nil) -> Result<[UInt8], InputError> {
        if bytes.isEmpty { return .failure(.empty(input, line: line)) }
        if let reason = BinarySniffer.reason(bytes[...]) { return .failure(binary(input, line, reason)) }
        let utf8: [UInt8]
        if let bom = UnicodeBOM.detect(bytes[...]) ?? UnicodeBOM.unmarkedUTF16(bytes[...]) {
            let body = UnicodeBOM.detect(bytes[...]) == bom ? bytes.dropFirst(bom.length) : bytes[...]
            switch bom.transcode(body) {
            case .success(let decoded): utf8 = decoded
            case .failure(let failure):
                let at = failure.offset + (bytes.count - body.count)
                return .failure(InputError(.undecodable, input: input, line: line,
                                           message: "invalid \(bom.name) at byte offset \(at)"))
            }
        } else {
            switch decode8Bit(bytes, declaredCharset: declaredCharset) {
            case .success(let decoded): utf8 = decoded
            case .failure(let failure):
                let offset = failure.offset
                let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
                return .failure(InputError(.undecodable, input: input, line: line,
                                           message: "invalid UTF-8 at byte offset \(offset) (\(byte)), and not plausible Windows-1252 text"))
            }
        }
        if let share = BinarySniffer.controlShare(utf8) {
            return .failure(binary(input, line, "\(share)% control characters"))
        }
        return .success(utf8)
    }

    /// UTF-8 as is, or Windows-1252 converted; fails with the offset of the first invalid byte.
    private static func decode8Bit(_ bytes: [UInt8], declaredCharset: String?) -> Result<[UInt8], InvalidOffset> {
        var multiByte = 0
        guard let invalid = UTF8Encoding.firstInvalidOffset(bytes, multiByte: &multiByte) else {
            return .success(bytes)
        }
        if isTruncatedTail(bytes, from: invalid) { return .success(Array(bytes[..<invalid])) }
        if let declaredCharset, windows1252Labels.contains(declaredCharset.lowercased()) {
            return .success(Windows1252.utf8(bytes))
        }
        // Text with well-formed multi-byte sequences is broken UTF-8, not Windows-1252.
        if multiByte == 0, Windows1252.isPlausible(bytes) { return .success(Windows1252.utf8(bytes)) }
        // A few bad bytes in a long text are damage (a bad copy, a cut-off paste), not another
        // encoding: each costs itself only, as U+FFFD, and the article is kept. More than one in
        // 256 bytes is no UTF-8 text at all.
        if let repaired = UTF8Encoding.replacingInvalid(bytes, limit: bytes.count / 256) { return .success(repaired) }
        return .failure(InvalidOffset(offset: invalid))
    }

    /// A UTF-8 sequence cut off by the end of the data, as a truncated download leaves it.
    private static func isTruncatedTail(_ bytes: [UInt8], from offset: Int) -> Bool {
        let lead = bytes[offset]
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
        guard width > 0, bytes.count - offset < width else { return false }
        return bytes[(offset + 1)...].allSatisfy { $0 & 0xC0 == 0x80 }
    }

    private static func binary(_ input: String, _ line: Int?, _ reason: String) -> InputError {
        InputError(.binary, input: input, line: line, message: "binary data (\(reason)), not text")
    }
}
