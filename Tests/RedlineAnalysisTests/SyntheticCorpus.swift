import RedlineAnalysis
import RedlineCore

/// A deterministic synthetic corpus for timing the linker: `documents` documents of `eventsPerDocument`
/// events each over ten years, a red-line statement in one document of ten (a few hundred lines
/// among twenty declarers, most restated several times), and a crossing claim in one of fifty.
enum SyntheticCorpus {
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let countries = (0..<60).map { "C\($0 < 10 ? "0" : "")\($0)" } + ["NATO", "EU"]
    static let vocabulary = (0..<400).map { "word\($0)" }

    static func make(documents count: Int, eventsPerDocument: Int) -> [DocumentRecords] {
        var g = Generator(state: 42)
        let start = Day("2014-01-01")!.ordinal
        func sentence(_ n: Int, from pool: Range<Int>) -> String {
            (0..<n).map { _ in vocabulary[pool.lowerBound + g.next(pool.count)] }.joined(separator: " ")
        }
        // Three hundred lines: declarer, trigger actor, action, words.
        let lines: [(String, String, EventType?, String)] = (0..<300).map { i in
            let declarer = countries[i % 20]
            var target = countries[20 + g.next(42)]
            if target == declarer { target = "C59" }
            let action: EventType? = i % 7 == 0 ? nil : EventType.allCases[g.next(EventType.allCases.count)]
            return (declarer, target, action, sentence(5, from: 0..<400))
        }
        var result: [DocumentRecords] = []
        result.reserveCapacity(count)
        for d in 0..<count {
            let published = Day(ordinal: start + d * 3650 / count)
            var events: [Event] = []
            for e in 0..<eventsPerDocument {
                let actor = countries[g.next(countries.count)]
                var recipient = countries[g.next(countries.count)]
                if recipient == actor { recipient = "C00" }
                events.append(Event(
                    type: EventType.allCases[g.next(EventType.allCases.count)],
                    actor: [ActorRef(code: actor)], recipient: [ActorRef(code: recipient)],
                    date: published.adding(days: -g.next(5)), datePrecision: .day,
                    negated: g.next(20) == 0, sentence: e, span: ScalarSpan(e * 100, e * 100 + 90),
                    evidence: sentence(15, from: 0..<400)))
            }
            var redLines: [RedLine] = []
            if d % 10 == 0 {
                let (declarer, target, action, text) = lines[g.next(lines.count)]
                redLines.append(RedLine(
                    declarer: ActorRef(code: declarer), speaker: nil, addressee: [ActorRef(code: target)],
                    trigger: Trigger(actor: [ActorRef(code: target)], action: action, text: text),
                    consequence: Consequence(kind: ConsequenceKind.allCases[g.next(5)], severity: 4, text: nil),
                    explicit: false, stance: .deterrent, date: published, datePrecision: .day,
                    sentence: 99, span: ScalarSpan(10_000, 10_090), evidence: text))
            }
            var claims: [CrossingClaim] = []
            if d % 50 == 0 {
                claims.append(CrossingClaim(
                    crosser: [ActorRef(code: countries[20 + g.next(42)])], lineOf: ActorRef(code: countries[g.next(20)]),
                    line: sentence(4, from: 0..<400), claimant: nil, date: nil, sentence: 98,
                    span: ScalarSpan(11_000, 11_090), evidence: sentence(10, from: 0..<400)))
            }
            result.append(DocumentRecords(id: "doc\(d)", source: "synthetic", published: published,
                                          redLines: redLines, events: events, claims: claims))
        }
        return result
    }
}
