import Foundation
import Testing

/// Every path `/openapi.json` lists is served, and the answers have the documented required
/// properties with the documented types.
@Suite("OpenAPI conformance", .serialized)
struct OpenAPITests {
    @Test func everyDocumentedRouteAnswersAsDocumented() async throws {
        try await TestServer.with { server in
            let document = try await server.get("/openapi.json").object()
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
            let validator = SchemaValidator(schemas: schemas)

            let lines = try await server.get("/api/redlines?limit=1").object()["items"] as? [[String: Any]] ?? []
            let line = try #require(lines.first?["id"] as? String)
            let code = try #require((lines.first?["declarer"] as? [String: Any])?["code"] as? String)
            let events = try await server.get("/api/events?limit=1").object()["items"] as? [[String: Any]] ?? []
            let document_ = try #require(events.first?["document"] as? String)
            let values = ["id": line, "code": code]
            let samples: [String: String] = [
                "/api/documents/{id}": "/api/documents/\(document_)",
                "/api/search": "/api/search?q=red",
            ]
            let article = "Russia warned NATO that any deployment of troops in Finland would be a red line and would face a military response."

            var checked = 0
            for (path, operations) in paths.sorted(by: { $0.key < $1.key }) {
                for (method, operation) in operations {
                    guard let operation = operation as? [String: Any] else { continue }
                    // An endless event stream is read by LiveAlertTests, not here.
                    if let ok = (operation["responses"] as? [String: Any])?["200"] as? [String: Any],
                       (ok["content"] as? [String: Any])?["text/event-stream"] != nil { continue }
                    var concrete = samples[path] ?? path
                    for (name, value) in values { concrete = concrete.replacingOccurrences(of: "{\(name)}", with: value) }
                    let reply: TestServer.Reply
                    switch method {
                    case "get": reply = try await server.get(concrete)
                    case "post" where path == "/api/reviews":
                        reply = try await server.post(concrete, #"{"line":"\#(line)","status":"enforced","reason":"seen"}"#)
                    case "post": reply = try await server.post(concrete, article, contentType: "text/plain")
                    default: Issue.record("undocumented method \(method)"); continue
                    }
                    let responses = try #require(operation["responses"] as? [String: Any])
                    let documented = try #require(responses[String(reply.status)] as? [String: Any], "\(method) \(path) answered \(reply.status), which is not documented")
                    #expect((200..<300).contains(reply.status), "\(method) \(path): \(reply.status) \(reply.text.prefix(200))")
                    if let content = documented["content"] as? [String: Any], let json = content["application/json"] as? [String: Any],
                       let schema = json["schema"] as? [String: Any] {
                        #expect(reply.headers["content-type"]?.hasPrefix("application/json") == true, "\(method) \(path)")
                        let problems = validator.check(try reply.json(), against: schema, at: "\(method) \(path)")
                        #expect(problems.isEmpty, "\(problems.prefix(5).joined(separator: "\n"))")
                    }
                    checked += 1
                }
            }
            #expect(checked >= 14)
        }
    }

    @Test func errorsMatchTheErrorSchema() async throws {
        try await TestServer.with(samples: false) { server in
            let document = try await server.get("/openapi.json").object()
            let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
            let validator = SchemaValidator(schemas: schemas)
            for path in ["/api/redlines?limit=x", "/api/redlines/none", "/api/actors/ZZZ", "/api/documents/none"] {
                let reply = try await server.get(path)
                #expect(reply.status >= 400)
                #expect(validator.check(try reply.json(), against: ["$ref": "#/components/schemas/Error"], at: path).isEmpty)
            }
        }
    }
}

/// The part of JSON Schema the document uses: `$ref`, `type` (one or a list), `required`,
/// `properties`, `items`, `enum`, `additionalProperties`.
struct SchemaValidator {
    let schemas: [String: Any]

    func check(_ value: Any, against schema: [String: Any], at path: String) -> [String] {
        if let ref = schema["$ref"] as? String {
            let name = String(ref.split(separator: "/").last ?? "")
            guard let target = schemas[name] as? [String: Any] else { return ["\(path): unknown $ref \(ref)"] }
            return check(value, against: target, at: path)
        }
        var problems: [String] = []
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [type as? String ?? ""]
            guard allowed.contains(where: { matches(value, $0) }) else {
                return ["\(path): expected \(allowed.joined(separator: " or ")), found \(Swift.type(of: value))"]
            }
        }
        if let options = schema["enum"] as? [String], let text = value as? String, !options.contains(text) {
            problems.append("\(path): \(text) is not one of \(options)")
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing required property \(key)")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, property) in properties {
                guard let property = property as? [String: Any], let child = object[key] else { continue }
                problems += check(child, against: property, at: "\(path).\(key)")
            }
            if let additional = schema["additionalProperties"] as? [String: Any] {
                for (key, child) in object where properties[key] == nil { problems += check(child, against: additional, at: "\(path).\(key)") }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, item) in array.enumerated() { problems += check(item, against: items, at: "\(path)[\(i)]") }
        }
        return problems
    }

    private func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean":
            guard let number = value as? NSNumber else { return false }
            return isBool(number)
        case "integer":
            guard let number = value as? NSNumber, !isBool(number) else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        case "number":
            guard let number = value as? NSNumber else { return false }
            return !isBool(number)
        default: return false
        }
    }

    /// JSONSerialization keeps booleans as NSNumbers of type `c` (char).
    private func isBool(_ number: NSNumber) -> Bool { String(cString: number.objCType) == "c" }
}
