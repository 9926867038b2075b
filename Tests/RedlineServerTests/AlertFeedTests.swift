import Foundation
import RedlineCore
import RedlineStore
import RedlineText
import Testing

/// Alerts kept by the server's own writes (an upload, a review), served as an Atom feed any
/// reader can parse and as JSON.
@Suite("Alerts: Atom feed and JSON", .serialized)
struct AlertFeedTests {
    static let warning = "Russia warned NATO on Monday that any deployment of troops in Finland would be a red line and would face a military response."

    @Test func anUploadThatDrawsALineGivesAnAlertInTheAtomFeed() async throws {
        try await TestServer.with(samples: false) { server in
            let empty = try await server.get("/alerts.atom")
            #expect(empty.status == 200)
            #expect(empty.headers["content-type"] == "application/atom+xml; charset=utf-8")
            #expect(!empty.text.contains("<entry>"))

            let posted = try await server.post("/api/documents?published=2024-05-06", Self.warning, contentType: "text/plain")
            #expect(posted.status == 201, "\(posted.text)")
            let list = try await server.get("/api/alerts").object()
            let alerts = try #require(list["alerts"] as? [[String: Any]])
            #expect(alerts.map { $0["alert"] as? String } == ["line"])
            #expect(alerts.first?["declarer"] as? String == "RUS")
            #expect((alerts.first?["evidence"] as? String)?.contains("red line") == true)
            let line = try #require(alerts.first?["line"] as? String)

            let atom = try await server.get("/alerts.atom")
            var reader = ReaderConfiguration()
            reader.inputFormat = .feed
            let documents = DocumentReader(configuration: reader).documentsOf(bytes: Array(atom.body), name: "alerts.atom")
            #expect(documents.count == 1)
            #expect(documents.first?.title?.hasPrefix("New red line: ") == true)
            #expect(documents.first?.url == "http://127.0.0.1:\(server.port)/lines/\(line)")
            #expect(documents.first?.text.contains(Self.warning) == true)

            // A review that changes the status gives a status alert; the feed lists it first.
            let review = try await server.post("/api/reviews", #"{"line":"\#(line)","status":"withdrawn","reason":"retracted on Tuesday"}"#,
                                               contentType: "application/json")
            #expect(review.status == 201 || review.status == 200, "\(review.text)")
            let after = DocumentReader(configuration: reader).documentsOf(bytes: Array(try await server.get("/alerts.atom").body), name: "a")
            #expect(after.count == 2)
            #expect(after.first?.title?.hasPrefix("Status changed: ") == true)
            #expect(after.first?.title?.hasSuffix("(declared → withdrawn)") == true)
            let filtered = DocumentReader(configuration: reader).documentsOf(bytes: Array(try await server.get("/alerts.atom?alert=line").body), name: "a")
            #expect(filtered.count == 1)
            #expect(try await server.get("/alerts.atom?min-severity=9").status == 400)
            #expect(try await server.get("/api/alerts?after=x").status == 400)
        }
    }
}

extension DocumentReader {
    /// The documents read from `bytes`, errors left out.
    func documentsOf(bytes: [UInt8], name: String) -> [Document] {
        var documents: [Document] = []
        read(bytes: bytes, name: name) { if case .success(let d) = $0 { documents.append(d) } }
        return documents
    }
}
