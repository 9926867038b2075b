import RedlineCore

/// Every record of every document, flattened, dated and sorted in one order that does not depend
/// on the order the documents came in, with events indexed by actor, recipient and type so the
/// linker looks only at events that could matter to a line.
struct RecordIndex: Sendable {
    struct StatementRecord: Sendable {
        var redLine: RedLine
        var document: Int
        var declarerCode: String
        var time: TimeSpan?
        var linkID: String
        var words: WordSet
        /// Content words of the whole sentence (less the names of the declarer, speaker, trigger
        /// actors and addressees): what a statement with a weak trigger is read by.
        var contextWords: WordSet
        var actorCodes: [String]
        var addresseeCodes: [String]
        var isWithdrawal: Bool
        /// The trigger only points at the condition (see `TriggerQuality`).
        var isWeak: Bool
        /// A vow to answer an act already done (see `Cues.isVow`).
        var isVow: Bool
    }

    /// A class, so the linker's loops over candidate events pass a reference rather than copy the
    /// event's strings and arrays.
    final class EventRecord: Sendable {
        let document: Int
        /// The event's position in its document's `events`.
        let offset: Int
        /// Its place among its document's events by span, then type: an order that does not depend
        /// on the order the events were stored in.
        let rank: Int
        let type: EventType
        let span: ScalarSpan
        let time: TimeSpan
        let actorCodes: [String]
        let recipientCodes: [String]
        /// The states said to stand behind its actors ("an Iran-backed militia"), less the actors'
        /// own: they may answer for the act, a little less surely than its doers.
        let backerCodes: [String]
        /// Real (not negated, hypothetical or future) and not coded from a sentence that states a
        /// red line: such a sentence describes the condition and the threatened answer, not acts
        /// (unless the event's own words are neither, `RecordIndex.describes`).
        let isFactual: Bool

        init(event: Event, document: Int, offset: Int, rank: Int, time: TimeSpan, inStatement: Bool) {
            self.document = document
            self.offset = offset
            self.rank = rank
            type = event.type
            span = event.span
            self.time = time
            actorCodes = RecordIndex.codes(event.actor, excluding: nil)
            recipientCodes = RecordIndex.codes(event.recipient, excluding: nil)
            var backers: [String] = []
            for case let code? in event.actor.map(\.backer) where !actorCodes.contains(code) && !backers.contains(code) {
                backers.append(code)
            }
            backerCodes = backers
            isFactual = !event.negated && !event.hypothetical && !event.future && !inStatement
        }

        /// `DOC@START-END/TYPE`, made when a link is kept rather than for every event.
        func linkID(in documents: [DocumentRecords]) -> String {
            LinkID.record(document: documents[document].id, span: span, tag: type.rawValue)
        }

        /// What makes two records one record: the same document, span and type.
        var key: RecordKey { RecordKey(document: document, start: span.start, end: span.end, type: type) }
    }

    struct RecordKey: Hashable, Sendable {
        var document: Int
        var start: Int
        var end: Int
        var type: EventType
    }

    struct ClaimRecord: Sendable {
        var claim: CrossingClaim
        var document: Int
        var time: TimeSpan
        var lineOf: String
        var crosserCodes: [String]
        var words: WordSet
        var linkID: String
    }

    let documents: [DocumentRecords]
    let statements: [StatementRecord]
    let events: [EventRecord]
    let claims: [ClaimRecord]
    /// The words the records name each actor code by.
    let names: ActorNames
    /// Actor codes as small integers, for the postings below.
    private let codeNumbers: [String: Int]
    /// Factual event indices (into `events`, hence in date order): by actor or backer code and type
    /// (at `code * typeCount + type`), by actor or backer, by recipient, by type.
    private let byActorType: [[Int32]]
    private let byActor: [[Int32]]
    private let byRecipient: [[Int32]]
    private let byType: [[Int32]]
    /// Each event's first and last possible day, beside `events`, so range scans read plain integers.
    private let firstDays: [Int]
    private let lastDays: [Int]

