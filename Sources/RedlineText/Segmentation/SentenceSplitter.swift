/// Groups tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it) when the
/// next token can start a sentence, unless the dot belongs to a title ("Mr.", "Lt. Gen."), an
/// initial ("J. Smith"), a date abbreviation before a number ("Feb. 16") or an initialism
/// followed by a word that does not open sentences ("U.S. officials"). Paragraph breaks always
/// end a sentence; a single line break ends one when the line looks like a headline or a caption
/// (no closing punctuation) and the text is not hard-wrapped.
///
/// A sentence is also cut when it reaches `maxTokens` tokens or `maxBytes` bytes, after the last
/// comma, semicolon, colon or dash in its second half if there is one: text without punctuation
/// (or thousands of coordinated clauses) then costs the later stages, whose work grows faster
/// than linearly with the length of a sentence, no more per byte than ordinary news does. The
/// limits are far above the longest sentences of real news (about 350 tokens).
public struct SentenceSplitter: Sendable {
    /// The most tokens one sentence holds.
    public var maxTokens: Int
    /// The most bytes one sentence spans (a token longer than this is a sentence of its own).
    public var maxBytes: Int

    public init(maxTokens: Int = 400, maxBytes: Int = 16_384) {
        self.maxTokens = max(2, maxTokens)
        self.maxBytes = max(1, maxBytes)
    }

