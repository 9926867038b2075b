import RedlineCore

/// States that a document dated before they existed means by another name: "Moscow", "the
/// Kremlin" and "Russia" in 1987 speak for the Soviet Union.
///
/// Only where the successor's names were commonly used for the whole union; a document with no
/// date keeps the code the lexicon gives.
enum PredecessorStates {
    /// Successor code → (predecessor code, first day of the successor).
    private static let table: [String: (code: String, from: Day)] = [
        "RUS": ("SUN", Day(year: 1991, month: 12, day: 26)!),
    ]

    /// The code a polity of `code` had on `day`.
    static func code(_ code: String, on day: Day?) -> String {
        guard let day, let entry = table[code], day < entry.from else { return code }
        return entry.code
    }
}