    init(documents input: [DocumentRecords], today: Day) {
        // One copy of each document id, chosen the same way whatever the input order.
        var chosen: [String: DocumentRecords] = [:]
        for document in input {
            if let other = chosen[document.id], !RecordIndex.prefer(document, over: other) { continue }
            chosen[document.id] = document
        }
        let documents = chosen.values.sorted { $0.id < $1.id }
        self.documents = documents
        names = ActorNames(documents: documents)
        let todayOrdinal = today.ordinal

        var statements: [StatementRecord] = []
        var events: [EventRecord] = []
        var claims: [ClaimRecord] = []
        for (d, document) in documents.enumerated() {
            for line in document.redLines {
                guard let declarer = line.declarer?.code else { continue }
                var time = TimeSpan(date: line.date, precision: line.datePrecision, published: document.published)
                if let time, time.first > todayOrdinal { continue }
                // "Western leaders had warned for two months that ...", dated by its article only:
                // the warning stood from the start of that span.
                if let published = document.published, line.date == nil || (line.date == published && line.datePrecision == .week),
                   let days = Cues.perfectDuration(line.evidence) {
                    time = TimeSpan(first: published.ordinal - days, last: published.ordinal, estimated: true)
                }
                let words = RecordIndex.triggerWords(line)
                let actorCodes = RecordIndex.codes(line.trigger.actor, excluding: declarer)
                statements.append(StatementRecord(
                    redLine: line, document: d, declarerCode: declarer, time: time,
                    linkID: LinkID.record(document: document.id, span: line.span, tag: nil),
                    words: words, contextWords: RecordIndex.contextWords(line),
                    actorCodes: actorCodes,
                    addresseeCodes: RecordIndex.codes(line.addressee, excluding: declarer),
                    isWithdrawal: Cues.isWithdrawal(line.evidence),
                    isWeak: TriggerQuality.isWeak(line.trigger.text, words: words, namesActor: !actorCodes.isEmpty),
                    isVow: Cues.isVow(line.evidence)))
            }
            let statementSentences = Dictionary(grouping: document.redLines, by: \.sentence)
            var ranks = [Int](repeating: 0, count: document.events.count)
            var places = document.events.enumerated().map { ($1.span.start, $1.span.end, $1.type.slot, $0) }
            places.sort { $0 < $1 }
            for (rank, place) in places.enumerated() { ranks[place.3] = rank }
            for (offset, event) in document.events.enumerated() {
                guard let time = TimeSpan(date: event.date, precision: event.datePrecision, published: document.published),
                      time.first <= todayOrdinal else { continue }
                events.append(EventRecord(event: event, document: d, offset: offset, rank: ranks[offset], time: time,
                                          inStatement: statementSentences[event.sentence].map { RecordIndex.describes($0, event) } ?? false))
            }
            for claim in document.claims {
                guard let lineOf = claim.lineOf?.code,
                      let time = TimeSpan(date: claim.date, precision: nil, published: document.published),
                      time.first <= todayOrdinal else { continue }
                claims.append(ClaimRecord(
                    claim: claim, document: d, time: time, lineOf: lineOf,
                    crosserCodes: RecordIndex.codes(claim.crosser, excluding: nil),
                    words: WordSet([claim.line ?? "", claim.evidence].joined(separator: " ")),
                    linkID: LinkID.record(document: document.id, span: claim.span, tag: "claim")))
            }
        }

        statements.sort { a, b in
            let ka = (a.time?.first ?? Int.max, a.document, a.redLine.span.start, a.redLine.span.end, a.redLine.sentence)
            let kb = (b.time?.first ?? Int.max, b.document, b.redLine.span.start, b.redLine.span.end, b.redLine.sentence)
            return ka < kb
        }
        events = RecordIndex.sortedByDay(events, documents: documents.count)
        claims.sort { ($0.time.first, $0.document, $0.claim.span.start) < ($1.time.first, $1.document, $1.claim.span.start) }

        var codeNumbers: [String: Int] = [:]
        var byActorType: [[Int32]] = []
        var byActor: [[Int32]] = []
        var byRecipient: [[Int32]] = []
        var byType = [[Int32]](repeating: [], count: EventType.slots)
        func number(_ code: String) -> Int {
            if let n = codeNumbers[code] { return n }
            let n = codeNumbers.count
            codeNumbers[code] = n
            byActor.append([])
            byRecipient.append([])
            byActorType.append(contentsOf: repeatElement([], count: EventType.slots))
            return n
        }
        for (i, record) in events.enumerated() where record.isFactual {
            let index = Int32(i)
            // A sponsor is listed with the doers, so lookups by actor find its proxies' acts too;
            // the linker tells them apart by `backerCodes`.
            for code in record.actorCodes + record.backerCodes {
                let n = number(code)
                byActorType[n * EventType.slots + record.type.slot].append(index)
                byActor[n].append(index)
            }
            for code in record.recipientCodes { byRecipient[number(code)].append(index) }
            byType[record.type.slot].append(index)
        }
        self.codeNumbers = codeNumbers
        self.byActorType = byActorType
        self.byActor = byActor
        self.byRecipient = byRecipient
        self.byType = byType

        firstDays = events.map(\.time.first)
        lastDays = events.map(\.time.last)
        self.statements = statements
        self.events = events
        self.claims = claims
    }

