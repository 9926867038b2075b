/// Tells binary data from text by its first bytes, before anything tries to decode it.
enum BinarySniffer {
    private static let magic: [(bytes: [UInt8], name: String)] = [
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
        ([0x50, 0x4B, 0x05, 0x06], "a ZIP archive"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF87a".utf8), "a GIF image"),
        (Array("GIF89a".utf8), "a GIF image"),
        ([0x1F, 0x8B], "gzip-compressed data"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an MS Office document"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        (Array("Rar!".utf8) + [0x1A, 0x07], "a RAR archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed data"),
    ]

    /// Why the data is binary (`a PDF document`, `NUL byte at offset 12`), or nil if it may be text.
    /// Looks at magic numbers, then NUL bytes, except in UTF-16 and UTF-32 where NULs are normal.
    static func reason(_ prefix: ArraySlice<UInt8>) -> String? {
        if let name = magicName(prefix) { return name }
        if UnicodeBOM.detect(prefix) != nil || UnicodeBOM.unmarkedUTF16(prefix) != nil { return nil }
        if let nul = prefix.firstIndex(of: 0) { return "NUL byte at offset \(nul - prefix.startIndex)" }
        return nil
    }

    /// What the magic number at the start names (`a PDF document`), if any.
    static func magicName(_ prefix: ArraySlice<UInt8>) -> String? {
        for (bytes, name) in magic where prefix.starts(with: bytes) { return name }
        return nil
    }

    /// The share of control characters (other than tab, newline, carriage return and form feed)
    /// in UTF-8 text, in percent, when it is high enough (over 10%) to call the data binary.
    static func controlShare(_ utf8: [UInt8]) -> Int? {
        var controls = 0, scalars = 0
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            if b & 0xC0 != 0x80 { scalars += 1 }
            if b < 0x20 {
                if b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C { controls += 1 }
            } else if b == 0x7F {
                controls += 1
            } else if b == 0xC2, i + 1 < n, utf8[i + 1] >= 0x80, utf8[i + 1] <= 0x9F {
                controls += 1
            }
            i += 1
        }
        guard scalars > 0, controls * 10 > scalars else { return nil }
        return controls * 100 / scalars
    }
}
