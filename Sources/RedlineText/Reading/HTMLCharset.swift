import CLibXML2

/// The character set a page declares in `<meta charset>` or `<meta http-equiv content>`.
enum HTMLCharset {
    static func declared(in prefix: ArraySlice<UInt8>) -> String? {
        let lower = prefix.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let meta = Array("<meta".utf8), key = Array("charset".utf8)
        var i = 0
        while i + meta.count <= lower.count {
            guard lower[i] == meta[0], lower[i..<(i + meta.count)].elementsEqual(meta) else {
                i += 1
                continue
            }
            let end = lower[i...].firstIndex(of: UInt8(ascii: ">")) ?? lower.count
            var j = i
            while j + key.count <= end {
                if lower[j..<(j + key.count)].elementsEqual(key) {
                    var k = j + key.count
                    while k < end, lower[k] == 0x20 { k += 1 }
                    guard k < end, lower[k] == UInt8(ascii: "=") else { break }
                    k += 1
                    while k < end, lower[k] == 0x20 || lower[k] == 0x22 || lower[k] == 0x27 { k += 1 }
                    let start = k
                    while k < end, isNameByte(lower[k]) { k += 1 }
                    if k > start { return String(decoding: lower[start..<k], as: UTF8.self) }
                    break
                }
                j += 1
            }
            i = end
        }
        return nil
    }

    /// The bytes to hand to libxml2 undecoded, when they are not UTF-8 and the page declares a
    /// charset that is neither UTF-8 nor Windows-1252 (which `TextDecoder` handles) but one
    /// libxml2 can convert (through iconv: ISO-8859-2, KOI8-R, Shift_JIS, ...).
    static func convertibleByLibXML(_ bytes: [UInt8], declared: String) -> [UInt8]? {
        let name = declared.lowercased()
        guard !name.hasPrefix("utf"), !TextDecoder.windows1252Labels.contains(name),
              UnicodeBOM.detect(bytes[...]) == nil else { return nil }
        var multiByte = 0
        guard UTF8Encoding.firstInvalidOffset(bytes, multiByte: &multiByte) != nil else { return nil }
        guard let handler = xmlFindCharEncodingHandler(name) else { return nil }
        xmlCharEncCloseFunc(handler)
        return bytes
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x3A || b == 0x2E
    }
}
