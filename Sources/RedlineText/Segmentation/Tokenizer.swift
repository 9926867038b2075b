/// Splits UTF-8 text into tokens in one pass over the bytes.
///
/// Words keep inner hyphens and apostrophes ("pro-Russian", "don't") and dotted initialisms
/// ("U.S."); a possessive `'s` becomes a token of its own so that "Russia's" names Russia;
/// quotation marks are told apart from apostrophes by their neighbours.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { tokenize(buffer: $0) }
    }

    /// The loop itself, over a buffer pointer: no bounds checks or reference counting per byte.
    private func tokenize(buffer bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens = [Token]()
        tokens.reserveCapacity(bytes.count / 5)
        var i = 0
        let n = bytes.count
        var openSingle = false
        var atParagraphStart = true
        while i < n {
            let b = bytes[i]
            // White space, noting line and paragraph ends on the token before.
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A || b == 0x0C {
                var newlines = 0
                while i < n {
                    let c = bytes[i]
                    if c == 0x0A { newlines += 1 } else if !(c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0C) {
                        if let (scalar, _) = UTF8Scan.decode(bytes, i), UTF8Scan.isSpace(scalar) {
                            i += UTF8Scan.width(c)
                            continue
                        }
                        break
                    }
                    i += 1
                }
                if newlines > 0, !tokens.isEmpty {
                    tokens[tokens.count - 1].endsLine = true
                    if newlines > 1 {
                        tokens[tokens.count - 1].endsParagraph = true
                        openSingle = false
                        atParagraphStart = true
                    }
                }
                continue
            }
            let start = i
            if UTF8Scan.isASCIILetter(b) {
                // The common case, without decoding: an ASCII word.
                atParagraphStart = false
                i = scanWord(bytes, from: i)
                tokens.append(Token(start: start, end: i, kind: .word, isCapitalized: b <= 0x5A))
                if let end = possessiveEnd(bytes, at: i, afterWordEndingIn: bytes[i - 1], openSingle: openSingle) {
                    tokens.append(Token(start: i, end: end, kind: .possessive))
                    i = end
                }
                continue
            }
            let (scalar, width) = UTF8Scan.decode(bytes, i) ?? (Unicode.Scalar(0xFFFD)!, 1)
            if UTF8Scan.isSpace(scalar) {
                i += width
                continue
            }
            let prevIsSpace = start == 0 || atParagraphStart || UTF8Scan.isSpaceBefore(bytes, start)
            atParagraphStart = false
            if UTF8Scan.isLetter(scalar) {
                i = scanWord(bytes, from: i)
                let capital = scalar.properties.isUppercase
                // A trailing possessive: "Russia's", "Russia’s", "allies'".
                tokens.append(Token(start: start, end: i, kind: .word, isCapitalized: capital))
                if let end = possessiveEnd(bytes, at: i, afterWordEndingIn: bytes[i - 1], openSingle: openSingle) {
                    tokens.append(Token(start: i, end: end, kind: .possessive))
                    i = end
                }
                continue
            }
            if b >= 0x30, b <= 0x39 {
                i = scanNumber(bytes, from: i)
                var pure = true
                for k in start..<i where !(bytes[k] >= 0x30 && bytes[k] <= 0x39) && bytes[k] != 0x2C && bytes[k] != 0x2E {
                    pure = false
                    break
                }
                tokens.append(Token(start: start, end: i, kind: pure ? .number : .word))
                continue
            }
            i += width
            switch scalar.value {
            case 0x201C, 0x00AB, 0x201E:  // “ « „
                tokens.append(Token(start: start, end: i, kind: .openQuote))
            case 0x201D, 0x00BB:  // ” »
                tokens.append(Token(start: start, end: i, kind: .closeQuote))
            case 0x2018:  // ‘
                openSingle = true
                tokens.append(Token(start: start, end: i, kind: .openQuote))
            case 0x2019:  // ’ not inside a word: a closing single quote
                openSingle = false
                tokens.append(Token(start: start, end: i, kind: .closeQuote))
            case 0x22:  // "
                let opens = prevIsSpace || UTF8Scan.isOpeningBracketBefore(bytes, start)
                tokens.append(Token(start: start, end: i, kind: opens ? .openQuote : .closeQuote))
            case 0x27:  // ' not inside a word
                let nextIsLetter = i < n && UTF8Scan.decode(bytes, i).map { UTF8Scan.isLetter($0.0) } == true
                if prevIsSpace || UTF8Scan.isOpeningBracketBefore(bytes, start) || (nextIsLetter && !openSingle) {
                    openSingle = true
                    tokens.append(Token(start: start, end: i, kind: .openQuote))
                } else {
                    openSingle = false
                    tokens.append(Token(start: start, end: i, kind: .closeQuote))
                }
            case 0x2013, 0x2014, 0x2015, 0x2212:
                tokens.append(Token(start: start, end: i, kind: .dash))
            case 0x2D:
                var end = i
                while end < n, bytes[end] == 0x2D { end += 1 }
                i = end
                tokens.append(Token(start: start, end: end, kind: .dash))
            case 0x2E:
                // An ellipsis written as dots stays one token.
                var end = i
                while end < n, bytes[end] == 0x2E { end += 1 }
                i = end
                tokens.append(Token(start: start, end: end, kind: .punctuation))
            default:
                tokens.append(Token(start: start, end: i, kind: .punctuation))
            }
        }
        if !tokens.isEmpty {
            tokens[tokens.count - 1].endsLine = true
            tokens[tokens.count - 1].endsParagraph = true
        }
        return tokens
    }

    /// The end of a word starting at `i`: letters, digits, marks, inner hyphens and apostrophes,
    /// and the dots of an initialism ("U.S.", "a.m.").
    private func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = bytes.count
        var i = start
        var letters = 0
        var initialism = true  // single letters separated by dots so far
        var runLength = 0
        while i < n {
            let b = bytes[i]
            if UTF8Scan.isASCIILetter(b) || (b >= 0x30 && b <= 0x39) {
                i += 1
                letters += 1
                runLength += 1
                if runLength > 1 { initialism = false }
                continue
            }
            // Any other ASCII byte but a hyphen, an apostrophe or a dot ends the word.
            if b < 0x80, b != 0x2D, b != 0x27, b != 0x2E { return i }
            guard let (scalar, width) = UTF8Scan.decode(bytes, i) else { break }
            if UTF8Scan.isLetter(scalar) || UTF8Scan.isDigit(scalar) || UTF8Scan.isMark(scalar) {
                i += width
                letters += 1
                runLength += 1
                if runLength > 1 { initialism = false }
                continue
            }
            let next = i + width
            let nextIsAlnum = next < n && UTF8Scan.decode(bytes, next).map {
                UTF8Scan.isLetter($0.0) || UTF8Scan.isDigit($0.0)
            } == true
            switch scalar.value {
            case 0x2D, 0x2011:  // hyphen inside a word
                guard nextIsAlnum else { return i }
                initialism = false
                runLength = 0
                i = next
            case 0x27, 0x2019:  // apostrophe inside a word: don't, O'Brien (not a possessive 's)
                guard nextIsAlnum else { return i }
                if (bytes[next] == 0x73 || bytes[next] == 0x53),
                   next + 1 >= n || !(UTF8Scan.decode(bytes, next + 1).map { UTF8Scan.isLetter($0.0) } ?? false) {
                    return i
                }
                initialism = false
                runLength = 0
                i = next
            case 0x2E:  // the dots of U.S., U.K., a.m.
                guard initialism, runLength == 1 else { return i }
                if nextIsAlnum, next + 1 < n, bytes[next + 1] == 0x2E || (next + 2 <= n && isSingleLetterThenDot(bytes, next)) {
                    runLength = 0
                    i = next
                } else if letters >= 2 {
                    return next  // the final dot of "U.S."
                } else {
                    return i
                }
            default:
                return i
            }
        }
        return i
    }

    private func isSingleLetterThenDot(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard let (_, w) = UTF8Scan.decode(bytes, i) else { return false }
        return i + w < bytes.count && bytes[i + w] == 0x2E
    }

    /// Digits with inner separators ("1,000", "3.5", "2022-04-13", "9/11") and a letter suffix
    /// ("21st", "1990s", "19-year-old").
    private func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = bytes.count
        var i = start
        while i < n {
            let b = bytes[i]
            if (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) {
                i += 1
            } else if (b == 0x2C || b == 0x2E || b == 0x2D || b == 0x2F || b == 0x3A), i + 1 < n,
                      bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39 || (b == 0x2D && UTF8Scan.isASCIILetter(bytes[i + 1])) {
                i += 1
            } else {
                break
            }
        }
        return i
    }

    /// The end of a possessive `'s`/`’s` (or bare `'` after a plural) right after a word.
    private func possessiveEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, afterWordEndingIn last: UInt8, openSingle: Bool) -> Int? {
        let n = bytes.count
        guard i < n else { return nil }
        var width = 0
        if bytes[i] == 0x27 { width = 1 } else if i + 2 < n, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { width = 3 }
        guard width > 0 else { return nil }
        let next = i + width
        if next < n, bytes[next] == 0x73 || bytes[next] == 0x53 {
            let after = next + 1
            if after >= n || !(UTF8Scan.decode(bytes, after).map { UTF8Scan.isLetter($0.0) } ?? false) {
                return after
            }
            return nil
        }
        // "allies’ support": a bare apostrophe after a plural, unless it closes an open single quote.
        if (last == 0x73 || last == 0x53), !openSingle,
           next < n, bytes[next] == 0x20, next + 1 < n, UTF8Scan.isASCIILetter(bytes[next + 1]) {
            return next
        }
        return nil
    }
}
