import Hummingbird

/// Answers that a browser saves as a file.
enum Downloads {
    static func csv(_ text: String, name: String) -> Response {
        file(text, type: "text/csv; charset=utf-8", name: name)
    }

    static func file(_ text: String, type: String, name: String) -> Response {
        file(ByteBuffer(string: text), type: type, name: name)
    }

    static func file(_ body: ByteBuffer, type: String, name: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body))
    }
}
