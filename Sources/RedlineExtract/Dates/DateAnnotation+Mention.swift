import RedlineCore
import RedlineText

extension DateAnnotation {
    /// The contract form (`dates` of redline/extract@1): the expression's text, with line breaks
    /// folded, and its span in Unicode scalars.
    public func mention(in text: SegmentedText) -> DateMention {
        DateMention(text: text.buffer.flatString(bytes), span: text.buffer.scalarSpan(bytes),
                    value: value, precision: precision, relative: relative)
    }
}
