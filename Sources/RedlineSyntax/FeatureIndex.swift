/// A growable open-addressing map from feature hashes to rows, for training.
///
/// Swift's `Dictionary` hashes every `UInt64` key through SipHash; feature hashes are already
/// well mixed, so their bits index the table directly.
struct FeatureIndex {
    private var slots: [UInt64]
    private var rows: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    func row(of key: UInt64) -> Int32? {
        var i = Int(truncatingIfNeeded: key >> 7) & mask
        while true {
            let k = slots[i]
            if k == key { return rows[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Adds `key` with `row` (the key must not be present).
    mutating func insert(_ key: UInt64, row: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        var i = Int(truncatingIfNeeded: key >> 7) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = key
        rows[i] = row
        count += 1
    }

    private mutating func grow() {
        let oldSlots = slots, oldRows = rows
        slots = [UInt64](repeating: 0, count: oldSlots.count * 2)
        rows = [Int32](repeating: -1, count: oldSlots.count * 2)
        mask = slots.count - 1
        count = 0
        for (k, r) in zip(oldSlots, oldRows) where k != 0 { insert(k, row: r) }
    }
}
