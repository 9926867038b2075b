import RedlineCore
import Testing
@testable import RedlineExtract

/// Acts a sentence tells as hearsay, a guess or a word of a name are not acts done.
@Suite("PLOVER events: hearsay, guesses and names")
struct EventFactualityTests {
    private func events(_ text: String) -> [Event] {
        Fixture.extract(text, published: "2031-05-06").events
    }

    @Test("a clause that a noun of hearsay or fear governs is no fact", arguments: [
        "Oil prices rose on rumours that Iraqi jets had bombed an Iranian oil terminal.",
        "Traders pointed to fears that Iran would attack more tankers in the Gulf.",
        "Brokers cited speculation that American warships had shelled an Iranian platform.",
    ])
    func hearsayIsHypothetical(text: String) {
        let assaults = events(text).filter { $0.type == .assault }
        #expect(!assaults.isEmpty, "\(text)")
        #expect(assaults.allSatisfy { $0.hypothetical }, "\(text)")
    }

    @Test("an act said to be likely is a guess", arguments: [
        "Analysts said Iran was likely to attack more tankers next month.",
        "Diplomats said Syria would probably shell the border villages again.",
    ])
    func likelyIsHypothetical(text: String) {
        let assaults = events(text).filter { $0.type == .assault }
        #expect(!assaults.isEmpty, "\(text)")
        #expect(assaults.allSatisfy { $0.hypothetical || $0.future }, "\(text)")
    }

    @Test("the same acts told as facts stay facts", arguments: [
        "Iraqi jets bombed an Iranian oil terminal on Sunday.",
        "American warships shelled an Iranian platform in the Gulf on Monday.",
    ])
    func factsStayFacts(text: String) {
        let assaults = events(text).filter { $0.type == .assault }
        #expect(!assaults.isEmpty, "\(text)")
        #expect(assaults.allSatisfy { !$0.hypothetical && !$0.negated && !$0.future }, "\(text)")
    }

    @Test("a word of an organisation's name is no act", arguments: [
        "Ministers met in Geneva under the General Agreement on Tariffs and Trade on Monday.",
        "Japan will take its complaint to the General Agreement on Tariffs and Trade, officials said.",
    ])
    func nameWordsAreNoActs(text: String) {
        #expect(!events(text).contains { $0.type == .sanction }, "\(text)")
    }

    @Test("the same word outside a name is an act")
    func tariffsOutsideANameAreAnAct() {
        #expect(events("Washington imposed tariffs on Japanese television sets on Friday.").contains { $0.type == .sanction })
    }
}

/// Weapons with no owner in their sentence take the one a following sentence says fired them.
@Suite("PLOVER events: who fired the weapons")
struct WeaponFirerTests {
    @Test(arguments: [
        "Rockets carrying nerve gas hit two villages near Aleppo on Sunday. Investigators later found that Syrian army units had fired the rockets.",
        "Missiles struck a fuel depot outside Kharkiv overnight. Kyiv said Russian forces launched the missiles from Belgorod.",
    ])
    func laterSentenceNamesTheFirer(text: String) throws {
        let events = Fixture.extract(text, published: "2031-05-06").events
        let first = try #require(events.first { $0.type == .assault && $0.sentence == 0 }, "\(text)")
        #expect(first.actor.compactMap(\.code).count == 1, "\(text)")
        #expect(first.actor.first?.code == (text.contains("Syrian") ? "SYR" : "RUS"), "\(text)")
    }

    @Test("without a sentence that says who fired them, weapons act for no one")
    func noFirerNoEvent() {
        let events = Fixture.extract("Rockets hit two villages near Aleppo on Sunday. Aid workers reached the villages on Monday.",
                                     published: "2031-05-06").events
        #expect(!events.contains { $0.type == .assault && $0.sentence == 0 })
    }
}
