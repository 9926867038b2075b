import Foundation
import Hummingbird

/// JSON in and out, with the encoder settings every API response shares.
enum JSONBody {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }

    static func bytes<Value: Encodable>(_ value: Value) throws -> ByteBuffer {
        ByteBuffer(data: try encoder().encode(value))
    }

    static func response(_ buffer: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: buffer))
    }

    static func response<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok) throws -> Response {
        response(try bytes(value), status: status)
    }

    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        let body = (try? encoder().encode(["error": message])) ?? Data(#"{"error":"internal error"}"#.utf8)
        return response(ByteBuffer(data: body), status: status)
    }

    /// Decodes a request body, turning decoding failures into a 400 that says what is wrong.
    static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8], what: String) throws -> Value {
        guard !bytes.isEmpty else { throw ServerError(.badRequest, "the body is empty; send \(what) as JSON") }
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch let error as DecodingError {
            throw ServerError(.badRequest, "the body is not \(what): \(describe(error))")
        } catch {
            throw ServerError(.badRequest, "the body is not \(what)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "" : " at \(keys.joined(separator: "."))"
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing field \"\(key.stringValue)\"\(path(context))"
        case .typeMismatch(_, let context): return "wrong type\(path(context))"
        case .valueNotFound(_, let context): return "missing value\(path(context))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "invalid value\(path(context))"
        @unknown default: return "not valid JSON"
        }
    }
}
