/// How plainly a statement whose trigger only points at its condition ("if he used them", "I
/// didn't set a red line") refers to a line, from what its whole sentence says.
///
/// - By trigger: the share of a stated trigger's words that the sentence mentions ("Obama said the
///   use or movement of chemical weapons would be a red line, and ... if he used them" holds all of
///   "any use or movement of its chemical weapons"). It must mention at least half of them, and two
///   (or the one there is); or two when the statement names an actor of the line (a trigger actor
///   or addressee of either meets one of the other's): "Trump lifted his ultimatum to Hamas over the
///   hostages" names Hamas, and the hostages, of "Hamas does not free all the hostages by Saturday noon".
/// - By sentence: the share of the shorter sentence's words that the two sentences share, with
///   at least three in common and half of the shorter: how two reports of one remark read ("North
///   Korea best not make any more threats to the United States. They will be met with fire and
///   fury", "Trump said North Korea would be met with fire and fury if it kept threatening the
///   United States").
///
/// When a stated trigger names an act ("strike", "supply", `Concepts.acts`), a sentence that does
/// not name the line's actors must name one of its acts too: "the deployment of Western strike systems on Ukrainian soil" does not refer
/// to "Western weapons sent to Ukraine", though both speak of the West and Ukraine.
///
/// The score is the best over the line's statements; nil when none refers plainly enough.
enum TriggerReference {
    static func score(_ statement: RecordIndex.StatementRecord, to members: [RecordIndex.StatementRecord]) -> Double? {
        let said = WordSet(merging: [statement.contextWords, statement.words])
        var best: Double?
        let codes = statement.actorCodes + statement.addresseeCodes
        for member in members {
            if !member.isWeak, !member.words.isEmpty {
                let shared = member.words.sharedCount(with: said)
                let share = Double(shared) / Double(member.words.count)
                // A sentence about another act is about another line, whatever else it shares.
                let sameAct = member.words.acts.isEmpty || member.words.acts.sharedCount(with: said) > 0
                let named = !codes.isEmpty && (member.actorCodes + member.addresseeCodes).contains { codes.contains($0) }
                if shared >= min(2, member.words.count), share >= 0.5 && sameAct || named && shared >= 2 {
                    best = max(best ?? 0, share)
                }
            }
            let shared = member.contextWords.sharedCount(with: statement.contextWords)
            let overlap = member.contextWords.overlap(statement.contextWords)
            if shared >= 3, overlap >= 0.5 { best = max(best ?? 0, overlap) }
        }
        return best
    }
}
