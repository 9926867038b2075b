/// Little-endian writing and bounds-checked reading of the model file's parts.
struct ModelWriter {
    private(set) var bytes: [UInt8] = []

    mutating func u8(_ v: UInt8) { bytes.append(v) }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func f32(_ v: Float) { u32(v.bitPattern) }
    mutating func string(_ s: String) {
        u32(UInt32(s.utf8.count))
        bytes.append(contentsOf: s.utf8)
    }
    mutating func i16s(_ values: [Int16]) {
        for v in values { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    }
    mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }

    /// A table of word hashes and 32-bit values, by key so that a model always writes alike.
    mutating func wordTable(_ table: [UInt64: UInt32]) {
        u32(UInt32(table.count))
        for (key, value) in table.sorted(by: { $0.key < $1.key }) {
            u64(key)
            u32(value)
        }
    }
}

struct ModelReader {
    let bytes: [UInt8]
    private(set) var offset: Int
    let end: Int

    init(bytes: [UInt8], offset: Int, end: Int) {
        self.bytes = bytes
        self.offset = offset
        self.end = end
    }

    private mutating func take(_ n: Int, _ what: String) throws -> Int {
        guard n >= 0, end - offset >= n else {
            throw SyntaxModelError.corrupt("ends inside \(what) at byte \(offset)")
        }
        defer { offset += n }
        return offset
    }

    mutating func u8(_ what: String) throws -> UInt8 { bytes[try take(1, what)] }

    mutating func u32(_ what: String) throws -> UInt32 {
        let at = try take(4, what)
        var v: UInt32 = 0
        for k in 0..<4 { v |= UInt32(bytes[at + k]) << (8 * UInt32(k)) }
        return v
    }

    mutating func u64(_ what: String) throws -> UInt64 {
        let at = try take(8, what)
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
        return v
    }

    mutating func f32(_ what: String) throws -> Float { Float(bitPattern: try u32(what)) }

    /// A count, refused when it could not fit in what is left of the file.
    mutating func count(_ what: String, itemSize: Int) throws -> Int {
        let n = Int(try u32(what))
        guard n * max(itemSize, 1) <= end - offset else {
            throw SyntaxModelError.corrupt("\(what) claims \(n) items, more than the file holds")
        }
        return n
    }

    mutating func string(_ what: String) throws -> String {
        let n = try count(what, itemSize: 1)
        let at = try take(n, what)
        guard let s = String(validating: bytes[at..<(at + n)], as: UTF8.self) else {
            throw SyntaxModelError.corrupt("\(what) is not UTF-8")
        }
        return s
    }

    mutating func wordTable(_ what: String) throws -> [UInt64: UInt32] {
        let n = try count(what, itemSize: 12)
        var table = [UInt64: UInt32](minimumCapacity: n)
        for _ in 0..<n { table[try u64(what)] = try u32(what) }
        return table
    }

    mutating func i16(_ what: String) throws -> Int16 {
        let at = try take(2, what)
        return Int16(bitPattern: UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8)
    }
}

/// FNV-1a over the file's body, stored at its end, so a damaged file is refused, not misread.
func modelChecksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
    return h
}
