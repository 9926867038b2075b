import Foundation
import RedlineCore
import Testing

@Suite("JSON tree and its decoder")
struct JSONTreeTests {
    private func parse(_ text: String) throws(JSONTree.SyntaxError) -> JSONTree { try JSONTree.parse(Array(text.utf8)) }

    @Test func valuesEscapesAndSurrogatePairs() throws {
        let tree = try parse(#"{"a": [1, -2.5e3, true, false, null], "s": "tab\there \"q\" \u00e9 \ud83d\ude80 \/", "a": "last"}"#)
        #expect(tree["a"] == .string("last"))  // the last duplicate wins
        #expect(tree["s"] == .string("tab\there \"q\" é 🚀 /"))
        guard case .object(let members) = tree, case .array(let items) = members[0].value else {
            Issue.record("not an object with an array")
            return
        }
        #expect(items == [.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null])
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9),
        ("[1 2]", 1, 4),
        ("{\"a\":\n  01}", 2, 4),
        ("\"unterminated", 1, 14),
        ("{\"a\": tru}", 1, 7),
        ("\"\\ud800 alone\"", 1, 7),
        ("[1] x", 1, 5),
        ("\"bad \\q escape\"", 1, 7),
    ])
    func syntaxErrorsSayWhere(text: String, line: Int, column: Int) {
        #expect(throws: JSONTree.SyntaxError.self) { try parse(text) }
        do {
            _ = try parse(text)
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.column == column, "\(error)")
        }
    }

    @Test func invalidUTF8AndControlCharactersAreRejected() {
        #expect(throws: JSONTree.SyntaxError.self) { try JSONTree.parse([0x22, 0xC3, 0x28, 0x22]) }
        #expect(throws: JSONTree.SyntaxError.self) { try JSONTree.parse([0x22, 0xED, 0xA0, 0x80, 0x22]) }  // a surrogate
        #expect(throws: JSONTree.SyntaxError.self) { try JSONTree.parse([0x22, 0x0A, 0x22]) }
    }

    @Test func hostileNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONTree.SyntaxError.self) { try parse(deep) }
        let fine = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect((try? parse(fine)) != nil)
    }

    private struct Entry: Codable, Equatable {
        enum Kind: String, Codable { case state, organisation }
        var name: String
        var kind: Kind
        var aliases: [String]?
        var members: [String: [String]]?
        var weight: Double?
        var count: Int?
        var flag: Bool?
        var nested: [Entry]?
    }

    @Test func decodesWhatFoundationDecodes() throws {
        let json = #"""
        [{"name": "NATO", "kind": "organisation", "aliases": ["the alliance"], "members": {"USA": ["a"], "FRA": []},
          "weight": 0.5, "count": 3, "flag": true, "nested": [{"name": "x", "kind": "state", "count": 1e2}]},
         {"name": "Chad", "kind": "state", "aliases": null}]
        """#
        let ours = try JSONTreeDecoder().decode([Entry].self, from: Array(json.utf8))
        let theirs = try JSONDecoder().decode([Entry].self, from: Data(json.utf8))
        #expect(ours == theirs)
        #expect(ours[0].nested?[0].count == 100)
    }

    @Test func decodingErrorsCarryTheirPath() throws {
        func failure(_ json: String) -> DecodingError? {
            do {
                _ = try JSONTreeDecoder().decode([Entry].self, from: Array(json.utf8))
                return nil
            } catch let error as DecodingError {
                return error
            } catch {
                return nil
            }
        }
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        guard case .keyNotFound(let key, let c)? = failure(#"[{"name": "a", "kind": "state"}, {"kind": "state"}]"#) else {
            Issue.record("expected keyNotFound")
            return
        }
        #expect(key.stringValue == "name")
        #expect(path(c) == "1")
        guard case .typeMismatch(_, let c2)? = failure(#"[{"name": "a", "kind": "state", "aliases": ["x", 7]}]"#) else {
            Issue.record("expected typeMismatch")
            return
        }
        #expect(path(c2) == "0.aliases.1")
        guard case .dataCorrupted(let c3)? = failure(#"[{"name": "a", "kind": "empire"}]"#) else {
            Issue.record("expected dataCorrupted for an unknown case")
            return
        }
        #expect(path(c3) == "0.kind")
        guard case .dataCorrupted(let c4)? = failure("[{\"name\": \n 1,]") else {
            Issue.record("expected dataCorrupted for bad syntax")
            return
        }
        #expect(c4.debugDescription.hasPrefix("line 2, column"))
        guard case .valueNotFound? = failure(#"[{"name": null, "kind": "state"}]"#) else {
            Issue.record("expected valueNotFound for a null required string")
            return
        }
    }
}
