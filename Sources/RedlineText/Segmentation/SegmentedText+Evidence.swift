import RedlineCore

/// Evidence: the text an event, red line or claim is read from, shown with its offsets.
///
/// Ordinary evidence is the whole sentence (or two). A sentence past `evidenceLimit` bytes is cut
/// to a window of whole tokens, at most `evidenceWindow` bytes, around the words that trigger the
/// record: a long sentence full of triggers would otherwise be copied once per record, making
/// the output grow with the square of the sentence.
///
/// ```swift
/// let (span, text) = segmented.evidence(tokens: segmented.sentences[s].tokens, around: trigger)
/// ```
extension SegmentedText {
    /// Evidence up to this many bytes is shown whole.
    public static let evidenceLimit = 1_200
    /// The most bytes of a window cut from longer evidence.
    public static let evidenceWindow = 480

    /// The byte range shown as evidence for the tokens `focus` within the tokens `range` (a
    /// sentence, or consecutive sentences).
    public func evidenceRange(tokens range: Range<Int>, around focus: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        let whole = tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
        guard whole.count > Self.evidenceLimit else { return whole }
        let window = Self.evidenceWindow
        var lo = min(max(focus.lowerBound, range.lowerBound), range.upperBound - 1)
        var hi = max(min(focus.upperBound, range.upperBound), lo + 1)
        var start = tokens[lo].start
        var end = tokens[hi - 1].end
        if end - start > window { return start..<scalarBoundary(before: start + window) }
        var grew = true
        while grew {
            grew = false
            if lo > range.lowerBound, end - tokens[lo - 1].start <= window {
                lo -= 1
                start = tokens[lo].start
                grew = true
            }
            if hi < range.upperBound, tokens[hi].end - start <= window {
                hi += 1
                end = tokens[hi - 1].end
                grew = true
            }
        }
        return start..<end
    }

    /// The evidence span and text for the tokens `focus` within the tokens `range`.
    public func evidence(tokens range: Range<Int>, around focus: Range<Int>) -> (span: ScalarSpan, text: String) {
        let bytes = evidenceRange(tokens: range, around: focus)
        return (buffer.scalarSpan(bytes), buffer.flatString(bytes))
    }

    /// The evidence of sentence `index` for the tokens `focus`.
    public func evidence(sentence index: Int, around focus: Range<Int>) -> (span: ScalarSpan, text: String) {
        evidence(tokens: sentences[index].tokens, around: focus)
    }

    /// The last scalar boundary at or before byte `offset`.
    private func scalarBoundary(before offset: Int) -> Int {
        var k = min(offset, buffer.count)
        while k > 0, k < buffer.count, buffer.bytes[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }
}