    public func split(_ bytes: [UInt8], tokens: [Token]) -> [Sentence] {
        var sentences = [Sentence]()
        guard !tokens.isEmpty else { return sentences }
        let wrapped = Self.looksHardWrapped(bytes)
        var first = 0
        var i = 0
        var quoteDepth = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .openQuote { quoteDepth += 1 } else if t.kind == .closeQuote { quoteDepth = max(0, quoteDepth - 1) }
            var end = -1  // index of the last token of a sentence ending here
            if t.endsParagraph {
                end = i
            } else if t.kind == .punctuation, isTerminal(bytes, t) {
                // Take closing quotes and brackets along.
                var j = i
                while j + 1 < tokens.count, tokens[j + 1].kind == .closeQuote || isClosingBracket(bytes, tokens[j + 1]) {
                    j += 1
                    if tokens[j].kind == .closeQuote { quoteDepth = max(0, quoteDepth - 1) }
                }
                if j + 1 >= tokens.count || tokens[j].endsParagraph || startsSentence(bytes, tokens, j + 1) {
                    if !isNonFinalDot(bytes, tokens, i) { end = j }
                }
                if end < 0 { i = j }
            } else if t.kind == .word, bytes[t.end - 1] == 0x2E, i + 1 < tokens.count, tokens[i + 1].isCapitalized,
                      SentenceStarters.words.contains(lowerASCII(bytes, tokens[i + 1])),
                      // "Senior U.S. Officials have accused ...": two words are no sentence.
                      (first..<i).filter({ tokens[$0].kind == .word }).count >= 2 {
                end = i  // "... sanctions on the U.S. The Kremlin said"
            } else if t.endsLine, !wrapped {
                end = i
            } else if t.endsLine, wrapped, i + 1 < tokens.count, isHeadlineLine(bytes, tokens, first: first, last: i) {
                end = i
            }
            if end < 0, i + 1 - first >= maxTokens || tokens[min(i, tokens.count - 1)].end - tokens[first].start >= maxBytes {
                end = cut(bytes, tokens, first: first, last: min(i, tokens.count - 1))
            }
            if end >= 0 {
                let startByte = tokens[first].start
                sentences.append(Sentence(range: startByte..<tokens[end].end, tokens: first..<(end + 1)))
                first = end + 1
                i = end + 1
                quoteDepth = 0
                continue
            }
            i += 1
        }
        if first < tokens.count {
            sentences.append(Sentence(range: tokens[first].start..<tokens[tokens.count - 1].end, tokens: first..<tokens.count))
        }
        return sentences
    }

    /// Where an overlong sentence from token `first` to `last` ends: after the last comma,
    /// semicolon, colon or dash in its second half, else at `last`.
    private func cut(_ bytes: [UInt8], _ tokens: [Token], first: Int, last: Int) -> Int {
        var k = last
        let floor = first + (last - first) / 2
        while k > floor {
            let t = tokens[k]
            if t.kind == .dash { return k }
            if t.kind == .punctuation, t.end - t.start == 1 {
                let b = bytes[t.start]
                if b == 0x2C || b == 0x3B || b == 0x3A { return k }
            }
            k -= 1
        }
        return last
    }

    private func isTerminal(_ bytes: [UInt8], _ t: Token) -> Bool {
        let b = bytes[t.start]
        if b == 0x2E || b == 0x21 || b == 0x3F { return true }
        // … U+2026
        return t.end - t.start == 3 && b == 0xE2 && bytes[t.start + 1] == 0x80 && bytes[t.start + 2] == 0xA6
    }

    private func isClosingBracket(_ bytes: [UInt8], _ t: Token) -> Bool {
        t.kind == .punctuation && (bytes[t.start] == 0x29 || bytes[t.start] == 0x5D)
    }

    /// Whether token `k` can open a sentence: a capital, a digit, an opening quote or bracket.
    private func startsSentence(_ bytes: [UInt8], _ tokens: [Token], _ k: Int) -> Bool {
        let t = tokens[k]
        switch t.kind {
        case .word: return t.isCapitalized || isDigit(bytes[t.start])
        case .number, .openQuote, .dash: return true
        case .punctuation: return bytes[t.start] == 0x28 || bytes[t.start] == 0x5B
        case .closeQuote, .possessive: return false
        }
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Whether the dot at token `i` belongs to an abbreviation rather than ending a sentence.
    private func isNonFinalDot(_ bytes: [UInt8], _ tokens: [Token], _ i: Int) -> Bool {
        guard bytes[tokens[i].start] == 0x2E, tokens[i].end - tokens[i].start == 1, i > 0 else { return false }
        let prev = tokens[i - 1]
        guard prev.end == tokens[i].start else { return false }  // "word ." with a space is final
        let word = lowerASCII(bytes, prev)
        let nextWord = i + 1 < tokens.count ? lowerASCII(bytes, tokens[i + 1]) : ""
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        if Abbreviations.titles.contains(word) { return true }
        // "Feb. 16", "Feb. 23-24", "Feb. 13th"
        if Abbreviations.calendar.contains(word), let next, next.kind == .number || (next.kind == .word && isDigit(bytes[next.start])) {
            return true
        }
        // A single capital letter: an initial ("J. Smith", "George W. Bush").
        if prev.kind == .word, prev.end - prev.start == 1, prev.isCapitalized,
           let next, next.kind == .word, next.isCapitalized, !SentenceStarters.words.contains(nextWord) {
            return true
        }
        if Abbreviations.other.contains(word) {
            if Abbreviations.sentenceFinalCapable.contains(word), SentenceStarters.words.contains(nextWord) { return false }
            return true
        }
        return false
    }

    /// The initialism token itself ends with its dot ("U.S."): handled by the caller only when the
    /// next word does not open sentences; see `split`.
    private func lowerASCII(_ bytes: [UInt8], _ t: Token) -> String {
        var out = [UInt8]()
        out.reserveCapacity(t.end - t.start)
        for k in t.start..<t.end {
            let b = bytes[k]
            out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
        }
        if out.last == 0x2E { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    private func isHeadlineLine(_ bytes: [UInt8], _ tokens: [Token], first: Int, last: Int) -> Bool {
        // In hard-wrapped text only a short line that starts a paragraph-like block is a headline.
        guard tokens[last].kind == .word else { return false }
        let lineStart = tokens[first].start
        return tokens[last].end - lineStart < 60 && (first == 0 || tokens[first - 1].endsLine)
            && (last + 1 < tokens.count && tokens[last + 1].isCapitalized)
    }

    /// Text wrapped at a fixed width: most lines are long, similar in length, and end mid-sentence.
    static func looksHardWrapped(_ bytes: [UInt8]) -> Bool {
        var lines = 0, wrappedLines = 0
        var lineStart = 0
        var i = 0
        while i <= bytes.count {
            if i == bytes.count || bytes[i] == 0x0A {
                let length = i - lineStart
                if length > 0 {
                    lines += 1
                    var last = i - 1
                    while last > lineStart, bytes[last] == 0x20 || bytes[last] == 0x0D { last -= 1 }
                    let c = bytes[last]
                    let endsMid = (c >= 0x61 && c <= 0x7A) || c == 0x2C || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
                    if length >= 40, length <= 100, endsMid { wrappedLines += 1 }
                }
                lineStart = i + 1
                if lines > 400 { break }
            }
            i += 1
        }
        return lines >= 4 && wrappedLines * 2 >= lines
    }
}
