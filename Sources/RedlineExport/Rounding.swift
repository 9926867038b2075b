/// Numbers as outputs print them: rounded, so that a confidence reads `0.8` and not
/// `0.7999999999999999`, in JSON and CSV alike.
///
/// ```swift
/// Rounding.round(0.7999999999999999)   // 0.8
/// Rounding.text(0.125)                 // "0.125"
/// ```
public enum Rounding {
    /// Decimal places kept.
    public static let places = 4

    public static func round(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        let scale = 10_000.0
        return (value * scale).rounded() / scale
    }

    /// The rounded value as text: no trailing zeros, no exponent for ordinary magnitudes.
    public static func text(_ value: Double) -> String {
        let rounded = round(value)
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return "\(rounded)"
    }
}
