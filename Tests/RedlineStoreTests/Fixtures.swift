import RedlineCore

/// Small documents built in code: what extraction might have found in a few articles.
enum Fixtures {
    static let ryabkov = ActorRef(code: "RUS", sector: "GOV", kind: .state, name: "Sergei Ryabkov",
                                  text: "Russian Deputy Foreign Minister Sergei Ryabkov")
    static let usa = ActorRef(code: "USA", kind: .state)
    static let nato = ActorRef(code: "NATO", kind: .igo)
    static let ukraine = ActorRef(code: "UKR", sector: "MIL", kind: .state, text: "Ukrainian forces")

    /// A document about the 2022 convoy warning: one red line, three events, one crossing claim.
    static func convoyWarning(id: String = "doc-convoy", source: String = "corpus/convoy.txt") -> StoredDocument {
        let evidence = "On April 13, Russian Deputy Foreign Minister Sergei Ryabkov warned that convoys would be targets."
        let extraction = Extraction(
            document: .init(id: id, source: source, title: "Russia warns on convoys", url: "https://example.org/convoy",
                            published: Day("2022-04-14"), language: "en", sentences: 12),
            actors: [ActorSummary(code: "RUS", sector: "GOV", kind: .state, name: "Sergei Ryabkov",
                                  mentions: [ScalarSpan(30, 75)])],
            dates: [DateMention(text: "On April 13", span: ScalarSpan(0, 11), value: Day("2022-04-13"),
                                precision: .day, relative: false)],
            quotes: [Quote(speaker: ryabkov, text: "legitimate targets", span: ScalarSpan(80, 98), direct: true)],
            events: [
                Event(type: .threaten, mode: "violence", context: ["military"], actor: [ryabkov], recipient: [usa, nato],
                      date: Day("2022-04-13"), datePrecision: .day, dateText: "On April 13", sentence: 5,
                      span: ScalarSpan(610, 842), evidence: evidence),
                Event(type: .aid, actor: [usa], recipient: [ukraine], date: Day("2022-04-10"), datePrecision: .week,
                      sentence: 2, span: ScalarSpan(100, 180), evidence: "The United States sent more weapons to Ukraine."),
                Event(type: .accuse, actor: [ryabkov, ActorRef(code: "RUS", sector: "MIL")], recipient: [nato],
                      sentence: 7, span: ScalarSpan(900, 960), evidence: "He accused the alliance of escalation."),
            ],
            redLines: [
                RedLine(declarer: ryabkov, speaker: "Sergei Ryabkov", addressee: [usa, nato],
                        trigger: Trigger(actor: [usa, nato], action: .aid, text: "vehicles transporting weapons"),
                        consequence: Consequence(kind: .military, severity: 4, text: "legitimate military targets"),
                        explicit: false, stance: .deterrent, date: Day("2022-04-13"), datePrecision: .day,
                        sentence: 5, span: ScalarSpan(610, 842), evidence: evidence),
            ],
            crossingClaims: [
                CrossingClaim(crosser: [nato], lineOf: ActorRef(code: "RUS"), line: "interference in the campaign",
                              claimant: "Yuri Zhukov", date: nil, sentence: 9, span: ScalarSpan(1500, 1580),
                              evidence: "This line has been crossed every day."),
            ])
        return StoredDocument(extraction: extraction, ingestedAt: "2024-05-01T10:00:00Z")
    }

