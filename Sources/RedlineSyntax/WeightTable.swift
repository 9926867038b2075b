/// Frozen weights of a linear classifier: one row of class scores per known feature.
///
/// Rows live in an open-addressing table, each slot holding the feature's hash beside its
/// class weights, so that scoring a feature costs one probe into memory rather than three (key,
/// row number, weights). A feature never seen in training has no row and adds nothing.
struct WeightTable: Sendable {
    let classes: Int
    let rowCount: Int
    /// `capacity * stride` floats: two for the key's bits, then `classes` weights.
    private let slots: [Float]
    private let stride: Int
    private let mask: Int

    init(classes: Int, keys: [UInt64], weights: [Float]) {
        precondition(weights.count == keys.count * classes)
        self.classes = classes
        rowCount = keys.count
        stride = classes + 2
        var capacity = 16
        // Three-quarters full at most.
        while capacity * 3 < keys.count * 4 { capacity <<= 1 }
        mask = capacity - 1
        var slots = [Float](repeating: 0, count: capacity * stride)
        for (row, key) in keys.enumerated() {
            var i = Int(truncatingIfNeeded: key >> 7) & mask
            while Self.key(slots, i * stride) != 0 { i = (i + 1) & mask }
            let base = i * stride
            slots[base] = Float(bitPattern: UInt32(truncatingIfNeeded: key))
            slots[base + 1] = Float(bitPattern: UInt32(truncatingIfNeeded: key >> 32))
            for c in 0..<classes { slots[base + 2 + c] = weights[row * classes + c] }
        }
        self.slots = slots
    }

    @inline(__always)
    private static func key(_ slots: UnsafeBufferPointer<Float>, _ base: Int) -> UInt64 {
        UInt64(slots[base].bitPattern) | UInt64(slots[base + 1].bitPattern) << 32
    }

    private static func key(_ slots: [Float], _ base: Int) -> UInt64 {
        UInt64(slots[base].bitPattern) | UInt64(slots[base + 1].bitPattern) << 32
    }

    /// The rows in slot order: feature keys and their weights, for writing and pruning.
    var rows: (keys: [UInt64], weights: [Float]) {
        var keys = [UInt64](), weights = [Float]()
        keys.reserveCapacity(rowCount)
        weights.reserveCapacity(rowCount * classes)
        for i in 0...mask {
            let base = i * stride
            let key = Self.key(slots, base)
            guard key != 0 else { continue }
            keys.append(key)
            weights.append(contentsOf: slots[(base + 2)..<(base + stride)])
        }
        return (keys, weights)
    }

    /// The table without rows whose largest weight is below `threshold` in size: features that
    /// barely move a decision cost memory and disk for nothing.
    func pruned(below threshold: Float) -> WeightTable {
        let (keys, weights) = rows
        var keptKeys = [UInt64](), kept = [Float]()
        for (r, key) in keys.enumerated() {
            let row = weights[(r * classes)..<((r + 1) * classes)]
            guard row.contains(where: { abs($0) >= threshold }) else { continue }
            keptKeys.append(key)
            kept.append(contentsOf: row)
        }
        return WeightTable(classes: classes, keys: keptKeys, weights: kept)
    }

    /// The largest weight in size, for quantising.
    var largestWeight: Float {
        var largest: Float = 0
        for i in 0...mask where Self.key(slots, i * stride) != 0 {
            for c in 0..<classes { largest = max(largest, abs(slots[i * stride + 2 + c])) }
        }
        return largest
    }

    /// Adds `count` weights starting at `start` into `scores`, eight or four at a time.
    @inline(__always)
    private static func add(_ slots: UnsafeBufferPointer<Float>, from start: Int, count: Int,
                            into scores: UnsafeMutableBufferPointer<Float>) {
        let source = UnsafeRawPointer(slots.baseAddress! + start)
        let target = UnsafeMutableRawPointer(scores.baseAddress!)
        var c = 0
        while c + 8 <= count {
            let sum = target.loadUnaligned(fromByteOffset: c * 4, as: SIMD8<Float>.self)
                + source.loadUnaligned(fromByteOffset: c * 4, as: SIMD8<Float>.self)
            target.storeBytes(of: sum, toByteOffset: c * 4, as: SIMD8<Float>.self)
            c += 8
        }
        while c + 4 <= count {
            let sum = target.loadUnaligned(fromByteOffset: c * 4, as: SIMD4<Float>.self)
                + source.loadUnaligned(fromByteOffset: c * 4, as: SIMD4<Float>.self)
            target.storeBytes(of: sum, toByteOffset: c * 4, as: SIMD4<Float>.self)
            c += 4
        }
        while c < count {
            scores[c] += slots[start + c]
            c += 1
        }
    }

    /// Adds the rows of `features` into `scores` (which holds `classes` values).
    ///
    /// The table is far larger than the caches, so each feature's first slot is a miss to main
    /// memory. The slots are read first in a loop with no branch on what they hold, so the
    /// processor fetches them all at once; the probing loop then finds them in cache.
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        for c in 0..<classes { scores[c] = 0 }
        slots.withUnsafeBufferPointer { slots in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { first in
                for (j, f) in features.enumerated() {
                    let base = (Int(truncatingIfNeeded: f >> 7) & mask) * stride
                    first[j] = Self.key(slots, base)
                }
                for (j, f) in features.enumerated() {
                    // A slot that starts empty ends the probe before any other is read.
                    if first[j] == 0 { continue }
                    var i = Int(truncatingIfNeeded: f >> 7) & mask
                    while true {
                        let base = i * stride
                        let k = Self.key(slots, base)
                        if k == f {
                            Self.add(slots, from: base + 2, count: classes, into: scores)
                            break
                        }
                        if k == 0 { break }
                        i = (i + 1) & mask
                    }
                }
            }
        }
    }
}
