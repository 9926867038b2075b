import RedlineCore
import Testing
@testable import RedlineExtract

@Suite("PLOVER events")
struct EventCoderTests {
    private func events(_ text: String, published: String? = "2022-05-03") -> [Event] {
        Fixture.extract(text, published: published).events
    }

    private func codes(_ refs: [ActorRef]) -> Set<String> { Set(refs.compactMap(\.code)) }

    @Test func activeVoiceActorAndRecipient() {
        let e = events("Russia expelled 10 Estonian diplomats on Monday.").first
        #expect(e?.type == .sanction)
        #expect(codes(e?.actor ?? []) == ["RUS"])
        #expect(codes(e?.recipient ?? []) == ["EST"])
    }

    @Test func passiveVoiceTakesTheByPhraseAsActor() {
        let e = events("Ten Russian diplomats were expelled by Washington last week.").first { $0.type == .sanction }
        #expect(codes(e?.actor ?? []) == ["USA"])
        #expect(codes(e?.recipient ?? []) == ["RUS"])
        #expect(e?.date == Day("2022-04-25"))
        #expect(e?.datePrecision == .week)
    }

    @Test(arguments: [
        ("Russian missiles struck energy facilities across Ukraine overnight.", EventType.assault, "RUS", "UKR"),
        ("Israeli jets bombed targets in southern Lebanon.", .assault, "ISR", "LBN"),
        ("Japan sent emergency relief supplies to earthquake victims in Turkey.", .aid, "JPN", "TUR"),
        ("Nigerian police arrested 15 journalists in Abuja over the weekend.", .coerce, "NGA", "NGA"),
    ])
    func weaponsActForTheirStateAndPlacesGiveTheRecipient(text: String, type: EventType, actor: String, recipient: String) {
        let e = events(text).first { $0.type == type }
        #expect(codes(e?.actor ?? []) == [actor], "\(text)")
        #expect(codes(e?.recipient ?? []) == [recipient], "\(text)")
    }

    @Test(arguments: [
        // Passive forms identical to the base ("hit", "set"), and an agent behind a quantity noun.
        ("Odesa was hit by a swarm of Russian drones before dawn.", EventType.assault, "RUS", "UKR"),
        ("Two border posts were attacked by a wave of Azerbaijani drones.", .assault, "AZE", ""),
        // Reduced relatives: "the X shelled by Y".
        ("Two villages shelled by Azerbaijani forces were evacuated on Friday.", .assault, "AZE", ""),
        ("Officials buried the commanders of a militia hit by Israeli jets in southern Lebanon.", .assault, "ISR", ""),
        // Armed men with no name act for the country they are in, even a region of it.
        ("Gunmen killed 12 villagers in northern Burkina Faso.", .assault, "BFA", ""),
        // A weapon with no owner acts for the state it was launched from.
        ("Rockets fired from Lebanese territory struck a kibbutz in northern Israel.", .assault, "LBN", "ISR"),
        // An unnamed crowd or armed group that uses force acts for the state it is in.
        ("Rioters set fire to the French embassy in Niamey on Sunday.", .assault, "NER", "FRA"),
    ])
    func passivesWeaponsAndCrowdsFindTheirActor(text: String, type: EventType, actor: String, recipient: String) {
        let found = events(text).filter { $0.type == type }
        #expect(found.count == 1, "\(text): \(found.map(\.trigger))")
        let e = found.first
        #expect(codes(e?.actor ?? []) == [actor], "\(text)")
        if !recipient.isEmpty { #expect(codes(e?.recipient ?? []) == [recipient], "\(text)") }
    }

    @Test func aWeaponFromNowhereNamesNoActor() {
        // No owner, no launch site: nothing to code, and the place struck is not the actor.
        #expect(events("Rockets struck a market in the centre of Aleppo on Friday.").filter { $0.type == .assault }.isEmpty)
    }

    @Test func anActNamedAsTheReasonKeepsNoDateOfTheSentence() throws {
        let found = events("On Tuesday, Hezbollah fired rockets at Israeli positions in revenge for the killing of its commander by Israel.", published: "2024-01-10")
        let fired = try #require(found.first { $0.trigger?.hasPrefix("fired") == true })
        #expect(fired.date == Day("2024-01-09"))
        let killing = found.first { $0.trigger == "killing" }
        #expect(killing?.date == nil)
        // A date right after the noun is its own.
        let invasion = events("Sweden applied in May 2022, after Russia's invasion of Ukraine on Feb. 24.", published: "2022-06-01")
            .first { $0.trigger == "invasion" }
        #expect(invasion?.date == Day("2022-02-24"))
        #expect(invasion.map { codes($0.actor) } == ["RUS"])
        // Told with no invader, the invasion is not the subject's: Sweden invaded no one.
        #expect(!events("Sweden applied in May 2022, after the invasion of Ukraine on Feb. 24.", published: "2022-06-01")
            .contains { $0.type == .assault && codes($0.actor) == ["SWE"] })
    }

