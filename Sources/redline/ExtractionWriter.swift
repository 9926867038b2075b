import Foundation
import RedlineCore

/// Writes extraction records to standard output in the chosen format, buffered.
///
/// JSON Lines are written straight into the buffer (``JSONLineEncoder``, keys in contract order);
/// pretty JSON goes through Foundation's encoder, which indents. A failed write (a full disk, a
/// closed pipe) is thrown to the caller, which stops.
struct ExtractionWriter {
    let format: OutputFormat
    private let pretty: JSONEncoder
    private let compact = JSONLineEncoder()
    private var buffer = [UInt8]()
    private let sink: ([UInt8]) throws -> Void

    init(format: OutputFormat, sink: @escaping ([UInt8]) throws -> Void = { try Output.standardOutput.write($0) }) {
        self.format = format
        self.sink = sink
        pretty = JSONEncoder()
        pretty.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        buffer.reserveCapacity(1 << 17)
    }

    mutating func write(_ extraction: Extraction) throws {
        switch format {
        case .jsonl:
            // A huge document's record goes out in pieces as it is written.
            var failure: (any Error)?
            let sink = self.sink
            compact.encode(extraction, into: &buffer, draining: 1 << 20) { bytes in
                guard failure == nil else { return bytes.removeAll(keepingCapacity: true) }
                do { try sink(bytes) } catch { failure = error }
                bytes.removeAll(keepingCapacity: true)
            }
            if let failure { throw failure }
            buffer.append(0x0A)
        case .pretty:
            do {
                buffer.append(contentsOf: try pretty.encode(extraction))
                buffer.append(0x0A)
            } catch {
                Self.report(error, extraction)
            }
        case .text:
            buffer.append(contentsOf: TextReport(extraction).render().utf8)
        }
        if buffer.count >= 1 << 16 { try flush() }
    }

    private static func report(_ error: any Error, _ extraction: Extraction) {
        FileHandle.standardError.write(Data("redline: \(extraction.document.source): cannot write its record: \(error)\n".utf8))
    }

    /// Text written as it is (an explanation after a summary).
    mutating func write(text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        try sink(buffer)
    }
}
