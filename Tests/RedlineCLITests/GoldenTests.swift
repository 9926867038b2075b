import Foundation
import RedlineCore
import RedlineExtract
import RedlineText
import Testing

/// The whole extraction of a few sample articles, compared with reviewed JSON files.
///
/// Set `REDLINE_RECORD_GOLDEN=1` to write the files anew, then review the diff.
@Suite("Golden extraction of sample articles")
struct GoldenTests {
    static let samples = [
        "02-obama-syria-red-line.txt",
        "07-soleimani-killed.html",
        "12-weapons-convoys.jsonl",
        "14-pelosi-taiwan.rss",
    ]

    static let pipeline: Pipeline = {
        do { return try Pipeline.standard(lexicon: Lexicon.builtIn()) } catch { fatalError("\(error)") }
    }()

    @Test(arguments: samples)
    func matchesTheReviewedOutput(sample: String) throws {
        let repository = CLIRunner.repository
        let input = repository.appendingPathComponent("Samples/\(sample)")
        let golden = repository.appendingPathComponent("Tests/RedlineCLITests/Golden/\(sample).jsonl")
        var output = Data()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var errors = [InputError]()
        DocumentReader().read(input.path) { result in
            switch result {
            case .success(var document):
                // Paths relative to the repository, so the files do not depend on where it is.
                document.source = document.source.replacingOccurrences(of: repository.path + "/", with: "")
                output.append(try! encoder.encode(Self.pipeline.run(document).extraction()))
                output.append(0x0A)
            case .failure(let error):
                errors.append(error)
            }
        }
        #expect(errors.isEmpty)
        if ProcessInfo.processInfo.environment["REDLINE_RECORD_GOLDEN"] != nil {
            try output.write(to: golden)
            return
        }
        let expected = try Data(contentsOf: golden)
        let got = String(decoding: output, as: UTF8.self).split(separator: "\n")
        let want = String(decoding: expected, as: UTF8.self).split(separator: "\n")
        #expect(got.count == want.count, "document count for \(sample)")
        for (g, w) in zip(got, want) {
            #expect(g == w, "extraction of \(sample) changed; rerun with REDLINE_RECORD_GOLDEN=1 and review the diff")
        }
    }
}
