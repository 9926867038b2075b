import Foundation
import RedlineAnalysis
import RedlineCore
import Testing

@Suite("Linker: scale")
struct LinkerPerformanceTests {
    /// Links a synthetic corpus, checks it links the same in any order, and prints the time.
    static func link(documents count: Int) -> (lines: [TrackedLine], elapsed: Duration) {
        let documents = SyntheticCorpus.make(documents: count, eventsPerDocument: 10)
        let configuration = F.configuration("2024-01-01")
        var lines: [TrackedLine] = []
        let elapsed = ContinuousClock().measure {
            lines = Linker().link(documents: documents, configuration: configuration)
        }
        print("linked \(count) documents, \(count * 10) events into \(lines.count) lines in \(elapsed)")
        #expect(Linker().link(documents: documents.reversed(), configuration: configuration) == lines)
        return (lines, elapsed)
    }

    @Test("20,000 events link the same way in any order, without a quadratic blow-up")
    func scale() throws {
        let (lines, elapsed) = Self.link(documents: 2_000)
        #expect(lines.count > 50)
        #expect(lines.contains { !$0.crossings.isEmpty })
        #expect(lines.contains { !$0.responses.isEmpty })
        // Debug builds run many times slower than release; this only catches an O(lines × events) scan.
        #expect(elapsed < .seconds(60))
    }

    @Test("10,000 documents, 100,000 events (REDLINE_SCALE_TEST=1; run with -c release for timings)",
          .enabled(if: ProcessInfo.processInfo.environment["REDLINE_SCALE_TEST"] == "1"))
    func fullScale() throws {
        let (lines, _) = Self.link(documents: 10_000)
        #expect(lines.count > 100)
    }
}
