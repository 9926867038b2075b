import Foundation
import RedlineStore

/// The `q` of a search, checked: two to 200 characters with at least one word to look for.
enum SearchText {
    static func parse(_ value: String?) throws -> String {
        let q = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard q.count >= 2 else { throw ServerError(.badRequest, "q must hold at least two characters to search for") }
        guard q.count <= 200 else { throw ServerError(.badRequest, "q may have at most 200 characters") }
        guard !SearchQuery(text: q).terms.isEmpty else {
            throw ServerError(.badRequest, "q must hold a word of letters or digits to search for, not only punctuation")
        }
        return q
    }
}
