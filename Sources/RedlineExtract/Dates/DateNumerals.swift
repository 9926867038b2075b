/// Reading the numbers of dates out of token comparison forms, byte by byte.
///
/// The tokenizer keeps "2022-02-24", "24/02/2022", "23-24", "13th" and "1990s" as single tokens,
/// so each reader here takes a whole norm and says what it is, or nil.
enum DateNumerals {
    /// All-digit text of at most `maxDigits` digits.
    static func integer(_ text: String, maxDigits: Int = 4) -> Int? {
        var value = 0
        var digits = 0
        for b in text.utf8 {
            guard b >= 0x30, b <= 0x39 else { return nil }
            digits += 1
            if digits > maxDigits { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return digits == 0 ? nil : value
    }

    /// A day of the month written as "24", "24th", "1st", "2nd", "3rd", or the first day of a
    /// range "23-24".
    static func dayOfMonth(_ text: String) -> Int? {
        guard let first = text.utf8.first, isDigit(first) else { return nil }  // most words: no copy
        let bytes = Array(text.utf8)
        var i = 0
        var value = 0
        while i < bytes.count, i < 2, isDigit(bytes[i]) {
            value = value * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        guard i > 0, (1...31).contains(value) else { return nil }
        if i == bytes.count { return value }
        let rest = bytes[i...]
        if rest.count == 2, bytes[i] != 0x2D {
            let suffix = (rest[rest.startIndex], rest[rest.startIndex + 1])
            switch suffix {
            case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): return value  // st nd rd th
            default: return nil
            }
        }
        // "23-24": a range of days; the period starts on the first.
        if bytes[i] == 0x2D, let second = integer(String(decoding: bytes[(i + 1)...], as: UTF8.self), maxDigits: 2),
           second > value, second <= 31 {
            return value
        }
        return nil
    }

    /// Whether the text is an ordinal ("13th"), which reads as a day even after "the".
    static func isOrdinal(_ text: String) -> Bool {
        guard let last = text.utf8.last else { return false }
        return !isDigit(last) && dayOfMonth(text) != nil && !text.utf8.contains(0x2D)
    }

    /// A full date written with numbers: ISO "2022-02-24" (also the date of a timestamp
    /// "2022-02-24t10:00"), day first "24/02/2022" or "24.02.2022", and "02/24/2022" when the
    /// day cannot be the month. "03/04/2022" is ambiguous and gives nil.
    static func numericDate(_ text: String) -> (year: Int, month: Int, day: Int)? {
        // Three parts need two separators: most numbers ("1,200", "3.5") are read no further.
        var separators = 0
        for b in text.utf8 where b == 0x2D || b == 0x2F || b == 0x2E { separators += 1 }
        guard separators >= 2 else { return nil }
        var parts = [Int]()
        var widths = [Int]()
        var separator: UInt8 = 0
        var value = 0
        var width = 0
        for b in text.utf8 {
            if isDigit(b) {
                value = value * 10 + Int(b - 0x30)
                width += 1
                guard width <= 4 else { return nil }
                continue
            }
            guard width > 0 else { return nil }
            if b == 0x74, parts.count == 2, separator == 0x2D { break }  // "t" of a timestamp
            guard b == 0x2D || b == 0x2F || b == 0x2E, separator == 0 || separator == b, parts.count < 2 else { return nil }
            separator = b
            parts.append(value)
            widths.append(width)
            value = 0
            width = 0
        }
        guard width > 0 else { return nil }
        parts.append(value)
        widths.append(width)
        guard parts.count == 3 else { return nil }
        if separator == 0x2D {
            guard widths == [4, 2, 2] else { return nil }
            return (parts[0], parts[1], parts[2])
        }
        guard widths[2] == 4, widths[0] <= 2, widths[1] <= 2 else { return nil }
        let (first, second, year) = (parts[0], parts[1], parts[2])
        if separator == 0x2E { return (year, second, first) }  // dotted dates are day first
        if first > 12 || first == second { return (year, second, first) }
        if second > 12 { return (year, first, second) }
        return nil
    }

    /// A four-digit year alone ("2014").
    static func year(_ text: String) -> Int? {
        guard text.utf8.count == 4 else { return nil }
        return integer(text)
    }

    /// A decade "1990s", as its first year.
    static func decade(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 5, bytes[4] == 0x73, bytes[3] == 0x30,
              let value = integer(String(decoding: bytes[0..<4], as: UTF8.self)) else { return nil }
        return value
    }

    /// A span of years "2014-2022" or "2021-22", as its first year.
    static func yearRange(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 7 || bytes.count == 9, bytes[4] == 0x2D,
              let first = integer(String(decoding: bytes[0..<4], as: UTF8.self)),
              let second = integer(String(decoding: bytes[5...], as: UTF8.self)) else { return nil }
        let end = bytes.count == 7 ? first / 100 * 100 + second : second
        return end > first ? first : nil
    }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    @inline(__always)
    static func startsWithDigit(_ text: String) -> Bool {
        guard let b = text.utf8.first else { return false }
        return isDigit(b)
    }
}
