@testable import RedlineAnalysis
import Testing

@Suite("Words and cues")
struct TextTests {
    @Test("stems meet across demonyms, plurals and tenses")
    func stems() {
        func shared(_ a: String, _ b: String) -> Int { WordSet(a).sharedCount(with: WordSet(b)) }
        #expect(shared("Ukrainian", "Ukraine") == 1)
        #expect(shared("Syrian", "Syria") == 1)
        #expect(shared("Iranian", "Iran") == 1)
        #expect(shared("deliveries", "delivered") == 1)
        #expect(shared("weapons", "weapon") == 1)
        #expect(shared("NATO", "Nato") == 1)
        #expect(shared("the EU", "EU") == 1)
        #expect(WordSet("it is what it will be").isEmpty)
        #expect(shared("Türkiye", "Turkiye") == 1)
        #expect(shared("Russia’s “weapons convoys”—again", "Russias weapons convoys again") == 3)
        // The vocabulary of red lines says nothing about which line.
        #expect(WordSet("crossed Moscow's red line").sharedCount(with: WordSet("a red line was crossed")) == 0)
    }

    @Test("withdrawal and war wording")
    func cues() {
        #expect(Cues.isWithdrawal("I didn’t set a red line."))
        #expect(Cues.isWithdrawal("He said it was up to Israel and would leave it to Israel."))
        #expect(Cues.isWithdrawal("Washington abandoned the deadline."))
        #expect(Cues.isWithdrawal("Trump said it was now up to Israel to decide what to do."))
        #expect(!Cues.isWithdrawal("It is up to you."))
        #expect(!Cues.isWithdrawal("Moscow has not abandoned its demands."))
        #expect(!Cues.isWithdrawal("Kyiv must drop its bid."))
        #expect(Cues.saysWar("Russia launched a full-scale invasion."))
        #expect(Cues.saysWar("the war in Ukraine"))
        #expect(!Cues.saysWar("Moscow warned Kyiv."))
        #expect(Cues.saysResponse("The strike was in retaliation for the attack."))
    }

    @Test("how far back a statement in the perfect with a duration reaches")
    func perfectDuration() {
        #expect(Cues.perfectDuration("Western leaders had warned for two months that an invasion would be costly.") == 60)
        #expect(Cues.perfectDuration("Beijing has threatened for weeks to respond.") == 14)
        #expect(Cues.perfectDuration("Moscow has said for the past year that it would retaliate.") == 365)
        #expect(Cues.perfectDuration("Ankara had warned for 3 days that it would act.") == 3)
        // No perfect, or no duration: nothing to say.
        #expect(Cues.perfectDuration("Western leaders warned for two months that an invasion would be costly.") == nil)
        #expect(Cues.perfectDuration("Leaders had warned that an invasion would be costly for two reasons.") == nil)
    }

    @Test("'strike' before a weapon word names the weapon, not a strike")
    func strikeSystems() {
        let systems = WordSet("the deployment of Western strike systems on Ukrainian soil")
        #expect(!systems.hashes.contains(Concepts.strikeHash))
        #expect(systems.hashes.contains(Concepts.hash(of: "weapons")))
        #expect(WordSet("a strike on Kyiv").hashes.contains(Concepts.strikeHash))
        #expect(WordSet("if Ukraine struck Russia with Western missiles").hashes.contains(Concepts.strikeHash))
    }

    @Test("a one-word trigger is weak unless the word names an act")
    func oneWordTriggers() {
        #expect(!TriggerQuality.isWeak("an invasion", words: WordSet("an invasion"), namesActor: false))
        #expect(TriggerQuality.isWeak("the decision", words: WordSet("the decision"), namesActor: false))
        #expect(TriggerQuality.isWeak("it", words: WordSet("it"), namesActor: false))
    }

    @Test("a failure to act says who, not what: weak; a failure to do something named is not")
    func failuresToAct() {
        #expect(TriggerQuality.isWeak("Tokyo failed to act", words: WordSet("failed to act"), namesActor: true))
        #expect(TriggerQuality.isWeak("if Seoul does not move", words: WordSet("does not move"), namesActor: true))
        #expect(!TriggerQuality.isWeak("Seoul fails to open its rice market", words: WordSet("fails to open its rice market"),
                                       namesActor: true))
    }

    @Test("wordings of one act fold to one concept")
    func foldedActs() {
        let adopt = WordSet("the Community adopts the tax"), approve = WordSet("the tax is approved")
        #expect(adopt.hashes.contains(Concepts.enactHash) && approve.hashes.contains(Concepts.enactHash))
        let aggression = Concepts.hash(of: "aggression")
        #expect(WordSet("any interference in the region").hashes.contains(aggression))
        #expect(WordSet("any aggressive measure by the United States").hashes.contains(aggression))
        // Words that stand for any act say nothing of which.
        #expect(WordSet("any measure or action").isEmpty)
    }

    @Test("dated, transitive alliance membership")
    func alliances() {
        let alliances = Alliances.standard
        #expect(alliances.members(of: "EU", on: F.day("2024-01-01")).count == 27)
        #expect(alliances.members(of: "NATO", on: F.day("2024-04-01")).count == 32)
        #expect(alliances.isMember("GBR", of: "EU", on: F.day("2019-06-01")))
        #expect(!alliances.isMember("GBR", of: "EU", on: F.day("2021-06-01")))
        #expect(alliances.isMember("POL", of: "WST", on: F.day("2022-01-01")))
        #expect(!alliances.isMember("FIN", of: "NATO", on: F.day("2022-05-12")))
        #expect(alliances.isMember("FIN", of: "NATO", on: nil))
    }
}
