import Foundation
import Testing

@Suite("Input limits on the command line")
struct InputLimitTests {
    @Test func aHugeMaximumDocumentSizeIsRefusedNotOverflowed() async throws {
        let r = try await CLIRunner.run(["extract", "--max-document-size", "9223372036854775807", "-"], stdin: Data("Russia warned Ukraine.".utf8))
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("Error: --max-document-size must be from 1 to 65536 (MB), not 9223372036854775807\n"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }
}
