import Foundation
import RedlineCore
@testable import RedlineText

/// Helpers shared by the reading tests: fixtures, temporary files, collected results.
enum ReadingFixtures {
    static var directory: String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path
    }

    static func path(_ name: String) -> String { directory + "/" + name }
}

/// A fresh directory under the system's temporary directory, removed when released.
final class TemporaryDirectory {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "redline-reading-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let file = path + "/" + name
        let directory = (file as NSString).deletingLastPathComponent
        try! FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
        return file
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }
}

extension DocumentReader {
    func results(bytes: [UInt8], name: String) -> [Result<Document, InputError>] {
        var results: [Result<Document, InputError>] = []
        read(bytes: bytes, name: name) { results.append($0) }
        return results
    }

    func results(_ text: String, name: String) -> [Result<Document, InputError>] {
        results(bytes: Array(text.utf8), name: name)
    }

    func results(_ input: String) -> [Result<Document, InputError>] { documents(input) }
}

extension Result where Success == Document, Failure == InputError {
    var document: Document? { try? get() }

    var error: InputError? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

extension Array where Element == Result<Document, InputError> {
    var documents: [Document] { compactMap(\.document) }
    var errors: [InputError] { compactMap(\.error) }
    var messages: [String] { errors.map(\.description) }
}

/// The reader with a configuration changed by `change`.
func reader(_ change: (inout ReaderConfiguration) -> Void = { _ in }) -> DocumentReader {
    var configuration = ReaderConfiguration()
    change(&configuration)
    return DocumentReader(configuration: configuration)
}
