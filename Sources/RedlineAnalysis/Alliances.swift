import RedlineCore

/// Who belongs to which alliance, organisation or bloc, with the dates of joining and leaving.
///
/// Membership is transitive (`WST` holds `NATO`, which holds `POL`, so Poland counts for "the
/// West") and dated: Finland is a NATO member from 2023-04-04 on, so a Finnish act of 2022 does not
/// cross a line drawn against NATO, and "Finland joins NATO" is not the same trigger as "NATO admits
/// Ukraine" when stated in 2022. A query without a day ignores the dates.
///
/// ```swift
/// let alliances = Alliances.standard
/// alliances.isMember("FIN", of: "NATO", on: Day("2022-05-12"))   // false
/// alliances.isMember("POL", of: "WST", on: nil)                   // true
/// ```
public struct Alliances: Sendable, Hashable {
    /// One membership: a member code and the days it held (both ends inclusive, nil when open).
    public struct Membership: Sendable, Hashable {
        public var member: String
        public var since: Day?
        public var until: Day?

        public init(_ member: String, since: Day? = nil, until: Day? = nil) {
            self.member = member
            self.since = since
            self.until = until
        }

        func holds(on day: Day?) -> Bool {
            guard let day else { return true }
            if let since, day < since { return false }
            if let until, day > until { return false }
            return true
        }
    }

    /// Alliance code → its memberships, as given.
    public private(set) var table: [String: [Membership]]
    /// Alliance code → every membership, direct or through member alliances, with the days it held
    /// (where both links held). Built once, so queries in the linker's loops allocate nothing.
    private var closure: [String: [Membership]] = [:]
    /// The alliance codes, few enough to compare one by one before hashing anything.
    private var codes: [String] = []

    public init(_ table: [String: [Membership]] = [:]) {
        self.table = table
        closure = Alliances.close(table)
        codes = table.keys.sorted()
    }

    /// Adds (or replaces) an alliance.
    public mutating func set(_ alliance: String, members: [Membership]) {
        table[alliance] = members
        closure = Alliances.close(table)
        codes = table.keys.sorted()
    }

    public func isAlliance(_ code: String) -> Bool { table[code] != nil }

    /// Whether `member` belongs to `alliance` on `day`, directly or through a member alliance.
    public func isMember(_ member: String, of alliance: String, on day: Day?) -> Bool {
        guard let memberships = closure[alliance] else { return false }
        return memberships.contains { $0.member == member && $0.holds(on: day) }
    }

    /// Every code that belongs to `alliance` on `day` (nil: at any time), transitively.
    public func members(of alliance: String, on day: Day? = nil) -> Set<String> {
        Set((closure[alliance] ?? []).filter { $0.holds(on: day) }.map(\.member))
    }

    /// The alliances `code` belongs to at some time, transitively.
    func alliances(holding code: String) -> [String] {
        closure.filter { $0.value.contains { $0.member == code } }.keys.sorted()
    }

    private static func close(_ table: [String: [Membership]]) -> [String: [Membership]] {
        var result: [String: [Membership]] = [:]
        for alliance in table.keys {
            var found: [Membership] = []
            // Depth-first through member alliances, narrowing the period along the path.
            var stack: [(code: String, since: Day?, until: Day?, path: Set<String>)] = [(alliance, nil, nil, [alliance])]
            while let (code, since, until, path) = stack.popLast() {
                for membership in table[code] ?? [] {
                    let from = [since, membership.since].compactMap { $0 }.max()
                    let to = [until, membership.until].compactMap { $0 }.min()
                    if let from, let to, from > to { continue }
                    let narrowed = Membership(membership.member, since: from, until: to)
                    if !found.contains(narrowed) { found.append(narrowed) }
                    if table[membership.member] != nil, !path.contains(membership.member) {
                        stack.append((membership.member, from, to, path.union([membership.member])))
                    }
                }
            }
            result[alliance] = found
        }
        return result
    }

    /// How two actor codes relate on `day`.
    func relation(_ a: String, _ b: String, on day: Day?) -> ActorRelation {
        if a == b { return .same }
        let aIsAlliance = codes.contains(a), bIsAlliance = codes.contains(b)
        if bIsAlliance, isMember(a, of: b, on: day) { return .memberOf }
        if aIsAlliance, isMember(b, of: a, on: day) { return .contains }
        return .none
    }
}

/// How an actor code stands to another: the same, a member of it, or the alliance that holds it.
enum ActorRelation {
    case same, memberOf, contains, none
}
