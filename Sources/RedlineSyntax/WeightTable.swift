/// Frozen weights of a linear classifier: one row of class scores per known feature.
///
/// An open-addressing table maps a feature hash to its row; a feature never seen in training
/// has no row and adds nothing. Scoring sums the rows of a state's features.
struct WeightTable: Sendable {
    let classes: Int
    /// Feature hash of each row.
    let keys: [UInt64]
    /// `keys.count * classes` weights, row by row.
    let weights: [Float]
    private let slots: [UInt64]
    private let slotRows: [Int32]
    private let mask: Int

    init(classes: Int, keys: [UInt64], weights: [Float]) {
        precondition(weights.count == keys.count * classes)
        self.classes = classes
        self.keys = keys
        self.weights = weights
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var rows = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (row, key) in keys.enumerated() {
            var i = Int(truncatingIfNeeded: key >> 7) & mask
            while slots[i] != 0, slots[i] != key { i = (i + 1) & mask }
            slots[i] = key
            rows[i] = Int32(row)
        }
        self.slots = slots
        self.slotRows = rows
        self.mask = mask
    }

    var rowCount: Int { keys.count }

    /// The table without rows whose largest weight is below `threshold` in size: features that
    /// barely move a decision cost memory and disk for nothing.
    func pruned(below threshold: Float) -> WeightTable {
        var keptKeys = [UInt64](), kept = [Float]()
        for (r, key) in keys.enumerated() {
            let row = weights[(r * classes)..<((r + 1) * classes)]
            guard row.contains(where: { abs($0) >= threshold }) else { continue }
            keptKeys.append(key)
            kept.append(contentsOf: row)
        }
        return WeightTable(classes: classes, keys: keptKeys, weights: kept)
    }

    @inline(__always)
    func row(of key: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key >> 7) & mask
            while true {
                let k = slots[i]
                if k == key { return Int(slotRows[i]) }
                if k == 0 { return -1 }
                i = (i + 1) & mask
            }
        }
    }

    /// Adds the rows of `features` into `scores` (which holds `classes` values).
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        for c in 0..<classes { scores[c] = 0 }
        weights.withUnsafeBufferPointer { w in
            for f in features {
                let r = row(of: f)
                guard r >= 0 else { continue }
                let base = r * classes
                for c in 0..<classes { scores[c] += w[base + c] }
            }
        }
    }
}
