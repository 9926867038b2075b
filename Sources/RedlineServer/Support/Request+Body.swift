import Hummingbird

extension Request {
    /// The whole body, refused with 413 when it (or its announced length) passes `limit`.
    func collectBody(limit: Int) async throws -> [UInt8] {
        if let length = headers[.contentLength].flatMap(Int.init), length > limit { throw ServerError.tooLarge(limit: limit) }
        var bytes: [UInt8] = []
        for try await buffer in body {
            if bytes.count + buffer.readableBytes > limit { throw ServerError.tooLarge(limit: limit) }
            bytes.append(contentsOf: buffer.readableBytesView)
        }
        return bytes
    }

    /// A query parameter, nil when absent or empty.
    func query(_ name: String) -> String? {
        guard let value = uri.queryParameters.get(name), !value.isEmpty else { return nil }
        return value
    }
}