    @Test func anActDoneInsteadIsNegated() {
        let strikes = events("Washington answered with new tariffs rather than the air strikes it had threatened.")
            .filter { $0.type == .assault }
        #expect(!strikes.isEmpty && strikes.allSatisfy(\.negated))
        // A date inside the noun phrase of a reason is the act's own.
        let own = events("The militia called the attack revenge for the Jan. 3 drone strike by the United States.", published: "2020-01-11")
            .first { $0.trigger == "drone strike" }
        #expect(own?.date == Day("2020-01-03"))
    }

    @Test func aModalGovernsACoordinatedVerbPhrase() {
        let found = events("Beijing tabled a plan that would freeze the talks with Tokyo and pull back Chinese coast guard deployments near the islands.")
        let governed = found.filter { $0.type == .mobilize || $0.type == .retreat }
        #expect(!governed.isEmpty)
        #expect(governed.allSatisfy { $0.hypothetical })
    }

    @Test func anActLicensedIsNotAnActDone() throws {
        let e = try #require(events("Washington authorized Kyiv to strike targets inside Russia with the missiles.").first { $0.type == .assault })
        #expect(e.hypothetical)
        #expect(codes(e.actor) == ["UKR"])
        let law = try #require(events("The law gives Beijing a legal basis to use force against Taipei.").first { $0.type == .assault })
        #expect(law.hypothetical)
    }

    @Test func aPledgeOfAidIsAidNotAnAgreement() {
        let found = events("Japan pledged $500 million in humanitarian aid to Syria.")
        #expect(found.first?.type == .aid)
        #expect(!found.contains { $0.type == .agree })
    }

    @Test func aRequestInADeonticModalIsTheSpeakers() {
        let e = events("The State Department said on Monday that Iran should refrain from enriching uranium beyond 60 percent.")
            .first { $0.type == .request }
        #expect(codes(e?.actor ?? []) == ["USA"])
        #expect(codes(e?.recipient ?? []) == ["IRN"])
    }

    @Test func accessionsAreAgreementsWithTheAlliance() {
        for text in ["Sweden formally joined NATO on Thursday.", "Finland became the 31st member of NATO on April 4, 2023."] {
            let e = events(text).first { $0.type == .agree }
            #expect(codes(e?.recipient ?? []) == ["NATO"], "\(text)")
        }
        #expect(!events("She joined the company in 2010.").contains { $0.type == .agree })
    }

    @Test func itAsASubjectTakesTheStateBeforeIt() {
        let struck = events("Russia said it had struck a weapons depot in Lviv.").first { $0.type == .assault }
        #expect(codes(struck?.actor ?? []) == ["RUS"])
        let joined = events("Finland went first. On April 4, 2023, it became the alliance's 31st member.").first { $0.type == .agree }
        #expect(codes(joined?.actor ?? []) == ["FIN"])
        // The empty "it" and an object "it" name no one.
        let mentions = Fixture.annotate("Iran fired missiles. It is unclear whether Israel will respond. NATO troops attacked it.").mentionSummary
        #expect(!mentions.contains { $0.hasPrefix("It=") || $0.hasPrefix("it=") })
    }

