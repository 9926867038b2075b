import Foundation
import RedlineCore
import RedlineText
import Testing
@testable import RedlineExtract

@Suite("Places")
struct PlaceTests {
    private func events(_ text: String) -> [Event] {
        Fixture.extract(text, published: "2024-05-03").events
    }

    private func codes(_ refs: [ActorRef]) -> Set<String> { Set(refs.compactMap(\.code)) }

    /// The code of each locative mention, in order.
    private func places(_ text: String) -> [String] {
        let doc = Fixture.annotate(text)
        return doc.actors.mentions.filter(\.locative).map { m in
            "\(doc.text.text(tokens: m.tokens))=\(doc.actors.entities[m.entity].ref.code ?? "?")"
        }
    }

    @Test(arguments: [
        ("Israeli strikes killed 12 people in Gaza.", "Gaza=PSE"),
        ("Shelling in Donetsk killed five civilians.", "Donetsk=UKR"),
        ("Clashes broke out in Darfur on Sunday.", "Darfur=SDN"),
        ("Protesters gathered in Tehran's Azadi Square.", "Azadi Square=IRN"),
        ("Fighting continued around El Fasher.", "El Fasher=SDN"),
        ("A drone hit an apartment block in Kharkiv.", "Kharkiv=UKR"),
        ("Troops were deployed to the West Bank city of Jenin.", "the West Bank=PSE"),
        ("Explosions were heard in Crimea overnight.", "Crimea=UKR"),
    ])
    func placesAreLocativeMentionsOfTheirState(text: String, expected: String) {
        #expect(places(text).contains(expected), "\(text): \(places(text))")
    }

    @Test func aPlaceMentionHasNoSectorAndIsNoAgent() throws {
        let doc = Fixture.annotate("Gaza was calm.")
        let m = try #require(doc.actors.mentions.first)
        #expect(m.locative)
        #expect(!m.isAgent)
        #expect(doc.actors.entities[m.entity].ref.code == "PSE")
        #expect(doc.actors.entities[m.entity].ref.sector == nil)
    }

    @Test(arguments: [
        ("Israeli strikes killed 12 people in Gaza.", EventType.assault, "ISR", "PSE"),
        ("Russian missiles struck Odesa overnight.", .assault, "RUS", "UKR"),
        ("Police arrested dozens of protesters in Karachi.", .coerce, "PAK", "PAK"),
        ("Chinese police detained activists in Xinjiang.", .coerce, "CHN", "CHN"),
    ])
    func placesGiveTheRecipient(text: String, type: EventType, actor: String, recipient: String) {
        let e = events(text).first { $0.type == type }
        #expect(e != nil, "\(text)")
        #expect(codes(e?.recipient ?? []) == [recipient], "\(text)")
        let actors = codes(e?.actor ?? [])
        #expect(actors.isEmpty || actors == [actor], "\(text)")
    }

    @Test func shellingInAPlaceCodesItsStateAsRecipient() {
        for e in events("Shelling in Donetsk killed five civilians.") where e.type == .assault {
            let recipients = codes(e.recipient)
            #expect(recipients.isEmpty || recipients == ["UKR"])
        }
    }

    @Test(arguments: [
        "Gaza was calm.",
        "Gaza's bombardment killed dozens.",
        "Donetsk shelled the town.",
        "Kharkiv said it would retaliate.",
    ])
    func aPlaceIsNeverTheActor(text: String) {
        for e in events(text) {
            #expect(!e.actor.contains { $0.text.map { ["Gaza", "Donetsk", "Kharkiv"].contains($0) } ?? false }, "\(text): \(e.actor)")
        }
    }

    @Test func aPlaceBeforeATitleNamesItsStateActing() {
        let doc = Fixture.annotate("Gaza's health ministry said 30 people were killed.")
        #expect(doc.mentionSummary.first == "Gaza's health ministry=PSE/GOV")
        let police = Fixture.annotate("Xinjiang police detained three men.")
        #expect(police.mentionSummary.first == "Xinjiang police=CHN/COP")
    }

    @Test func armedMenNamedAfterARegionAreRebels() {
        let doc = Fixture.annotate("Tigray forces withdrew from the town.")
        #expect(doc.mentionSummary.first == "Tigray forces=ETH/REB")
    }

    @Test func theTitleOfAPlaceReadsTheState() {
        let doc = Fixture.annotate("The governor of Kharkiv said three people were wounded.")
        #expect(doc.mentionSummary.first?.hasSuffix("=UKR/GOV") == true, "\(doc.mentionSummary)")
    }

    @Test(arguments: [
        "The turkey was roasted in gaza style.",
        "They made a reading of the text.",
        "Police found a bar of soap.",
    ])
    func lowercaseWordsAreNotPlaces(text: String) {
        #expect(places(text).isEmpty, "\(text): \(places(text))")
    }

    @Test func aPlaceNameBeforeASurnameIsAFirstName() {
        let doc = Fixture.annotate("Milan Kundera said the novel was finished.")
        #expect(!doc.actors.mentions.contains { $0.locative })
    }

