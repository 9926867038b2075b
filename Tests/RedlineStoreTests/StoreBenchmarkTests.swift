import Foundation
import RedlineStore
import Testing

/// Runs ``StoreBenchmark`` when `REDLINE_STORE_BENCH` is set (`sqlite`, `postgres` or `all`) and
/// prints its numbers; skipped otherwise, so test runs time nothing. The benchmark checks its own
/// counts, so a fast but wrong store fails it.
@Suite(.postgresServer)
struct StoreBenchmarkTests {
    static var requested: String? { ProcessInfo.processInfo.environment["REDLINE_STORE_BENCH"] }

    @Test(.enabled(if: StoreBenchmarkTests.requested != nil), arguments: Backend.allCases)
    func benchmark(backend: Backend) async throws {
        guard let requested = Self.requested, requested == "all" || requested == backend.rawValue else { return }
        let documents = Int(ProcessInfo.processInfo.environment["REDLINE_STORE_BENCH_DOCUMENTS"] ?? "") ?? 10_000
        try await backend.withStore { store, _ in
            let result = try await StoreBenchmark.run(on: store, documents: documents)
            print("[\(backend.rawValue)]\n\(result)")
        }
    }
}
