/// An averaged multiclass perceptron in training.
///
/// Rows are created when a feature is first updated. Averaging uses the usual trick: beside each
/// weight `w` an accumulator `u` gains `step * delta` at each update, and the averaged weight is
/// `w - u / step` at the end, so no update has to touch weights it does not change.
struct PerceptronTrainer {
    let classes: Int
    private var index = FeatureIndex()
    private(set) var keys: [UInt64] = []
    private var weights: [Float] = []
    private var accumulators: [Double] = []
    private(set) var step: Double = 1

    init(classes: Int) {
        self.classes = classes
    }

    func score(_ features: [UInt64], into scores: inout [Float]) {
        for c in 0..<classes { scores[c] = 0 }
        weights.withUnsafeBufferPointer { w in
            for f in features {
                guard let r = index.row(of: f) else { continue }
                let base = Int(r) * classes
                for c in 0..<classes { scores[c] += w[base + c] }
            }
        }
    }

    private mutating func row(_ feature: UInt64) -> Int {
        if let r = index.row(of: feature) { return Int(r) }
        let r = keys.count
        index.insert(feature, row: Int32(r))
        keys.append(feature)
        weights.append(contentsOf: repeatElement(0, count: classes))
        accumulators.append(contentsOf: repeatElement(0, count: classes))
        return r
    }

    /// Moves the weights toward `truth` and away from `guess`.
    mutating func update(_ features: [UInt64], truth: Int, guess: Int) {
        guard truth != guess else { return }
        for f in features {
            let base = row(f) * classes
            weights[base + truth] += 1
            accumulators[base + truth] += step
            weights[base + guess] -= 1
            accumulators[base + guess] -= step
        }
    }

    /// Adds `delta` to class `c` of every feature: one side of a structured update, whose other
    /// side (the sequence predicted) may have other features.
    mutating func add(_ features: [UInt64], to c: Int, _ delta: Float) {
        for f in features {
            let i = row(f) * classes + c
            weights[i] += delta
            accumulators[i] += Double(delta) * step
        }
    }

    /// One training instance has been seen.
    mutating func tick() { step += 1 }

    /// The averaged weights, without rows whose largest weight is below `threshold` in size.
    func averaged(pruningBelow threshold: Float = 0) -> WeightTable {
        var keptKeys = [UInt64]()
        var kept = [Float]()
        var row = [Float](repeating: 0, count: classes)
        for (r, key) in keys.enumerated() {
            var largest: Float = 0
            for c in 0..<classes {
                let i = r * classes + c
                let value = Float(Double(weights[i]) - accumulators[i] / step)
                row[c] = value
                largest = max(largest, abs(value))
            }
            guard largest > threshold, largest > 0 else { continue }
            keptKeys.append(key)
            kept.append(contentsOf: row)
        }
        return WeightTable(classes: classes, keys: keptKeys, weights: kept)
    }
}
