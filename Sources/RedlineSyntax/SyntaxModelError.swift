/// Why a syntax model could not be loaded.
public struct SyntaxModelError: Error, CustomStringConvertible, Equatable {
    enum Kind: Equatable {
        case missing
        case corrupt(String)
        case version(UInt32)
    }

    let kind: Kind
    /// The file or resource the model came from, filled in by the loader.
    public internal(set) var source: String = "syntax model"

    static let missing = SyntaxModelError(kind: .missing)
    static func corrupt(_ why: String) -> SyntaxModelError { SyntaxModelError(kind: .corrupt(why)) }

    public var description: String {
        switch kind {
        case .missing:
            "\(source): no syntax model found (run 'redline train-syntax' to make one)"
        case .corrupt(let why):
            "\(source): not a usable syntax model: \(why)"
        case .version(let v):
            "\(source): syntax model format \(v) is not supported (expected \(SyntaxModel.formatVersion))"
        }
    }
}