    /// Events in order of first possible day, then document, then span and type: one order whatever
    /// order the documents and their events came in. Sorted on packed integer keys when they fit
    /// (days in 22 bits, document rank in 22, place in the document in 20), which keeps reference
    /// counting out of the comparisons.
    private static func sortedByDay(_ events: [EventRecord], documents: Int) -> [EventRecord] {
        let fits = documents < 1 << 22 && events.allSatisfy { $0.rank < 1 << 20 && abs($0.time.first) < 1 << 21 }
        guard fits else {
            return events.sorted { ($0.time.first, $0.document, $0.rank) < ($1.time.first, $1.document, $1.rank) }
        }
        var keys: [(key: UInt64, record: Int32)] = events.enumerated().map { i, e in
            (UInt64(e.time.first + 1 << 21) << 42 | UInt64(e.document) << 20 | UInt64(e.rank), Int32(i))
        }
        keys.sort { $0.key < $1.key }
        return keys.map { events[Int($0.record)] }
    }

    func events(actor code: String, type: EventType) -> [Int32] {
        codeNumbers[code].map { byActorType[$0 * EventType.slots + type.slot] } ?? []
    }

    func events(actor code: String) -> [Int32] { codeNumbers[code].map { byActor[$0] } ?? [] }
    func events(recipient code: String) -> [Int32] { codeNumbers[code].map { byRecipient[$0] } ?? [] }
    func events(type: EventType) -> [Int32] { byType[type.slot] }

    /// The event a record stands for.
    func event(_ record: EventRecord) -> Event { documents[record.document].events[record.offset] }

    /// The position in `list` of its first event that may have happened on or after `ordinal`.
    /// Lists are sorted by first possible day, and no period is longer than a year.
    func lowerBound(_ list: [Int32], from ordinal: Int) -> Int {
        let target = ordinal - 366
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if firstDays[Int(list[mid])] < target { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Event indices of `lists` that may fall within `from...through`, merged, unique and sorted.
    func events(in lists: [[Int32]], from: Int, through: Int) -> [Int32] {
        var result: [Int32] = []
        for list in lists {
            var i = lowerBound(list, from: from)
            while i < list.count {
                let e = Int(list[i])
                if firstDays[e] > through { break }
                if lastDays[e] >= from { result.append(list[i]) }
                i += 1
            }
        }
        if lists.count > 1 {
            result.sort()
            var unique: [Int32] = []
            unique.reserveCapacity(result.count)
            for i in result where unique.last != i { unique.append(i) }
            return unique
        }
        return result
    }

    /// The words of a trigger that say what must not happen: its text less the words naming the
    /// declarer, the trigger actors and the addressees ("NATO" in "NATO admits Ukraine"), which the
    /// linker matches by code. Otherwise "Sweden joined NATO" would look like the same subject.
    static func triggerWords(_ line: RedLine) -> WordSet {
        var builder = WordSet.Builder()
        builder.add(line.trigger.text)
        for actor in [line.declarer].compactMap({ $0 }) + line.trigger.actor + line.addressee {
            for name in [actor.code, actor.name, actor.text] {
                if let name { builder.exclude(name) }
            }
        }
        return builder.build()
    }

    /// The words of a statement's whole sentence, less the names of who speaks, who is warned and
    /// who must not act (matched by code).
    static func contextWords(_ line: RedLine) -> WordSet {
        var builder = WordSet.Builder()
        builder.add(line.evidence)
        if let speaker = line.speaker { builder.exclude(speaker) }
        for actor in [line.declarer].compactMap({ $0 }) + line.trigger.actor + line.addressee {
            for name in [actor.code, actor.name, actor.text] {
                if let name { builder.exclude(name) }
            }
        }
        return builder.build()
    }

    static func codes(_ actors: [ActorRef], excluding excluded: String?) -> [String] {
        var result: [String] = []
        for actor in actors {
            guard let code = actor.code, code != excluded, !result.contains(code) else { continue }
            result.append(code)
        }
        return result
    }

    /// Between two copies of one document id, the one with more records (then the smaller source) wins.
    private static func prefer(_ a: DocumentRecords, over b: DocumentRecords) -> Bool {
        let ca = a.redLines.count + a.events.count + a.claims.count
        let cb = b.redLines.count + b.events.count + b.claims.count
        if ca != cb { return ca > cb }
        return a.source < b.source
    }
}
