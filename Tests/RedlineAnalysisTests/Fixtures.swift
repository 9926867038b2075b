import RedlineAnalysis
import RedlineCore

/// Small builders for hand-made extraction records, so each test reads like the history it mirrors.
enum F {
    static func day(_ text: String) -> Day { Day(text)! }

    static func actors(_ codes: [String]) -> [ActorRef] {
        codes.map { ActorRef(code: $0, kind: ["NATO", "EU", "G7", "CSTO"].contains($0) ? .igo : .state) }
    }

    static func line(_ declarer: String, trigger: [String], action: EventType?, _ text: String,
                     consequence: ConsequenceKind = .military, severity: Int? = 4, stance: Stance = .deterrent,
                     addressee: [String] = [],
                     date: String?, evidence: String? = nil, speaker: String? = nil, explicit: Bool = false) -> RedLine {
        RedLine(declarer: ActorRef(code: declarer, sector: "GOV"), speaker: speaker, addressee: actors(addressee),
                trigger: Trigger(actor: actors(trigger), action: action, text: text),
                consequence: Consequence(kind: consequence, severity: severity, text: nil),
                explicit: explicit, stance: stance, date: date.map(day), datePrecision: date == nil ? nil : .day,
                sentence: 0, span: ScalarSpan(0, 0), evidence: evidence ?? text)
    }

    static func event(_ type: EventType, _ actor: [String], _ recipient: [String], _ date: String?, _ evidence: String,
                      mode: String? = nil, precision: DatePrecision = .day, negated: Bool = false,
                      hypothetical: Bool = false, future: Bool = false, trigger: String? = nil) -> Event {
        Event(type: type, mode: mode, actor: actors(actor), recipient: actors(recipient), date: date.map(day),
              datePrecision: date == nil ? nil : precision, negated: negated, hypothetical: hypothetical,
              future: future, trigger: trigger, sentence: 0, span: ScalarSpan(0, 0), evidence: evidence)
    }

    static func claim(crosser: [String], lineOf: String, _ line: String?, date: String?, evidence: String) -> CrossingClaim {
        CrossingClaim(crosser: actors(crosser), lineOf: ActorRef(code: lineOf), line: line, claimant: nil,
                      date: date.map(day), sentence: 0, span: ScalarSpan(0, 0), evidence: evidence)
    }

    /// A document whose records each get a sentence and span of their own (statements, then events,
    /// then claims), as a real extraction's would.
    static func doc(_ id: String, _ published: String?, lines: [RedLine] = [], events: [Event] = [],
                    claims: [CrossingClaim] = []) -> DocumentRecords {
        var sentence = 0
        func next() -> (Int, ScalarSpan) {
            defer { sentence += 1 }
            return (sentence, ScalarSpan(sentence * 100, sentence * 100 + 80))
        }
        return DocumentRecords(
            id: id, source: "https://news.example.org/\(id)", published: published.map(day),
            redLines: lines.map { var l = $0; (l.sentence, l.span) = next(); return l },
            events: events.map { var e = $0; (e.sentence, e.span) = next(); return e },
            claims: claims.map { var c = $0; (c.sentence, c.span) = next(); return c })
    }

    static func configuration(_ today: String, _ change: (inout TrackerConfiguration) -> Void = { _ in }) -> TrackerConfiguration {
        var configuration = TrackerConfiguration(today: day(today))
        change(&configuration)
        return configuration
    }

    static func link(_ documents: [DocumentRecords], today: String, reviews: [Review] = []) -> [TrackedLine] {
        Linker().link(documents: documents, reviews: reviews, configuration: configuration(today))
    }

    static func review(_ target: Review.Target, _ verdict: Review.Verdict?, at: String = "2024-01-01T00:00:00Z") -> Review {
        Review(target: target, verdict: verdict, reason: "checked the sources", reviewer: "analyst", at: at)
    }
}
