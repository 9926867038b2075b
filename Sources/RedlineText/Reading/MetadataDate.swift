import RedlineCore

/// Publication dates as inputs write them, read as the day written (no time-zone conversion:
/// `2022-04-13T23:30:00-04:00` is 2022-04-13).
///
/// Accepts ISO dates and timestamps (`2022-04-13`, `2022/04/13`, `20220413`), `April 13, 2022`,
/// `13 April 2022`, and RFC 822 as feeds write it (`Wed, 13 Apr 2022 10:00:00 GMT`, `13 Apr 22`).
enum MetadataDate {
    static func parse(_ text: String) -> Day? {
        let bytes = Array(text.utf8.prefix(200))
        var start = 0
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A { start += 1 }
        let trimmed = Array(bytes[start...])
        return iso(trimmed) ?? written(trimmed)
    }

    /// `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD` (one-digit month and day allowed) or `YYYYMMDD`,
    /// alone or followed by a time.
    private static func iso(_ b: [UInt8]) -> Day? {
        var i = 0
        func number(maxDigits: Int) -> Int? {
            var value = 0, digits = 0
            while i < b.count, digits < maxDigits, b[i] >= 0x30, b[i] <= 0x39 {
                value = value * 10 + Int(b[i] - 0x30)
                digits += 1
                i += 1
            }
            return digits == 0 ? nil : value
        }
        let startsWithDigits = b.prefix(8).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        if b.count >= 8, startsWithDigits, b.count == 8 || b[8] == UInt8(ascii: "T") {
            guard let ymd = number(maxDigits: 8) else { return nil }
            return Day(year: ymd / 10000, month: ymd / 100 % 100, day: ymd % 100)
        }
        guard let year = number(maxDigits: 4), i == 4, i < b.count else { return nil }
        let separator = b[i]
        guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") else { return nil }
        i += 1
        guard let month = number(maxDigits: 2), i < b.count, b[i] == separator else { return nil }
        i += 1
        guard let day = number(maxDigits: 2) else { return nil }
        if i < b.count, b[i] >= 0x30, b[i] <= 0x39 { return nil }
        return Day(year: year, month: month, day: day)
    }

    private enum Token: Equatable {
        case number(Int, digits: Int)
        case month(Int)
        case word
    }

    /// Day-month-year or month-day-year with the month as a word, weekdays and ordinals ignored.
    private static func written(_ b: [UInt8]) -> Day? {
        let tokens = tokenize(b)
        guard let m = tokens.firstIndex(where: { if case .month = $0 { true } else { false } }),
              case .month(let month) = tokens[m] else { return nil }
        func number(_ k: Int) -> (value: Int, digits: Int)? {
            guard k >= 0, k < tokens.count, case .number(let v, let d) = tokens[k] else { return nil }
            return (v, d)
        }
        func year(_ k: Int) -> Int? {
            guard let (v, d) = number(k) else { return nil }
            if d == 4 { return v }
            if d == 2 { return v < 70 ? 2000 + v : 1900 + v }  // RFC 822 two-digit years
            return nil
        }
        if let (d, digits) = number(m - 1), digits <= 2, let y = year(m + 1) {
            return Day(year: y, month: month, day: d)
        }
        if let (d, digits) = number(m + 1), digits <= 2, let y = year(m + 2), number(m + 2)?.digits == 4 {
            return Day(year: y, month: month, day: d)
        }
        return nil
    }

    private static func tokenize(_ b: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        while i < b.count, tokens.count < 12 {
            let c = b[i]
            if c >= 0x30, c <= 0x39 {
                var value = 0, digits = 0
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                    if digits < 9 { value = value * 10 + Int(b[i] - 0x30) }
                    digits += 1
                    i += 1
                }
                tokens.append(.number(value, digits: digits))
                // "13th": the suffix belongs to the number.
                while i < b.count, b[i] | 0x20 >= 0x61, b[i] | 0x20 <= 0x7A, digits <= 2 { i += 1 }
            } else if c | 0x20 >= 0x61, c | 0x20 <= 0x7A {
                var word = [UInt8]()
                while i < b.count, b[i] | 0x20 >= 0x61, b[i] | 0x20 <= 0x7A {
                    word.append(b[i] | 0x20)
                    i += 1
                }
                let name = String(decoding: word, as: UTF8.self)
                if let month = month(name) { tokens.append(.month(month)) }
                else if !ignorable.contains(name) { tokens.append(.word) }
            } else {
                i += 1
            }
        }
        return tokens
    }

    private static let ignorable: Set<String> = [
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
        "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "of", "the", "on",
    ]

    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    private static func month(_ word: String) -> Int? {
        if word.count >= 3, let i = months.firstIndex(where: { $0.hasPrefix(word) }) {
            // "mar", "march", "sept"; but not "marching"
            return i + 1
        }
        return nil
    }
}
