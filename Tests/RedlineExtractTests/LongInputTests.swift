import Foundation
import RedlineCore
import RedlineText
import Testing
@testable import RedlineExtract

@Suite("Hostile shapes of text cost no more per byte than news")
struct LongInputTests {
    /// One sentence of 2,000 coordinated warnings: every event used to copy the whole 52 KB
    /// sentence, 200 MB of evidence in all.
    @Test func repeatedCuesInOneSentenceGiveBoundedEvidence() throws {
        let text = String(repeating: "Russia warned Ukraine and ", count: 2_000) + "stopped."
        let extraction = Fixture.extract(text)
        #expect(extraction.events.count > 100)
        let evidenceBytes = extraction.events.reduce(0) { $0 + $1.evidence.utf8.count }
            + extraction.redLines.reduce(0) { $0 + $1.evidence.utf8.count }
        #expect(evidenceBytes <= 40 * text.utf8.count, "\(evidenceBytes) bytes of evidence for \(text.utf8.count) bytes of text")
        for event in extraction.events {
            #expect(event.evidence.utf8.count <= SegmentedText.evidenceWindow)
            #expect(event.evidence.contains(try #require(event.trigger)))
            #expect(event.span.length == event.evidence.unicodeScalars.count)
        }
    }

    @Test func redLinesInALongSentenceKeepTheirCueInTheWindow() throws {
        let text = String(repeating: "Russia said any attack on Crimea would be met with a military response and ", count: 200) + "nothing more."
        let extraction = Fixture.extract(text)
        #expect(!extraction.redLines.isEmpty)
        for line in extraction.redLines {
            #expect(line.evidence.utf8.count <= SegmentedText.evidenceWindow)
            #expect(line.evidence.contains("military response") || line.evidence.contains("attack"))
        }
    }

    @Test func ordinarySentencesKeepTheirWholeSentenceAsEvidence() throws {
        let sentence = "Russia warned that any attack on Crimea would be met with a military response."
        let extraction = Fixture.extract("Moscow was angry. " + sentence)
        #expect(!extraction.events.isEmpty)
        #expect(extraction.events.allSatisfy { $0.evidence == sentence })
        #expect(extraction.redLines.allSatisfy { $0.evidence == sentence })
    }
}
