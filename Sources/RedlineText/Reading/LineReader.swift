/// Lines of a `ByteSource`, one at a time, in a buffer bounded by `limit`: a longer line is
/// skipped (its size still counted) instead of being held whole.
struct LineReader {
    enum Line {
        /// The line's bytes without the line end (`\n` or `\r\n`).
        case text([UInt8], number: Int)
        case tooLong(size: Int, number: Int)
    }

    private let source: ByteSource
    private let limit: Int
    private var chunk: [UInt8]
    private var chunkStart = 0
    private var chunkEnd = 0
    private var number = 0

    init(source: ByteSource, limit: Int, chunkSize: Int = 1 << 16) {
        self.source = source
        self.limit = max(limit, 0)
        chunk = [UInt8](repeating: 0, count: chunkSize)
    }

    mutating func next() -> Line? {
        var line = [UInt8]()
        var size = 0
        var sawAny = false
        while true {
            if chunkStart == chunkEnd {
                let got = chunk.withUnsafeMutableBytes { source.read(into: $0) }
                guard got > 0 else { break }
                chunkStart = 0
                chunkEnd = got
            }
            sawAny = true
            let newline = chunk[chunkStart..<chunkEnd].firstIndex(of: 0x0A)
            let end = newline ?? chunkEnd
            let piece = end - chunkStart
            if size + piece <= limit {
                line.append(contentsOf: chunk[chunkStart..<end])
            } else if !line.isEmpty {
                line = []  // over the limit: stop holding it
            }
            size += piece
            chunkStart = newline.map { $0 + 1 } ?? chunkEnd
            if newline != nil { return finish(line, size) }
        }
        return sawAny && (size > 0 || !line.isEmpty) ? finish(line, size) : nil
    }

    private mutating func finish(_ line: [UInt8], _ size: Int) -> Line {
        number += 1
        var line = line
        var size = size
        if line.last == 0x0D {
            line.removeLast()
            size -= 1
        }
        return size > limit ? .tooLong(size: size, number: number) : .text(line, number: number)
    }
}
