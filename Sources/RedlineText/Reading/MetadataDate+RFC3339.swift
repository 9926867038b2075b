import RedlineCore

extension MetadataDate {
    /// An RFC 3339 timestamp, as JSON Feed writes its dates (`2013-08-21T10:00:00Z`,
    /// `2013-08-21T06:00:00.5-04:00`), read as the day written; nil for anything else, a bare
    /// date or an impossible day included.
    static func rfc3339(_ text: String) -> Day? {
        let b = Array(text.utf8.prefix(64))
        var i = 0
        func digits(_ count: Int, max: Int) -> Int? {
            guard i + count <= b.count else { return nil }
            var value = 0
            for k in i..<(i + count) {
                guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                value = value * 10 + Int(b[k] - 0x30)
            }
            i += count
            return value <= max ? value : nil
        }
        func expect(_ c: Character) -> Bool {
            guard i < b.count, b[i] == c.asciiValue! else { return false }
            i += 1
            return true
        }
        guard let year = digits(4, max: 9999), expect("-"), let month = digits(2, max: 12), expect("-"),
              let day = digits(2, max: 31), i < b.count, b[i] | 0x20 == UInt8(ascii: "t") || b[i] == 0x20 else { return nil }
        i += 1
        guard digits(2, max: 23) != nil, expect(":"), digits(2, max: 59) != nil, expect(":"), digits(2, max: 60) != nil
        else { return nil }
        if expect(".") {
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            guard i > start else { return nil }
        }
        guard i < b.count else { return nil }
        if b[i] | 0x20 == UInt8(ascii: "z") {
            i += 1
        } else {
            guard expect("+") || expect("-"), digits(2, max: 23) != nil, expect(":"), digits(2, max: 59) != nil else { return nil }
        }
        guard i == b.count, month >= 1, day >= 1 else { return nil }
        return Day(year: year, month: month, day: day)
    }
}