    @Test func aDeniedActIsNegated() {
        let e = events("The Syrian government denied using chemical weapons.").first { $0.type == .assault }
        #expect(e.map { $0.negated } ?? true)
    }

    @Test func weaponsFarFromTheVerbStillCount() {
        let e = events("Iran fired more than a dozen ballistic missiles at two Iraqi bases.").first { $0.type == .assault }
        #expect(codes(e?.actor ?? []) == ["IRN"])
    }

    @Test func aPlaceDoesNotBecomeTheRecipientOfTalks() {
        let e = events("French and German ministers met in Kyiv on Monday.").first { $0.type == .consult }
        #expect(!(e?.recipient ?? []).contains { $0.code == "UKR" })
    }

    @Test func compoundActorsStayOneList() {
        let e = events("The United States and Britain imposed sanctions on Iran.").first { $0.type == .sanction }
        #expect(codes(e?.actor ?? []) == ["USA", "GBR"])
        #expect(codes(e?.recipient ?? []) == ["IRN"])
    }

    @Test func nominalisationsFindTheirActors() {
        let aid = events("Western military aid to Ukraine has grown.").first { $0.type == .aid }
        #expect(codes(aid?.actor ?? []) == ["WST"])
        #expect(codes(aid?.recipient ?? []) == ["UKR"])
        let invasion = events("Russia's invasion of Ukraine began in February.").first { $0.type == .assault }
        #expect(codes(invasion?.actor ?? []) == ["RUS"])
        #expect(codes(invasion?.recipient ?? []) == ["UKR"])
    }

    @Test func negatedHypotheticalAndFutureFlags() {
        let negated = events("Russia did not withdraw its troops from the border.").first { $0.type == .retreat }
        #expect(negated?.negated == true)
        let hypothetical = events("If NATO deployed troops to Ukraine, Moscow would respond.").first { $0.type == .mobilize }
        #expect(hypothetical?.hypothetical == true)
        let future = events("Chinese and American officials will meet in Geneva next week.").first { $0.type == .consult }
        #expect(future?.future == true)
    }

    @Test func severalEventsInOneSentenceMainClauseFirst() {
        let found = events("Washington accused Moscow of meddling and expelled ten Russian diplomats.")
        #expect(found.map(\.type).prefix(2) == [.accuse, .sanction])
        #expect(found.allSatisfy { codes($0.actor) == ["USA"] })
    }

    @Test func reportedSpeechKeepsTheSpeaker() {
        let e = events("The Russian Defence Ministry said that its troops had begun to withdraw from the region.").first { $0.type == .retreat }
        #expect(codes(e?.actor ?? []) == ["RUS"])
    }

    @Test func aHostileActInASpeakersQuoteIsAnAccusation() {
        let found = events("\u{201C}NATO is waging war against Russia through a proxy,\u{201D} Foreign Minister Sergei Lavrov said.")
        let accuse = found.first { $0.type == .accuse }
        #expect(codes(accuse?.actor ?? []) == ["RUS"])
        #expect(codes(accuse?.recipient ?? []) == ["NATO"])
        #expect(!found.contains { $0.type == .assault && codes($0.actor) == ["NATO"] })
    }

    @Test func aResponseInKindCopiesTheActItAnswers() {
        let found = events("Last week Poland expelled 45 Russian diplomats. Russia responded in kind.")
        let reply = found.first { $0.evidence.hasPrefix("Russia responded") }
        #expect(reply?.type == .sanction)
        #expect(codes(reply?.actor ?? []) == ["RUS"])
        #expect(codes(reply?.recipient ?? []) == ["POL"])
    }

    @Test func policeArrestsTakeTheirStateFromWhoIsArrested() {
        let e = events("Police detained dozens of Navalny supporters in several cities.", published: "2021-04-22").first { $0.type == .coerce }
        #expect(codes(e?.actor ?? []) == ["RUS"])
    }