    @Test func longerNamesWin() {
        // "Donetsk People's Republic" is a group, "Gaza City" a place of its own, "New York Times" no place.
        #expect(Fixture.annotate("The Donetsk People's Republic said it had shot down a drone.").mentionSummary.first?.contains("Donetsk People's Republic=") == true)
        #expect(places("Heavy fighting was reported in Gaza City.") == ["Gaza City=PSE"])
        #expect(places("The New York Times reported the strike.").isEmpty)
    }

    @Test func capitalsStayMetonymsOfTheGovernment() {
        #expect(Fixture.annotate("Moscow denied the report.").mentionSummary == ["Moscow=RUS/GOV"])
    }

    /// Each place belongs to one state and repeats no other name of the lexicon, or the longest
    /// match could not tell them apart.
    @Test func placesAreUniqueInTheLexicon() throws {
        let lexicon = try Lexicon.builtIn()
        var owner = [String: String]()
        var others = Set<String>()
        for a in lexicon.actors {
            for n in a.names + (a.adjectives ?? []) + (a.demonyms ?? []) + (a.metonyms ?? [:]).values.flatMap({ $0 }) {
                others.insert(Normalizer.fold(n))
            }
        }
        for p in lexicon.people { for n in [p.name] + (p.aliases ?? []) { others.insert(Normalizer.fold(n)) } }
        for r in lexicon.roles { others.insert(Normalizer.fold(r.title)) }
        var count = 0
        for a in lexicon.actors {
            for place in a.places ?? [] {
                let folded = Normalizer.fold(place)
                if let previous = owner[folded], previous != a.code {
                    Issue.record("\(place) is a place of both \(previous) and \(a.code)")
                }
                #expect(!others.contains(folded), "\(place) (\(a.code)) is also a name, metonym or title")
                owner[folded] = a.code
                count += 1
            }
        }
        #expect(count > 3000)
    }

    // MARK: - Crowds told of before

    @Test func aCrowdThatPointsBackActsForTheCrowdBeforeIt() throws {
        let text = "Supporters of a Lebanese militia marched on the Saudi consulate in Beirut on Monday. "
            + "The next morning the door of the building was set on fire again by protesters."
        let arson = try #require(events(text).first { $0.type == .assault && $0.evidence.contains("set on fire") })
        #expect(codes(arson.actor) == ["LBN"])
        #expect(arson.actor.first?.sector == "CVL")
    }

    @Test func aNewCrowdDoesNotInheritAnEarlierOne() {
        // No pointing back ("the", "again", "their"): these voters are not the marchers.
        let text = "Supporters of a Lebanese militia marched in Beirut on Monday. Voters struck a decisive blow at the polls."
        #expect(!events(text).contains { $0.type == .assault && $0.evidence.hasPrefix("Voters") })
    }

    @Test func oneContractorIsNoCrowd() {
        let text = "A rocket killed an American contractor near Kirkuk on Friday. "
            + "Later the protesters set fire to a gate."
        let arson = events(text).first { $0.evidence.contains("set fire") }
        #expect(arson.map { codes($0.actor) } != ["USA"])
    }

    @Test func membersOfANationalGroupBelongToItsState() {
        let doc = Fixture.annotate("Fighters of a Turkish-backed Syrian militia attacked a Kurdish village.")
        #expect(doc.mentionSummary.contains("Fighters=SYR/INS"), "\(doc.mentionSummary)")
    }

    @Test func forcingAWayIntoAPartOfAnEmbassyIsAnAttackOnItsState() throws {
        let e = try #require(events("Iraqi protesters forced their way into the outer compound of the U.S. Embassy in Baghdad.")
            .first { $0.type == .assault })
        #expect(codes(e.actor) == ["IRQ"])
        #expect(codes(e.recipient) == ["USA"])
    }

    @Test func aSanctionOnAStatesGoodsIsOnThatState() throws {
        let e = try #require(events("Washington imposed tariffs on imports of Japanese electronics.").first { $0.type == .sanction })
        #expect(codes(e.recipient) == ["JPN"])
    }

    @Test func protestersAgainstAForeignStateAreNotItsPeople() {
        // Nothing in the sentence says whose people chant: not Americans.
        let e = events("The protesters chanted against the United States.").first { $0.type == .protest }
        #expect(e.map { codes($0.actor) }?.contains("USA") != true)
        // Against their own government: their own state.
        let home = events("Protesters rallied against the government in Minsk.").first { $0.type == .protest }
        #expect(home.map { codes($0.actor) } == ["BLR"])
    }

    @Test func aWeaponFiredIntoAPlaceIsNotThatPlacesAct() {
        // The stations were in the Donbas; the missiles that hit them were not Ukraine's.
        let found = events("High-precision missiles fired from sea and air disabled power facilities in the Donbas.")
        #expect(!found.contains { codes($0.actor).contains("UKR") })
        // Told where they came from, they are that state's.
        let launched = events("Missiles launched from Iranian territory struck an air base in Anbar province.")
        #expect(launched.contains { $0.type == .assault && codes($0.actor) == ["IRN"] })
    }
}
