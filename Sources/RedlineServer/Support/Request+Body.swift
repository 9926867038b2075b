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

    /// A query parameter, nil when absent or empty. Decoded as a browser's form encodes it:
    /// `+` is a space and `%XX` a byte (a search form sends `q=legitimate+targets`).
    func query(_ name: String) -> String? {
        guard let value = queryValues(name).first, !value.isEmpty else { return nil }
        return value
    }

    /// Every non-empty value of a repeated query parameter (`actor=RUS&actor=USA`), in order.
    func queryValues(_ name: String) -> [String] {
        guard let raw = uri.query, !raw.isEmpty else { return [] }
        return FormBody.pairs(Array(raw.utf8)).compactMap { $0.key == name && !$0.value.isEmpty ? $0.value : nil }
    }
}
