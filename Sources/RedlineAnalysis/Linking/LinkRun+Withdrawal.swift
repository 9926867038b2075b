import RedlineCore

extension LinkRun {
    /// Finds the days the declarer took the line back, and the days it stood by it.
    ///
    /// Taken back: a later statement of the line whose evidence has withdrawal wording (see
    /// `Cues.isWithdrawal`); an event of the declarer (RETREAT, CONCEDE, REQUEST, SUPPORT, AGREE)
    /// with withdrawal wording and two words of a statement's trigger, or one when it is directed at
    /// a trigger actor or addressee ("said it was now up to Israel to decide what to do" about the
    /// hostages); or a RETREAT or CONCEDE towards a trigger actor or addressee
    /// sharing at least two words and half of a statement's trigger words. A ceasefire or a summit
    /// that merely names the same country takes back nothing.
    /// Stood by: a later statement without such wording, or a THREATEN of the declarer towards a
    /// trigger actor or addressee sharing a word with the trigger. `StatusRule` weighs the two.
    mutating func findWithdrawals(_ line: inout LineContext) {
        guard let declared = line.firstDeclared else { return }
        let codes = line.triggerCodes + line.addresseeCodes
        for type in [EventType.retreat, .concede, .request, .support, .agree, .threaten] {
            let list = index.events(actor: line.declarerCode, type: type)
            for i in index.events(in: [list], from: declared, through: today).map(Int.init) {
                let record = index.events[i]
                guard record.isFactual, record.time.first >= declared else { continue }
                let towards = !codes.isEmpty && TriggerMatch.actorScore(
                    record.recipientCodes, against: codes, alliances: configuration.alliances, on: record.time.day) > 0
                if type == .threaten {
                    guard towards, record.time.first > declared,
                          line.match(words(ofEvent: i)).shared >= 1 else { continue }
                    line.restatementDays.append(record.time.first)
                    continue
                }
                // Only the wording can make a REQUEST, SUPPORT or AGREE a withdrawal: read it first.
                if type != .retreat && type != .concede, !cues(ofEvent: i).contains(.withdrawal) { continue }
                let (shared, overlap) = line.match(words(ofEvent: i))
                guard shared >= 1 else { continue }
                let strong = (type == .retreat || type == .concede) && towards && shared >= 2 && overlap >= 0.5
                let worded = (shared >= 2 || towards) && cues(ofEvent: i).contains(.withdrawal)
                if strong || worded {
                    line.withdrawalDays.append(record.time.first)
                }
            }
        }
    }
}
