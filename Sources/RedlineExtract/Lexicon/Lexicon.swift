import Foundation
import RedlineCore

/// Everything the extractor knows about words: actors, people, roles, event verbs and nouns, and
/// red-line cues. Loaded once from JSON files (the built-in ones, then the user's) and passed in.
public struct Lexicon: Sendable {
    public var actors: [ActorEntry] = []
    public var people: [PersonEntry] = []
    public var roles: [RoleEntry] = []
    public var events: [EventEntry] = []
    public var irregularVerbs: [String: [String]] = [:]
    public var redLineCues = RedLineCues()
    public var notActors: [String] = []

    public init() {}

    /// The lexicon shipped with redline.
    public static func builtIn() throws -> Lexicon {
        var lexicon = Lexicon()
        for file in try builtInFiles() { try lexicon.add(contentsOf: file) }
        return lexicon
    }

    /// The built-in lexicon's files, in the order they are read.
    static func builtInFiles() throws -> [URL] {
        guard let folder = Bundle.module.url(forResource: "Lexicon", withExtension: nil) else {
            throw LexiconError(file: "Lexicon", message: "the built-in lexicon is missing from the bundle")
        }
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Adds the entries of a lexicon file (see `LexiconFile`).
    public mutating func add(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LexiconError(file: url.path, message: "cannot be read (\(error.localizedDescription))")
        }
        try add(data: data, name: url.path)
    }

    public mutating func add(data: Data, name: String) throws {
        let file: LexiconFile
        do { file = try JSONTreeDecoder().decode(LexiconFile.self, from: [UInt8](data)) } catch let error as DecodingError {
            throw LexiconError(file: name, message: LexiconError.describe(error))
        }
        if let format = file.format, format != LexiconFile.format {
            throw LexiconError(file: name, message: "format is \"\(format)\"; expected \"\(LexiconFile.format)\"")
        }
        add(file)
    }

    public mutating func add(_ file: LexiconFile) {
        actors += file.actors ?? []
        people += file.people ?? []
        roles += file.roles ?? []
        events += file.events ?? []
        notActors += file.notActors ?? []
        irregularVerbs.merge(file.irregularVerbs ?? [:]) { _, new in new }
        if let cues = file.redLineCues { redLineCues.merge(cues) }
    }
}

/// A lexicon file that cannot be used, and why.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var message: String

    public var description: String { "\(file): \(message)" }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "at the top level" : "at \(keys.hasPrefix(".") ? String(keys.dropFirst()) : keys)"
        }
        switch error {
        case .dataCorrupted(let c): return "not valid JSON \(path(c)): \(c.debugDescription)"
        case .keyNotFound(let key, let c): return "missing \"\(key.stringValue)\" \(path(c))"
        case .typeMismatch(_, let c), .valueNotFound(_, let c): return "wrong value \(path(c)): \(c.debugDescription)"
        @unknown default: return "not a lexicon file"
        }
    }
}
