import RedlineCore

/// A tracked line as lists show it: the same object as `GET /api/redlines/{id}` (and `redline
/// lines --format json`), with its statements, crossings and responses cut to the first `embed`
/// of each and their full counts added, so a page stays small however much evidence a line has.
/// `?full=true` lists them whole.
struct LineListing: Encodable, Sendable {
    var line: TrackedLine
    var statementCount: Int
    var crossingCount: Int
    var responseCount: Int

    init(_ line: TrackedLine, embed: Int?) {
        statementCount = line.statements.count
        crossingCount = line.crossings.count
        responseCount = line.responses.count
        var shown = line
        if let embed {
            shown.statements = Array(line.statements.prefix(embed))
            shown.crossings = Array(line.crossings.prefix(embed))
            shown.responses = Array(line.responses.prefix(embed))
        }
        self.line = shown
    }

    private enum CodingKeys: String, CodingKey { case statementCount, crossingCount, responseCount }

    func encode(to encoder: any Encoder) throws {
        try line.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(statementCount, forKey: .statementCount)
        try c.encode(crossingCount, forKey: .crossingCount)
        try c.encode(responseCount, forKey: .responseCount)
    }
}
