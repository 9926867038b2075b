/// Frozen weights of a linear classifier: one row of class scores per known feature.
///
/// Weights are 16-bit integers with one scale per table, as the model file stores them, so a
/// trained model and the same model read back from its file score every sentence alike. Rows
/// live in an open-addressing table, each slot holding the feature's hash and then its weights,
/// so that scoring a feature costs one probe into memory. The table is at most half full: most
/// features of a parse were never seen in training, and a probe for one of those runs on until it
/// meets an empty slot. A feature never seen has no row and adds nothing.
struct WeightTable: Sendable {
    let classes: Int
    let rowCount: Int
    /// What one unit of a stored weight is worth.
    let scale: Float
    /// `capacity * stride` words: the key, then `classes` 16-bit weights (padded to a word).
    private let slots: [UInt64]
    private let stride: Int
    private let mask: Int

    /// A table of quantised rows: `weights` holds `classes` values per key.
    init(classes: Int, scale: Float, keys: [UInt64], quantized weights: [Int16]) {
        precondition(weights.count == keys.count * classes)
        self.classes = classes
        self.scale = scale
        rowCount = keys.count
        let stride = 1 + (classes * 2 + 7) / 8
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        self.stride = stride
        self.mask = mask
        // Two spare words at the end take the overrun of the last slot's last group of eight.
        var slots = [UInt64](repeating: 0, count: capacity * stride + 2)
        slots.withUnsafeMutableBufferPointer { slots in
            let raw = UnsafeMutableRawPointer(slots.baseAddress!)
            for (row, key) in keys.enumerated() {
                var i = Self.home(key, mask)
                while slots[i * stride] != 0 { i = (i + 1) & mask }
                slots[i * stride] = key
                for c in 0..<classes {
                    raw.storeBytes(of: weights[row * classes + c], toByteOffset: (i * stride + 1) * 8 + 2 * c, as: Int16.self)
                }
            }
        }
        self.slots = slots
    }

    /// A table of real-valued rows, quantised to 16 bits against its largest weight.
    init(classes: Int, keys: [UInt64], weights: [Float]) {
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32767 : 1
        self.init(classes: classes, scale: scale, keys: keys,
                  quantized: weights.map { Int16(clamping: Int(($0 / scale).rounded())) })
    }

    @inline(__always)
    private static func home(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key >> 7) & mask
    }

    /// The rows sorted by key: feature keys and their quantised weights, for writing and pruning.
    var rows: (keys: [UInt64], weights: [Int16]) {
        var found = [(key: UInt64, slot: Int)]()
        found.reserveCapacity(rowCount)
        for i in 0...mask where slots[i * stride] != 0 { found.append((slots[i * stride], i)) }
        found.sort { $0.key < $1.key }
        var weights = [Int16]()
        weights.reserveCapacity(rowCount * classes)
        slots.withUnsafeBytes { raw in
            for (_, i) in found {
                for c in 0..<classes {
                    weights.append(raw.loadUnaligned(fromByteOffset: (i * stride + 1) * 8 + 2 * c, as: Int16.self))
                }
            }
        }
        return (found.map(\.key), weights)
    }

    /// The table without rows whose largest weight is below `threshold` in size: features that
    /// barely move a decision cost memory and disk for nothing.
    func pruned(below threshold: Float) -> WeightTable {
        let (keys, weights) = rows
        var keptKeys = [UInt64](), kept = [Int16]()
        for (r, key) in keys.enumerated() {
            let row = weights[(r * classes)..<((r + 1) * classes)]
            guard row.contains(where: { Float(abs(Int($0))) * scale >= threshold }) else { continue }
            keptKeys.append(key)
            kept.append(contentsOf: row)
        }
        return WeightTable(classes: classes, scale: scale, keys: keptKeys, quantized: kept)
    }

    /// Adds the rows of `features` into `scores` (which holds `classes` values).
    ///
    /// The table is far larger than the caches, so each feature's first slot is a miss to main
    /// memory. The slots are read first in a loop with no branch on what they hold, so the
    /// processor fetches them all at once; the probing loop then finds them in cache. Sums are
    /// kept in integers and scaled once.
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        slots.withUnsafeBufferPointer { slots in
            let raw = UnsafeRawPointer(slots.baseAddress!)
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { first in
                for (j, f) in features.enumerated() { first[j] = slots[Self.home(f, mask) * stride] }
                if classes == 4 {
                    var sum = SIMD4<Int32>()
                    for (j, f) in features.enumerated() where first[j] != 0 {
                        guard let base = find(f, in: slots) else { continue }
                        sum &+= SIMD4<Int32>(truncatingIfNeeded: raw.loadUnaligned(fromByteOffset: base, as: SIMD4<Int16>.self))
                    }
                    for c in 0..<4 { scores[c] = Float(sum[c]) * scale }
                    return
                }
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: classes + 8) { sums in
                    sums.initialize(repeating: 0)
                    let target = UnsafeMutableRawPointer(sums.baseAddress!)
                    for (j, f) in features.enumerated() where first[j] != 0 {
                        guard let base = find(f, in: slots) else { continue }
                        // Eight at a time; the padding after a row and `sums`' spare room take
                        // the overrun of the last group, which is never read back.
                        var c = 0
                        while c < classes {
                            let add = SIMD8<Int32>(truncatingIfNeeded: raw.loadUnaligned(fromByteOffset: base + 2 * c, as: SIMD8<Int16>.self))
                            let sum = target.loadUnaligned(fromByteOffset: 4 * c, as: SIMD8<Int32>.self) &+ add
                            target.storeBytes(of: sum, toByteOffset: 4 * c, as: SIMD8<Int32>.self)
                            c += 8
                        }
                    }
                    for c in 0..<classes { scores[c] = Float(sums[c]) * scale }
                }
            }
        }
    }

    /// The byte offset of the weights of `feature`'s row, or nil when it has none.
    @inline(__always)
    private func find(_ feature: UInt64, in slots: UnsafeBufferPointer<UInt64>) -> Int? {
        var i = Self.home(feature, mask)
        while true {
            let k = slots[i * stride]
            if k == feature { return (i * stride + 1) * 8 }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}
