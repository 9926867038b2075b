/// A directed pair of actor codes: who acts, towards whom.
public struct Dyad: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var actor: String
    public var recipient: String

    public init(_ actor: String, _ recipient: String) {
        self.actor = actor
        self.recipient = recipient
    }

    public var reversed: Dyad { Dyad(recipient, actor) }
    public var description: String { "\(actor)→\(recipient)" }

    public static func < (lhs: Dyad, rhs: Dyad) -> Bool { (lhs.actor, lhs.recipient) < (rhs.actor, rhs.recipient) }
}