    /// A document about sanctions: one red line by the EU (undated) and two events.
    static func sanctionsWarning(id: String = "doc-sanctions") -> StoredDocument {
        let eu = ActorRef(code: "EU", kind: .igo)
        let extraction = Extraction(
            document: .init(id: id, source: "feed.xml#3", title: nil, url: nil, published: Day("2022-02-20"),
                            language: "en", sentences: 4),
            events: [
                Event(type: .threaten, mode: "sanction", actor: [eu], recipient: [ActorRef(code: "RUS")],
                      date: Day("2022-02-19"), datePrecision: .day, sentence: 1, span: ScalarSpan(0, 90),
                      evidence: "The EU warned of massive consequences."),
                Event(type: .sanction, actor: [eu], recipient: [ActorRef(code: "RUS")], date: Day("2022-02-23"),
                      datePrecision: .day, future: true, sentence: 3, span: ScalarSpan(200, 260),
                      evidence: "Sanctions will follow an invasion."),
            ],
            redLines: [
                RedLine(declarer: eu, speaker: nil, addressee: [ActorRef(code: "RUS")],
                        trigger: Trigger(actor: [ActorRef(code: "RUS")], action: .assault, text: "an invasion of Ukraine"),
                        consequence: Consequence(kind: .economic, severity: nil, text: "massive consequences"),
                        explicit: true, stance: .deterrent, date: nil, datePrecision: nil, sentence: 1,
                        span: ScalarSpan(0, 90), evidence: "The EU warned of massive consequences."),
            ])
        return StoredDocument(extraction: extraction, ingestedAt: "2024-05-01T10:00:01Z")
    }

    /// A document with nothing found in it, and no date.
    static func empty(id: String = "doc-empty") -> StoredDocument {
        StoredDocument(
            extraction: Extraction(document: .init(id: id, source: "notes.txt", title: nil, url: nil, published: nil,
                                                   language: "en", sentences: 1)),
            ingestedAt: "2024-05-01T10:00:02Z")
    }

    static var batch: [StoredDocument] { [convoyWarning(), sanctionsWarning(), empty()] }

    /// `count` small documents numbered from `start`, each with two events and one red line.
    static func numbered(_ range: Range<Int>) -> [StoredDocument] {
        range.map { n in
            let day = Day(ordinal: 19_000 + n % 400)
            let actor = ActorRef(code: ["RUS", "USA", "CHN", "UKR"][n % 4])
            let extraction = Extraction(
                document: .init(id: "numbered-\(n)", source: "bulk.jsonl:\(n)", title: nil, url: nil, published: day,
                                language: "en", sentences: 3),
                events: [
                    Event(type: .threaten, actor: [actor], recipient: [nato], date: day, sentence: 0,
                          span: ScalarSpan(0, 40), evidence: "Sentence \(n) threatens."),
                    Event(type: .consult, actor: [actor, usa], date: day, sentence: 1, span: ScalarSpan(41, 80),
                          evidence: "Sentence \(n) consults."),
                ],
                redLines: [
                    RedLine(declarer: actor, speaker: nil, addressee: [nato],
                            trigger: Trigger(actor: [nato], action: .mobilize, text: "troops at the border"),
                            consequence: Consequence(kind: .unspecified, severity: nil, text: nil), explicit: true,
                            stance: .deterrent, date: day, datePrecision: .day, sentence: 0, span: ScalarSpan(0, 40),
                            evidence: "Sentence \(n) threatens."),
                ])
            return StoredDocument(extraction: extraction, ingestedAt: "2024-05-01T12:00:00Z")
        }
    }
}

extension Fixtures {
    /// A tracked line as the linker might make it.
    static func line(_ id: String, declarer: String, status: LineStatus, first: String?) -> TrackedLine {
        TrackedLine(
            id: id, declarer: ActorRef(code: declarer),
            trigger: Trigger(actor: [nato], action: .aid, text: "weapons convoys"),
            consequence: Consequence(kind: .military, severity: 4, text: "legitimate targets"), explicit: false,
            status: status, statusSource: .machine, firstDeclared: first.flatMap(Day.init),
            statements: [TrackedLine.Statement(id: "doc-convoy@610-842", document: "doc-convoy", source: "corpus/convoy.txt",
                                               date: first.flatMap(Day.init), speaker: "Sergei Ryabkov",
                                               evidence: "convoys would be targets", span: ScalarSpan(610, 842),
                                               confidence: 0.9)],
            crossings: [TrackedLine.Crossing(id: "c1", date: Day("2022-05-01"), actor: [usa], kind: .event, type: .aid,
                                             confidence: 0.75, document: "doc-2", source: "b.txt", evidence: "More arms arrived.")],
            responses: [TrackedLine.Response(id: "r1", date: Day("2022-05-03"), type: .assault, severity: 4,
                                             confidence: 0.5, document: "doc-3", source: "c.txt", evidence: "A depot was struck.")])
    }
}
