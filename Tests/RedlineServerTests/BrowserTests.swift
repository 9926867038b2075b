import Foundation
import Testing

/// Loads dashboard pages from a test server on the samples in headless Chromium, checks the DOM
/// it builds shows real content, and keeps screenshots (laptop and phone widths) under
/// `.build/screenshots`.
@Suite("Dashboard in headless Chromium", .serialized)
struct BrowserTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "chromium is not installed (apt-get install -y chromium); skipping the browser test"))
    func pagesRenderWithRealContent() async throws {
        let chromium = try #require(Self.chromium)
        let shots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/screenshots")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        try await TestServer.with { server in
            let lines = try await server.get("/api/redlines?limit=500").object()["items"] as? [[String: Any]] ?? []
            let line = try #require(lines.first { ($0["statements"] as? [Any])?.isEmpty == false })
            let id = try #require(line["id"] as? String)
            let evidence = try #require((line["statements"] as? [[String: Any]])?.first?["evidence"] as? String)
            let code = try #require((line["declarer"] as? [String: Any])?["code"] as? String)
            let document = try #require((line["statements"] as? [[String: Any]])?.first?["document"] as? String)

            let overview = try await Self.run(chromium, ["--dump-dom", server.base + "/"])
            #expect(overview.contains("class=\"card status-"), "the overview shows cards")
            #expect(overview.components(separatedBy: "<article class=\"card").count - 1 == min(lines.count, 60))
            #expect(overview.contains("has-token") == false, "no token, no review controls")

            let page = try await Self.run(chromium, ["--dump-dom", server.base + "/lines/\(id)"])
            #expect(page.contains("<ol class=\"timeline\">"))
            #expect(page.contains("kind-declaration"))
            let snippet = String(evidence.prefix(40))
            #expect(page.contains(Self.escaped(snippet)), "the quoted sentence is on the page")

            let actor = try await Self.run(chromium, ["--dump-dom", server.base + "/actors/\(code)"])
            #expect(actor.contains("Credibility") && actor.contains("<svg"))
            let doc = try await Self.run(chromium, ["--dump-dom", server.base + "/documents/\(document)"])
            #expect(doc.contains("hl-redline"), "the red line is highlighted in the text")

            for (name, path) in [("overview", "/"), ("line", "/lines/\(id)"), ("actor", "/actors/\(code)"), ("document", "/documents/\(document)")] {
                for (device, size) in [("laptop", "1366,900"), ("phone", "390,844")] {
                    let file = shots.appendingPathComponent("\(name)-\(device).png")
                    try? FileManager.default.removeItem(at: file)
                    _ = try await Self.run(chromium, ["--screenshot=\(file.path)", "--window-size=\(size)", "--hide-scrollbars", server.base + path])
                    let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
                    #expect(size > 10_000, "\(file.lastPathComponent) was saved")
                }
            }
        }
    }

    static func escaped(_ text: String) -> String {
        // Chromium serialises text with &, <, > escaped (quotes stay as they are in text nodes).
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Runs headless Chromium on a thread of its own (not the test's executor, which the server
    /// shares) and returns its standard output.
    static func run(_ chromium: String, _ arguments: [String]) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try runBlocking(chromium, arguments) })
            }
        }
    }

    static func runBlocking(_ chromium: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("redline-chromium-\(UUID().uuidString)")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--user-data-dir=\(profile.path)", "--virtual-time-budget=3000"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: profile)
        return String(decoding: data, as: UTF8.self)
    }
}
