/// Word patterns the tracker looks for in evidence: a declarer backing away from its line, an
/// attack that is a war, a response that says it is one.
///
/// Patterns match lowercased tokens (apostrophes dropped: "didn't" is "didnt").
enum Cues {
    /// Whether the text retracts or redraws a line: "no longer", "never set a red line", "didn't set
    /// a red line", "back away from", "retract", "walk back", "leave it to", "climb down", handing
    /// the decision away ("up to Israel to decide", "left the decision to"), or "drop" /
    /// "abandon" / "rescind" / "lift" followed within four words by line, threat, demand, ultimatum, deadline,
    /// warning or condition. A negation up to three words before a verb cue cancels it ("will not
    /// back away"); "no longer tolerate / accept / allow" is a threat, not a retreat.
    static func isWithdrawal(_ text: String) -> Bool { isWithdrawal(tokens: Tokenizer.tokenHashes(of: text)) }

    /// What `isWithdrawal`, `saysResponse`, `saysWar` and `saysDiplomatic` say of a text, from its
    /// token hashes (so an event's evidence is read once).
    struct Flags: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let withdrawal = Flags(rawValue: 1)
        static let response = Flags(rawValue: 2)
        static let war = Flags(rawValue: 4)
        static let diplomatic = Flags(rawValue: 8)
        /// The narrower answer words: retaliation, reprisal, revenge (not "response", which
        /// commentary uses of what may yet come).
        static let retaliation = Flags(rawValue: 16)
    }

    static func flags(tokens t: [UInt64]) -> Flags {
        var flags: Flags = []
        if isWithdrawal(tokens: t) { flags.insert(.withdrawal) }
        if t.contains(where: W.response.contains) { flags.insert(.response) }
        if saysWar(tokens: t) { flags.insert(.war) }
        if t.contains(where: W.diplomatic.contains) { flags.insert(.diplomatic) }
        if t.contains(where: W.retaliation.contains) { flags.insert(.retaliation) }
        return flags
    }

    /// Whether an event is what its sentence says was answered, not the answer: its trigger word
    /// comes within ten words after "in retaliation for", "in response to", "revenge for", "to
    /// avenge", in the same clause ("U.S. warships destroyed a platform in retaliation for Friday's Iranian attack": the
    /// Iranian attack came first, and answers nothing that the sentence tells).
    static func isAnswered(trigger: String, in evidence: String) -> Bool {
        guard let head = Tokenizer.tokenHashes(of: trigger).first else { return false }
        return answered(in: evidence)?.contains { $0.hash == head } ?? false
    }

    /// The tokens of what a text's first answer phrase says was answered: up to ten after it, within
    /// its clause ("In retaliation for Tokyo's failure to open its market, Ottawa put tariffs on
    /// ..." stops at the comma).
    private static func answered(in evidence: String) -> ArraySlice<(text: String, hash: UInt64)>? {
        for clause in evidence.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == ":" || $0 == "(" || $0 == ")" }) {
            var tokens: [(text: String, hash: UInt64)] = []
            Tokenizer.forEachToken(in: String(clause)) { token, _, hash in tokens.append((String(decoding: token, as: UTF8.self), hash)) }
            for i in tokens.indices where W.answerWords.contains(tokens[i].hash) {
                let avenging = W.avenge.contains(tokens[i].hash)
                guard avenging || (i + 1 < tokens.count && W.answerLinks.contains(tokens[i + 1].hash)) else { continue }
                let start = i + (avenging ? 1 : 2)
                return tokens[min(start, tokens.count)..<min(tokens.count, start + 10)]
            }
        }
        return nil
    }

    /// The words after a text's first answer phrase ("in retaliation for Japan's violation of the
    /// pact" → "japan s violation of the pact"), up to ten within its clause: what the text says
    /// was answered. Nil when it has no such phrase, or nothing follows it.
    static func answeredWords(in evidence: String) -> String? {
        guard let tokens = answered(in: evidence), !tokens.isEmpty else { return nil }
        return tokens.map(\.text).joined(separator: " ")
    }

    static func isWithdrawal(tokens t: [UInt64]) -> Bool {
        for i in t.indices where W.withdrawalStarts.contains(t[i]) {
            if matches(t, at: i, W.noLonger) {
                if i + 2 < t.count, W.threatVerbs.contains(t[i + 2]) { continue }
                if !negated(t, before: i) { return true }
            }
            for phrase in W.denials where matches(t, at: i, phrase) { return true }
            for phrase in W.retreats where matches(t, at: i, phrase) {
                if !negated(t, before: i) { return true }
            }
            // Handing the decision to someone else: "up to Israel to decide".
            if matches(t, at: i, W.upTo), t[(i + 2)..<min(t.count, i + 7)].contains(where: W.decide.contains) { return true }
            if W.dropVerbs.contains(t[i]) {
                let end = min(t.count, i + 5)
                if t[(i + 1)..<end].contains(where: W.dropObjects.contains), !negated(t, before: i) { return true }
            }
        }
        return false
    }

    /// Whether a statement vows to answer what was already done rather than warns of what may be:
    /// it speaks of revenge, retaliation or punishment ("Tehran vows harsh revenge") and states no
    /// condition ("if", "unless", "should", "any", "whoever", "otherwise"). The act it answers is
    /// its crossing, and comes before it.
    static func isVow(_ text: String) -> Bool {
        let t = Tokenizer.tokenHashes(of: text)
        return t.contains(where: W.response.contains) && !t.contains(where: W.conditions.contains)
    }

    /// Whether an attack's evidence says it is a war or an invasion.
    static func saysWar(_ text: String) -> Bool { saysWar(tokens: Tokenizer.tokenHashes(of: text)) }

    static func saysWar(tokens t: [UInt64]) -> Bool {
        for i in t.indices where W.warStarts.contains(t[i]) {
            if W.war.contains(t[i]) { return true }
            if matches(t, at: i, W.fullScale) { return true }
        }
        return false
    }

    /// Whether an act's evidence presents it as an answer ("in retaliation", "in response to").
    static func saysResponse(_ text: String) -> Bool {
        Tokenizer.tokenHashes(of: text).contains(where: W.response.contains)
    }

    /// Whether an act's evidence is about diplomatic relations (expulsions, ambassadors, ties).
    static func saysDiplomatic(_ text: String) -> Bool {
        Tokenizer.tokenHashes(of: text).contains(where: W.diplomatic.contains)
    }

    private static func matches(_ tokens: [UInt64], at i: Int, _ phrase: [UInt64]) -> Bool {
        guard i + phrase.count <= tokens.count else { return false }
        for k in phrase.indices where tokens[i + k] != phrase[k] { return false }
        return true
    }

    private static func negated(_ tokens: [UInt64], before i: Int) -> Bool {
        tokens[max(0, i - 3)..<i].contains(where: W.negators.contains)
    }

    /// How many days back a statement told in the perfect with a duration reaches: "had warned for
    /// two months" (60), "has threatened for weeks" (14), "have said for the past year" (365). Nil
    /// when the text says no such thing. The verb must follow "had", "has" or "have" within three
    /// words, and "for" it; a count of one to twelve (in words or digits), "several", "a few" or none
    /// (one of a singular unit, two of a plural).
    static func perfectDuration(_ text: String) -> Int? {
        let t = Tokenizer.tokenHashes(of: text)
        for i in t.indices where W.perfect.contains(t[i]) {
            guard let f = (i + 2..<min(t.count, i + 5)).first(where: { t[$0] == W.forWord }) else { continue }
            var j = f + 1
            if j + 1 < t.count, W.theDeterminer == t[j], W.pastOrLast.contains(t[j + 1]) { j += 2 }
            var count: Int?
            if j < t.count, let n = W.counts[t[j]] {
                count = n
                j += 1
            }
            guard j < t.count, let unit = W.units[t[j]] else { continue }
            // "for the past year" is one; "for weeks" at least two.
            return (count ?? (W.singularUnits.contains(t[j]) ? 1 : 2)) * unit
        }
        return nil
    }

    /// The hashed vocabulary.
    private enum W {
        static let perfect = set("had has have")
        static let forWord = Tokenizer.hash("for")
        static let theDeterminer = Tokenizer.hash("the")
        static let pastOrLast = set("past last")
        static let counts: [UInt64: Int] = {
            var counts: [UInt64: Int] = [:]
            let words = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
            for (n, word) in words.enumerated() { counts[Tokenizer.hash(word)] = max(1, n) }
            for n in 1...12 { counts[Tokenizer.hash(String(n))] = n }
            counts[Tokenizer.hash("several")] = 3
            counts[Tokenizer.hash("few")] = 3
            return counts
        }()
        static let singularUnits = set("day week month year")
        static let units: [UInt64: Int] = [
            Tokenizer.hash("day"): 1, Tokenizer.hash("days"): 1, Tokenizer.hash("week"): 7, Tokenizer.hash("weeks"): 7,
            Tokenizer.hash("month"): 30, Tokenizer.hash("months"): 30, Tokenizer.hash("year"): 365, Tokenizer.hash("years"): 365,
        ]

        static func h(_ words: String) -> [UInt64] { words.split(separator: " ").map { Tokenizer.hash(String($0)) } }
        static func set(_ words: String) -> SortedHashes { SortedHashes(words: words) }

        static let noLonger = h("no longer")
        static let threatVerbs = set("tolerate accept allow stand ignore wait rule exclude")
        static let denials: [[UInt64]] = [
            "never set", "didnt set", "did not set", "never drew", "never drawn", "didnt draw", "did not draw",
            "not my red line", "wasnt a red line", "was not a red line",
        ].map(h)
        static let retreats: [[UInt64]] = [
            "back away", "backs away", "backed away", "backing away", "backtrack", "backtracks", "backtracked",
            "retract", "retracts", "retracted", "retracting", "walk back", "walks back", "walked back",
            "walking back", "leave it to", "leaves it to", "left it to", "leaving it to", "climb down",
            "climbs down", "climbed down", "leave the decision to", "leaves the decision to", "left the decision to",
            "gave the decision away", "give the decision away", "gives the decision away", "handed the decision",
        ].map(h)
        static let upTo = h("up to")
        static let decide = set("decide decides determine")
        /// The words a withdrawal or war phrase can start with: only there are phrases tried.
        static let withdrawalStarts = SortedHashes([noLonger, upTo].map { $0[0] } + denials.map { $0[0] } + retreats.map { $0[0] }
            + h("drop drops dropped dropping abandon abandons abandoned abandoning rescind rescinds rescinded lift lifts lifted lifting"))
        static let warStarts = SortedHashes(h("war wars wartime invasion invaded invade invades invading") + [fullScale[0]])
        static let dropVerbs = set("drop drops dropped dropping abandon abandons abandoned abandoning rescind rescinds rescinded lift lifts lifted lifting")
        static let dropObjects = set("line lines threat threats demand demands ultimatum ultimatums deadline deadlines warning warnings condition conditions")
        static let negators = set("not never wont wouldnt doesnt dont didnt cannot cant no")
        static let war = set("war wars wartime invasion invaded invade invades invading")
        static let fullScale = h("full scale")
        static let diplomatic = set("expel expels expelled expelling expulsion expulsions ambassador ambassadors diplomat diplomats diplomatic embassy embassies consulate relations ties recall recalled persona")
        static let retaliation = set("retaliation retaliate retaliated retaliates retaliatory reprisal reprisals revenge avenge avenged retribution")
        static let answerWords = set("retaliation retaliate retaliated retaliates retaliating response responded respond responds reprisal reprisals revenge retribution answer answered reply avenge avenged avenging")
        static let avenge = set("avenge avenged avenging")
        static let answerLinks = set("for to against")
        static let conditions = set("if unless should any whoever whatever anyone otherwise lest")
        static let response = set("retaliation retaliate retaliated retaliatory response respond responded reprisal reprisals revenge punish punished punishment avenge retribution")
    }
}
