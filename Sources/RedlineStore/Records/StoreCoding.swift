import Foundation
import RedlineCore

/// The JSON coders of stored records, configured the same way for every backend.
enum StoreCoding {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }

    /// Decodes a stored JSON record, naming what it is (never its content) when that fails.
    static func decode<T: Decodable>(_ type: T.Type, from json: String, what: String, decoder: JSONDecoder,
                                     store: String) throws -> T {
        do {
            return try decoder.decode(type, from: Data(json.utf8))
        } catch {
            throw StoreError(.corruptRecord, "cannot decode the stored \(what)", store: store, cause: error)
        }
    }
}