    @Test func evidenceIsTheSentenceWithItsSpan() {
        let text = "Talks stalled. Turkish troops shelled Kurdish positions in Syria on March 3."
        let e = Fixture.extract(text, published: "2022-03-10").events.first { $0.type == .assault }
        #expect(e?.evidence == "Turkish troops shelled Kurdish positions in Syria on March 3.")
        let scalars = Array(text.unicodeScalars)
        #expect(e.map { String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])) } == e?.evidence)
        #expect(e?.date == Day("2022-03-03"))
    }

    // MARK: - Whose act a noun names

    @Test(arguments: [
        "Critics said his remarks left room for a limited attack.",
        "Moscow responded to the sanctions within hours.",
        "Three Israeli soldiers were killed in an attack near Nablus.",
        "Israel vowed revenge for the attack.",
        "Officials met to discuss a freeze on debt repayments.",
        "Kyiv described the strikes as an act of aggression.",
        "Ukrainian troops came under attack near Kherson.",
        "Putin approved a doctrine under which aggression by a non-nuclear state is treated as a joint attack.",
        "The Kremlin said the sanctions would not change its course.",
        "Ukrainian officials said the strikes killed 12 people in Kharkiv.",
    ])
    func anActNamedOnlyAsATopicIsNotTheSubjectsAct(text: String) {
        let hostile = events(text).filter { [.assault, .coerce, .sanction, .mobilize].contains($0.type) }
        #expect(hostile.isEmpty, "\(text): \(hostile.map { "\($0.type) \(codes($0.actor))" })")
    }

    @Test(arguments: [
        ("Russia launched a wave of strikes on Kyiv.", EventType.assault, "RUS"),
        ("Hamas claimed responsibility for the attack on the checkpoint.", .assault, "PSE"),
        ("Iran conducted missile strikes against Kurdish groups in Iraq.", .assault, "IRN"),
        ("The European Union agreed on new sanctions against Russia.", .sanction, "EU"),
        ("Belarusian police kept the opposition leader under house arrest.", .coerce, "BLR"),
        // "to" before a verb is an infinitive, not a topic.
        ("Japan's trade ministry acted to tighten restrictions on microchip exports.", .sanction, "JPN"),
        // A text speaks for whoever issued it.
        ("The Iraqi parliament debated a resolution calling for foreign troops to leave.", .request, "IRQ"),
    ])
    func anActTheSubjectCarriesOutIsItsAct(text: String, type: EventType, actor: String) {
        #expect(events(text).contains { $0.type == type && codes($0.actor) == [actor] }, "\(text)")
    }

    @Test func theirAfterAPairIsThePairsNotTheSubjects() throws {
        let text = "On Friday, the US and the UK imposed sanctions on Putin and Foreign Minister Sergei Lavrov personally, "
            + "and the EU froze their assets in Europe."
        let freeze = try #require(events(text).first { codes($0.actor) == ["EU"] })
        #expect(freeze.type == .sanction)
        #expect(codes(freeze.recipient) == ["RUS"])
        // A subject "they" is left to its clause: both states of the pair stay its actors.
        let both = events("The UK and the US said they would impose sanctions on Iran.")
        #expect(!both.contains { codes($0.actor) == ["USA"] && $0.type == .sanction })
    }

    @Test func anOpenQuestionIsNoAct() throws {
        let e = try #require(events("The diplomat did not say whether Russian forces had already attacked any such shipments.")
            .first { $0.type == .assault })
        #expect(e.hypothetical)
        // The question ends at its comma: what follows is told as done.
        let found = events("It is unclear whether Iran fired the missiles, but Israel struck Damascus on Monday.")
        #expect(found.first { codes($0.actor) == ["ISR"] }?.hypothetical == false)
        #expect(found.first { codes($0.actor) == ["IRN"] }?.hypothetical == true)
    }

    @Test func aNegationBeforeAQuotedPhraseNegatesIt() throws {
        let e = try #require(events("Zelensky replied that there are no “minor incursions” and no small nations.").first { $0.type == .assault })
        #expect(e.negated)
        // Quotation marks do not hide a topic: responding to a "minor incursion" is no incursion.
        #expect(!events("He said allies might argue over how to respond to a “minor incursion” by Russia.")
            .contains { $0.type == .assault && !codes($0.actor).contains("RUS") })
    }
}
