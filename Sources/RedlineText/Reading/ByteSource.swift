
/// Bytes read in chunks from memory or a file descriptor, after an optional prefix that was
/// read ahead to tell the format. Feeds and JSON Lines stream from it, so a large input is never
/// held whole; libxml2 reads from it through `xmlReaderForIO`.
final class ByteSource {
    private let fd: Int32?
    private var pending: [UInt8]
    private var pendingOffset = 0
    private(set) var consumed = 0
    private(set) var reachedEnd = false
    /// The `errno` of a failed read, which ends the data.
    private(set) var readError: Int32?

    init(bytes: [UInt8]) {
        fd = nil
        pending = bytes
    }

    init(fd: Int32, prefix: [UInt8]) {
        self.fd = fd
        pending = prefix
    }

    /// Copies up to `buffer.count` bytes; returns 0 at the end of the data, -1 after a read error.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard buffer.count > 0 else { return 0 }
        if pendingOffset < pending.count {
            let count = min(buffer.count, pending.count - pendingOffset)
            pending.withUnsafeBytes { source in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[pendingOffset..<(pendingOffset + count)]))
            }
            pendingOffset += count
            if pendingOffset == pending.count {
                pending = []
                pendingOffset = 0
            }
            consumed += count
            return count
        }
        guard let fd, !reachedEnd, readError == nil else {
            reachedEnd = true
            return readError == nil ? 0 : -1
        }
        while true {
            let count = System.read(fd, buffer.baseAddress, buffer.count)
            if count > 0 {
                consumed += count
                return count
            }
            if count == 0 {
                reachedEnd = true
                return 0
            }
            if System.errorNumber == System.interrupted { continue }
            readError = System.errorNumber
            reachedEnd = true
            return -1
        }
    }

    /// Up to `count` bytes, fewer only at the end of the data.
    func read(upTo count: Int) -> [UInt8] {
        var out = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: min(count, 1 << 16))
        while out.count < count {
            let want = min(chunk.count, count - out.count)
            let got = chunk.withUnsafeMutableBytes { read(into: UnsafeMutableRawBufferPointer(rebasing: $0[..<want])) }
            guard got > 0 else { break }
            out.append(contentsOf: chunk[..<got])
        }
        return out
    }

    /// Puts bytes back in front of what is left, as if they had not been read.
    func unread(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        pending = bytes + pending[pendingOffset...]
        pendingOffset = 0
        consumed -= bytes.count
    }
}
