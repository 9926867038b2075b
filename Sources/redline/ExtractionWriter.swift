import Foundation
import RedlineCore

/// Writes extraction records to standard output in the chosen format, buffered.
///
/// JSON Lines are written straight into the buffer (``JSONLineEncoder``, keys in contract order);
/// pretty JSON goes through Foundation's encoder, which indents.
struct ExtractionWriter {
    let format: OutputFormat
    private let pretty: JSONEncoder
    private let compact = JSONLineEncoder()
    private var buffer = [UInt8]()
    private let sink: (Data) -> Void

    init(format: OutputFormat, sink: @escaping (Data) -> Void = { FileHandle.standardOutput.write($0) }) {
        self.format = format
        self.sink = sink
        pretty = JSONEncoder()
        pretty.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        buffer.reserveCapacity(1 << 17)
    }

    mutating func write(_ extraction: Extraction) {
        switch format {
        case .jsonl:
            compact.encode(extraction, into: &buffer)
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
        if buffer.count >= 1 << 16 { flush() }
    }

    private static func report(_ error: any Error, _ extraction: Extraction) {
        FileHandle.standardError.write(Data("redline: \(extraction.document.source): cannot write its record: \(error)\n".utf8))
    }

    /// Text written as it is (an explanation after a summary).
    mutating func write(text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        sink(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
