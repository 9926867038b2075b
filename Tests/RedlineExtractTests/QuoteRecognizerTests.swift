import RedlineCore
import Testing
@testable import RedlineExtract

@Suite("Quotes")
struct QuoteRecognizerTests {
    private func quotes(_ text: String, published: String? = "2022-05-03") -> [Quote] {
        Fixture.extract(text, published: published).quotes
    }

    @Test func directQuoteAttributedAfterwards() {
        let q = quotes("\u{201C}We will not be intimidated,\u{201D} Foreign Minister Sergei Lavrov said.").first { $0.direct }
        #expect(q?.text == "We will not be intimidated,")
        #expect(q?.speaker?.code == "RUS")
        #expect(q?.speaker?.name == "Sergey Lavrov" || q?.speaker?.name == "Sergei Lavrov")
    }

    @Test("a speaker named after the words, with where or when after the verb, said the words before", arguments: [
        "Any attack on our convoys will meet a firm answer, a Turkish official said in an interview.",
        "Any attack on our convoys will meet a firm answer, the Turkish defence minister told reporters on Tuesday.",
        "Any attack on our convoys will meet a firm answer, a Turkish official said.",
    ])
    func speakerAfterTheWords(text: String) throws {
        let q = try #require(quotes(text).first { !$0.direct }, "\(text)")
        #expect(q.text.hasPrefix("Any attack on our convoys"), "\(text): \(q.text)")
        #expect(q.speaker?.code == "TUR")
    }

    @Test("a name right after 'said' begins the words said, not an addressee", arguments: [
        "A senior Iranian officer said America's raid on the oil platform was an act of war.",
        "A senior Iranian officer stated Washington's raid on the oil platform was an act of war.",
    ])
    func nameAfterSaid(text: String) throws {
        let q = try #require(quotes(text).first { !$0.direct }, "\(text)")
        #expect(q.text.hasPrefix("America's") || q.text.hasPrefix("Washington's"), "\(text): \(q.text)")
    }

    @Test func saidBeforeTheNameAndPronounSpeakers() {
        let found = quotes("Russian President Vladimir Putin spoke to lawmakers. \"The answer will be swift,\" he said. \"Nobody should doubt it,\" said Putin.")
            .filter(\.direct)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker?.name == "Vladimir Putin" })
    }

    @Test func heSaidContinuesThePersonQuotedBeforeNotTheOneNamedSince() {
        let text = """
            President Barack Obama spoke at the White House on Monday. "We have been very clear to the Assad regime," Obama said. \
            Syrian President Bashar al-Assad has denied holding chemical arms. "A red line for us," he said, "is a whole bunch of chemical weapons moving around."
            """
        let found = quotes(text, published: "2012-08-21").filter(\.direct)
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.speaker?.name == "Barack Obama" })
        #expect(Fixture.extract(text, published: "2012-08-21").redLines.first?.declarer?.code == "USA")
    }

    @Test func heSaidAfterANewSpeakerIsQuotedFollowsTheNewOne() {
        let text = """
            "We will respond," Obama said. "We will not be intimidated," Assad said in reply. "Our army is ready," he said.
            """
        let found = quotes(text, published: "2012-08-21").filter(\.direct)
        #expect(found.last?.speaker?.name == "Bashar al-Assad")
    }

    @Test func aQuoteSplitByHeSaidIsTwoQuotesOfOneSpeaker() {
        let found = quotes("\u{201C}This line has been crossed,\u{201D} Yuri Markov, an analyst in Riga, said. \u{201C}And it will be crossed again.\u{201D}")
            .filter(\.direct)
        #expect(found.count == 2)
        #expect(found.map { $0.speaker?.name } == ["Yuri Markov", "Yuri Markov"])
    }

    @Test func aQuoteSpanningSentencesIsOneQuote() {
        let found = quotes("Lavrov spoke on Monday. \u{201C}They are arming a proxy. War means war,\u{201D} he said.").filter(\.direct)
        #expect(found.count == 1)
        #expect(found.first?.text == "They are arming a proxy. War means war,")
        #expect(found.first?.speaker?.code == "RUS")
    }

    @Test func nestedQuotesStayInsideTheOuterQuote() {
        let found = quotes("\u{201C}He called it a \u{2018}special operation\u{2019} from the start,\u{201D} the envoy said.").filter(\.direct)
        #expect(found.count == 1)
        #expect(found.first?.text.contains("\u{2018}special operation\u{2019}") == true)
    }

    @Test func reportedSpeechNamesItsSpeakerAndClause() {
        let found = quotes("German Chancellor Olaf Scholz said that Berlin would send more air defence systems.", published: "2023-03-01")
            .filter { !$0.direct }
        #expect(found.first?.speaker?.code == "DEU")
        #expect(found.first?.text == "Berlin would send more air defence systems")
    }

    @Test func accordingToIsReportedSpeech() {
        let found = quotes("According to the Pentagon, the strikes hit three depots.").filter { !$0.direct }
        #expect(found.first?.speaker?.code == "USA")
        #expect(found.first?.speaker?.sector == "MIL")
    }

    @Test func firstPersonInAnOfficialsQuoteIsTheState() {
        let doc = Fixture.annotate("\u{201C}We will decide where our red line is,\u{201D} the Russian president said.", published: "2021-04-22")
        let we = doc.actors.mentions.first { doc.text.norms[$0.tokens.lowerBound] == "we" }
        #expect(we.map { doc.actors.entities[$0.entity].ref.code } == "RUS")
    }
}
