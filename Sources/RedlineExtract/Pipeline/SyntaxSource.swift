import Foundation
import RedlineSyntax

/// Where the pipeline gets its tagger and parser: loaded on first use, once per process, and
/// shared by every document. A model that cannot be loaded is remembered as an error; extraction
/// then reads roles from token windows alone and the caller can report `error`.
public final class SyntaxSource: @unchecked Sendable {
    private let lock = NSLock()
    private let loader: @Sendable () throws -> SyntaxModel
    private var loaded: Result<SyntaxModel, any Error>?

    public init(loader: @escaping @Sendable () throws -> SyntaxModel) {
        self.loader = loader
    }

    /// A source that never parses: the window heuristics alone.
    public static let none = SyntaxSource { throw SyntaxUnavailable() }

    /// The model shipped with redline.
    public static let bundled = SyntaxSource { try SyntaxModel.bundled() }

    /// A model file of the user's.
    public static func file(_ path: String) -> SyntaxSource {
        SyntaxSource { try SyntaxModel.load(contentsOf: path) }
    }

    public var model: SyntaxModel? {
        lock.lock()
        defer { lock.unlock() }
        if loaded == nil { loaded = Result { try loader() } }
        return try? loaded?.get()
    }

    /// Why the model could not be loaded, once loading has been tried.
    public var error: (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        guard case .failure(let error) = loaded, !(error is SyntaxUnavailable) else { return nil }
        return error
    }
}

/// The error of ``SyntaxSource/none``: parsing was switched off, which is no failure.
struct SyntaxUnavailable: Error {}
