import ArgumentParser
import Foundation
import RedlineCore
import RedlineExtract

/// Where errors meet the person at the terminal: one line each on standard error, and the one
/// place that maps failures to exit codes (1: an input or the run failed; 2: usage).
enum Diagnostics {
    static func report(_ error: any Error) {
        let line = "redline: \(message(for: error))\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// A warning that is no failure: one line on standard error.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data("redline: \(text)\n".utf8))
    }

    static func message(for error: any Error) -> String {
        switch error {
        case let error as InputError: error.description
        case let error as LexiconError: "lexicon \(error.description)"
        case let error as PipelineError: error.description
        case let error as any CustomStringConvertible: error.description
        default: "\(error)"
        }
    }
}

extension LexiconError: LocalizedError {
    public var errorDescription: String? { "lexicon \(description)" }
}

extension PipelineError: LocalizedError {
    public var errorDescription: String? { description }
}
