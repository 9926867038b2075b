import Foundation
import RedlineCore

/// Writes extraction records to standard output in the chosen format, buffered.
struct ExtractionWriter {
    let format: OutputFormat
    private let encoder: JSONEncoder
    private var buffer = Data()
    private let sink: (Data) -> Void

    init(format: OutputFormat, sink: @escaping (Data) -> Void = { FileHandle.standardOutput.write($0) }) {
        self.format = format
        self.sink = sink
        encoder = JSONEncoder()
        encoder.outputFormatting = format == .pretty ? [.prettyPrinted, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
    }

    mutating func write(_ extraction: Extraction) {
        switch format {
        case .jsonl, .pretty:
            if let data = try? encoder.encode(extraction) {
                buffer.append(data)
                buffer.append(0x0A)
            }
        case .text:
            buffer.append(contentsOf: TextReport(extraction).render().utf8)
        }
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
