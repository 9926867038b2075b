import RedlineCore
import RedlineText

/// Finds the temporal expressions of a text and resolves them to days.
///
/// It reads tokens once, left to right, and looks closer only at tokens that can open a date:
/// a calendar word, a number, "the", "a", "last", "early" and their like. Each candidate reads a
/// bounded number of tokens ahead (and, for a future cue, behind), so the work is linear in the
/// length of the text.
///
/// ```swift
/// let text = SegmentedText(Document(source: "x", text: "Last week, on April 13, Moscow warned."))
/// let dates = DateRecognizer().recognize(text, published: Day("2022-05-03"))
/// // "Last week" → 2022-04-25 (week, relative), "on April 13" → 2022-04-13 (day, relative)
/// ```
///
/// Values are the first day of the period named (`week` periods start on Monday). Expressions
/// read against publication ("yesterday", "last November", "Feb. 16" without a year) are
/// `relative`; with no publication day they keep their precision and a nil value. Expressions
/// read against an earlier date of the text ("the next day", "three days later") are relative
/// too, and resolve from the nearest preceding date precise enough.
public struct DateRecognizer: Sendable {
    /// Tuning of the recogniser; the defaults suit English news.
    public struct Configuration: Sendable {
        /// How many days after publication a date written without a year may fall before it is
        /// read as last year's: "Feb. 16" in a piece of March 1 is this year's, "June 28" in a
        /// piece of May 3 is last year's unless the clause points forward ("will meet on June 28").
        public var yearlessLookahead: Int
        /// The years a bare four-digit number may name ("since 2014"); a year that comes with a
        /// month ("June 22, 1941") may be any four-digit year.
        public var bareYears: ClosedRange<Int>

        public init(yearlessLookahead: Int = 31, bareYears: ClosedRange<Int> = 1900...2100) {
            self.yearlessLookahead = yearlessLookahead
            self.bareYears = bareYears
        }
    }

    public var configuration: Configuration

    public init() {
        configuration = Configuration()
    }

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Every temporal expression of the text, in order, resolved against `published` where relative.
    public func recognize(_ text: SegmentedText, published: Day?) -> [DateAnnotation] {
        scan(text, published: published).annotations
    }

    /// The annotations and the number of token reads it took, which tests hold to a constant
    /// times the number of tokens.
    func scan(_ text: SegmentedText, published: Day?) -> (annotations: [DateAnnotation], probes: Int) {
        var scanner = DateScanner(
            text: text,
            resolver: DateResolver(published: published, lookahead: configuration.yearlessLookahead),
            bareYears: configuration.bareYears)
        scanner.run()
        return (scanner.found, scanner.probes)
    }
}
