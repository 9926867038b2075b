import RedlineCore
import RedlineExtract

/// The names people know actors by ("Russia" for `RUS`, "NATO" for `NATO`), from the lexicon, so
/// that outputs show names first and codes second.
///
/// ```swift
/// let names = ActorNames(lexicon: try Lexicon.builtIn())
/// names.name(for: "RUS")   // "Russia"
/// ```
public struct ActorNames: Sendable {
    private var names: [String: String]

    public init(lexicon: Lexicon) {
        // Only polities name a code: armed groups carry the code of the country they operate
        // in ("Islamic State" is IRQ/INS) and name themselves through `ActorRef.name`. A code
        // with several entries (historical names such as "Communist China" in files of their
        // own, which list many old names and little else) takes its main entry: the one that
        // says most besides names (adjectives, metonyms, places ...), then the most names.
        func weight(_ entry: ActorEntry) -> Int {
            let besides = (entry.adjectives?.count ?? 0) + (entry.demonyms?.count ?? 0) + (entry.generic?.count ?? 0)
                + (entry.metonyms?.values.reduce(0) { $0 + $1.count } ?? 0) + (entry.places?.count ?? 0) + (entry.members?.count ?? 0)
            return besides * 10_000 + entry.names.count
        }
        var main: [String: ActorEntry] = [:]
        for entry in lexicon.actors where entry.sector == nil {
            if let known = main[entry.code], weight(known) >= weight(entry) { continue }
            main[entry.code] = entry
        }
        var names: [String: String] = [:]
        for (code, entry) in main {
            guard var name = entry.name ?? entry.names.first else { continue }
            if name.hasPrefix("the "), entry.kind == .state { name = String(name.dropFirst(4)) }
            names[code] = name
        }
        self.names = names
    }

    public init(_ names: [String: String] = [:]) {
        self.names = names
    }

    /// The name of a code, or nil when the lexicon has none.
    public func name(for code: String?) -> String? {
        code.flatMap { names[$0] }
    }

    /// The name of a code, or the code itself.
    public func display(_ code: String?) -> String {
        name(for: code) ?? code ?? "?"
    }

    /// How a reference reads: the person's or group's name where the text gave one, else the
    /// polity's name, else the code.
    public func display(_ ref: ActorRef) -> String {
        ref.name ?? name(for: ref.code) ?? ref.code ?? "?"
    }

    /// "Russia warns the United States, NATO: NATO membership for Ukraine" — a tracked line's title.
    public func title(of line: TrackedLine) -> String {
        let who = display(line.declarer.code)
        let whom = line.trigger.actor.map { display($0.code) }
        let head = whom.isEmpty ? "\(who) warns" : "\(who) warns \(whom.joined(separator: ", "))"
        return (head.first.map { String($0).uppercased() } ?? "") + head.dropFirst() + ": \(line.trigger.text)"
    }
}
