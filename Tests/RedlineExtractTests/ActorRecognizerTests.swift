import RedlineCore
import Testing
@testable import RedlineExtract

@Suite("Actors")
struct ActorRecognizerTests {
    @Test func titlesTellCodeAndSectorEvenForUnknownNames() {
        let doc = Fixture.annotate("Russian Deputy Foreign Minister Ivan Petrovsky spoke. Belarusian opposition leader Maria Ivanova replied. Ukrainian forces advanced.")
        #expect(doc.mentionSummary.contains("Russian Deputy Foreign Minister Ivan Petrovsky=RUS/GOV"))
        #expect(doc.mentionSummary.contains("Belarusian opposition leader Maria Ivanova=BLR/OPP"))
        #expect(doc.mentionSummary.contains("Ukrainian forces=UKR/MIL"))
    }

    @Test func metonymsStandForGovernmentsAndArmies() {
        let doc = Fixture.annotate("The Kremlin denied it. The Pentagon disagreed, and Downing Street said nothing.")
        #expect(doc.mentionSummary.contains("The Kremlin=RUS/GOV"))
        #expect(doc.mentionSummary.contains("The Pentagon=USA/MIL"))
        #expect(doc.mentionSummary.contains("Downing Street=GBR/GOV"))
    }

    @Test func aCapitalNamedAsAPlaceIsNotTheGovernment() {
        let doc = Fixture.annotate("Police detained protesters in central Moscow. Moscow rejected the demand.")
        let places = doc.actors.mentions.filter { doc.text.text(tokens: $0.tokens) == "Moscow" }
        #expect(places.count == 2)
        #expect(places[0].locative)
        #expect(!places[1].locative)
        #expect(doc.actors.entities[places[1].entity].ref.sector == "GOV")
    }

    @Test func laterMentionsResolveToTheSamePerson() {
        let doc = Fixture.annotate(
            "Russian President Vladimir Putin spoke on Monday. Putin said the West was to blame. Later, the Russian leader repeated it, and he added that his country would respond.",
            published: "2022-05-03")
        let putin = doc.actors.entities.firstIndex { $0.ref.name == "Vladimir Putin" }
        #expect(putin != nil)
        let referring = doc.actors.mentions.filter { $0.entity == putin }.map { doc.text.text(tokens: $0.tokens) }
        #expect(referring.contains("Putin"))
        #expect(referring.contains("the Russian leader"))
        #expect(referring.contains("he"))
        #expect(referring.contains("his"))
    }

    @Test func theAllianceRefersBackToTheAllianceNamedBefore() {
        let doc = Fixture.annotate("NATO met in Brussels. The alliance agreed to send more troops.")
        let alliance = doc.actors.mentions.first { doc.text.norms[$0.tokens.lowerBound] == "alliance" || doc.text.text(tokens: $0.tokens).lowercased() == "the alliance" }
        #expect(alliance.map { doc.actors.entities[$0.entity].ref.code } == "NATO")
    }

    @Test func theyResolvesToAPluralGroup() {
        let doc = Fixture.annotate("Western nations backed Ukraine. They warned Russia against escalation.")
        let they = doc.actors.mentions.first { doc.text.norms[$0.tokens.lowerBound] == "they" }
        #expect(they.map { doc.actors.entities[$0.entity].ref.code } == "WST")
    }

    @Test func acronymsThatSpellWordsNeedCapitals() {
        let doc = Fixture.annotate("Let us see what the US does. Turkey is not a turkey.")
        let codes = doc.actors.mentions.compactMap { doc.actors.entities[$0.entity].ref.code }
        #expect(codes.filter { $0 == "USA" }.count == 1)
        #expect(codes.filter { $0 == "TUR" }.count == 1)
    }

    @Test func accentAndSpellingVariantsMeet() {
        let doc = Fixture.annotate("President Volodymyr Zelenskyy spoke in Kyiv; Zelensky later left Kiev.", published: "2023-01-10")
        let people = Set(doc.actors.mentions.compactMap { doc.actors.entities[$0.entity].ref.name })
        #expect(people.contains("Volodymyr Zelensky") || people.contains("Volodymyr Zelenskyy"))
        #expect(people.count == 1)
    }

    @Test func unknownExpertsAreSpeakersWithoutACode() {
        let doc = Fixture.annotate("\u{201C}The line was crossed long ago,\u{201D} said Anna Kowalczyk, a researcher at a Warsaw institute. Kowalczyk added that nobody listened.")
        let anna = doc.actors.entities.firstIndex { $0.ref.name == "Anna Kowalczyk" }
        #expect(anna != nil)
        #expect(doc.actors.entities[anna!].ref.code == nil)
        #expect(doc.actors.mentions.filter { $0.entity == anna }.count == 2)
    }
}
