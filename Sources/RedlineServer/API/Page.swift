/// A page of a longer list: the items, how many there are in all, and how to ask for the next.
/// `nextCursor` is null on the last page; pass it back as `cursor` (or use `offset`).
struct Page<Item: Encodable & Sendable>: Encodable, Sendable {
    var total: Int
    var limit: Int
    var offset: Int
    var items: [Item]

    var nextCursor: String? { offset + items.count < total && !items.isEmpty ? String(offset + items.count) : nil }

    private enum CodingKeys: String, CodingKey { case total, limit, offset, nextCursor, items }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(total, forKey: .total)
        try c.encode(limit, forKey: .limit)
        try c.encode(offset, forKey: .offset)
        if let nextCursor { try c.encode(nextCursor, forKey: .nextCursor) } else { try c.encodeNil(forKey: .nextCursor) }
        try c.encode(items, forKey: .items)
    }
}

/// `limit` and `offset` (or `cursor`) of a list request, checked against the server's bounds.
struct PageRequest: Hashable, Sendable {
    var limit: Int
    var offset: Int

    init(limit: String?, offset: String?, cursor: String?, defaultLimit: Int, maxLimit: Int) throws {
        if let limit {
            guard let n = Int(limit), (1...maxLimit).contains(n) else {
                throw ServerError(.badRequest, "limit must be a whole number from 1 to \(maxLimit), not \"\(limit.prefix(40))\"")
            }
            self.limit = n
        } else {
            self.limit = defaultLimit
        }
        // An empty cursor is the first page's; a cursor replaces the offset.
        self.offset = 0
        for (name, text) in [("offset", offset), ("cursor", cursor.flatMap { $0.isEmpty ? nil : $0 })] {
            guard let text else { continue }
            guard let n = Int(text), n >= 0 else {
                throw ServerError(.badRequest, "\(name) must be a whole number of at least 0 (a cursor comes from nextCursor)")
            }
            self.offset = n
        }
    }

    func slice<T>(_ all: [T]) -> [T] {
        guard offset < all.count else { return [] }
        return Array(all[offset..<min(all.count, offset + limit)])
    }
}
