import RedlineCore

/// The words the records use to name each actor code, learned from every actor reference that
/// carries a code and a name or text ("Finland" for `FIN`, "Kyiv" for `UKR`, "the alliance" for
/// `NATO`). A word used for more than one code ("president", "secretary") names none, and words
/// naming acts ("member") are left out, so what is left are names.
///
/// The linker needs them where a statement's trigger names its actors only by words: "Finland
/// joined NATO" has no object but Finland, and an event coded `FIN` → `NATO` from "it became the
/// alliance's 31st member" has met it without writing "Finland".
struct ActorNames: Sendable {
    /// Word hash (as `WordSet` has it) → the one code it names.
    private var codes: [UInt64: String] = [:]

    init() {}

    init(documents: [DocumentRecords]) {
        var seen: Set<Pair> = []
        var pairs: [Pair] = []
        func note(_ actor: ActorRef?) {
            guard let actor, let code = actor.code else { return }
            for text in [actor.name, actor.text] {
                guard let text else { continue }
                let pair = Pair(code: code, text: text)
                if seen.insert(pair).inserted { pairs.append(pair) }
            }
        }
        for document in documents {
            for line in document.redLines {
                note(line.declarer)
                line.trigger.actor.forEach(note)
                line.addressee.forEach(note)
            }
            for event in document.events {
                event.actor.forEach(note)
                event.recipient.forEach(note)
            }
            for claim in document.claims {
                claim.crosser.forEach(note)
                note(claim.lineOf)
            }
        }
        var named: [UInt64: String] = [:]
        var ambiguous: Set<UInt64> = []
        for pair in pairs {
            for word in WordSet(pair.text).hashes where !Concepts.acts.contains(word) && !ambiguous.contains(word) {
                if let other = named[word], other != pair.code {
                    ambiguous.insert(word)
                    named[word] = nil
                } else {
                    named[word] = pair.code
                }
            }
        }
        codes = named
    }

    /// The code a word names, or nil.
    func code(named word: UInt64) -> String? { codes[word] }

    private struct Pair: Hashable {
        var code: String
        var text: String
    }
}
