import Foundation
import Testing
@testable import RedlineSyntax

@Suite struct ModelLoadingTests {
    static func smallModelBytes() throws -> [UInt8] {
        var options = SyntaxTrainer.Options()
        options.taggerIterations = 2
        options.parserIterations = 2
        options.jackknifeFolds = 1
        return SyntaxTrainer(options: options).train(try SmallTreebank.sentences(SmallTreebank.training)).serialized()
    }

    private func message(_ bytes: [UInt8]) -> String? {
        do {
            _ = try SyntaxModel(bytes: bytes)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func aDamagedByteIsCaughtByTheChecksum() throws {
        var bytes = try Self.smallModelBytes()
        bytes[bytes.count / 2] ^= 0x40
        #expect(message(bytes) == "syntax model: not a usable syntax model: its checksum does not match (the file is damaged or cut short)")
    }

    @Test func aCutFileAndAForeignFileAreRefused() throws {
        let bytes = try Self.smallModelBytes()
        #expect(message(Array(bytes.prefix(bytes.count - 100)))?.contains("checksum does not match") == true)
        #expect(message(Array("{\"not\": \"a model\"}".utf8)) == "syntax model: not a usable syntax model: it does not start with the RLSYNTAX header")
        #expect(message([]) == "syntax model: not a usable syntax model: it does not start with the RLSYNTAX header")
    }

    @Test func anotherFormatVersionIsNamed() throws {
        var bytes = try Self.smallModelBytes()
        bytes[8] = 9
        // Re-seal the checksum so that only the version is wrong.
        let sum = modelChecksum(bytes[0..<(bytes.count - 8)])
        for k in 0..<8 { bytes[bytes.count - 8 + k] = UInt8(truncatingIfNeeded: sum >> (8 * UInt64(k))) }
        #expect(message(bytes) == "syntax model: syntax model format 9 is not supported (expected 2)")
    }

    @Test func aMissingOrCorruptFileIsNamedByPath() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("redline-syntax-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("none.model").path
        #expect(throws: SyntaxModelError.self) { try SyntaxModel.load(contentsOf: missing) }
        do { _ = try SyntaxModel.load(contentsOf: missing) } catch {
            #expect("\(error)" == "\(missing): no syntax model found (run 'redline train-syntax' to make one)")
        }
        let corrupt = dir.appendingPathComponent("bad.model")
        try Data("RLSYNTAX and then nonsense".utf8).write(to: corrupt)
        do { _ = try SyntaxModel.load(contentsOf: corrupt.path) } catch {
            #expect("\(error)".hasPrefix("\(corrupt.path): not a usable syntax model:"))
        }
    }
}
