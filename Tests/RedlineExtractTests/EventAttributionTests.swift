import RedlineCore
import Testing
@testable import RedlineExtract

/// Acts that a sentence names as what might follow, as what was attempted, or as what someone is
/// charged with, are not acts its subject did.
@Suite("PLOVER events: risks, attempts and charges")
struct EventAttributionTests {
    private func events(_ text: String) -> [Event] {
        Fixture.extract(text, published: "2031-05-06").events
    }

    @Test("an act a risk or danger would bring about is not done", arguments: [
        "Washington's new patrols in the Gulf ran little risk of sparking a direct naval clash with Iran, diplomats said.",
        "Officials warned of the danger of provoking an armed attack by Iraq on the convoy.",
        "The troop build-up raised the possibility of triggering an Indian attack on Pakistan.",
    ])
    func riskOfSparking(text: String) {
        let force = events(text).filter { $0.type == .assault }
        #expect(!force.isEmpty, "\(text)")
        #expect(force.allSatisfy { $0.hypothetical }, "\(text)")
    }

    @Test("an act in a struggle, effort or campaign to do it is not yet done", arguments: [
        "Farm grants would ease the struggle to curb dairy imports from New Zealand.",
        "The ministry stepped up its efforts to restrict steel imports from Korea.",
    ])
    func attemptsAreNotDeeds(text: String) {
        let measures = events(text).filter { $0.type == .coerce || $0.type == .sanction }
        #expect(measures.allSatisfy { $0.hypothetical || $0.future }, "\(text)")
    }

    @Test("what a state is charged with, and how, is not the accuser's act", arguments: [
        "The European Commission has charged Canada with breaking trade rules by excluding French cheese from its market.",
        "Brazil accused Argentina of violating the accord by blocking Brazilian shoe imports.",
    ])
    func chargedWithByExcluding(text: String) {
        let found = events(text)
        #expect(found.contains { $0.type == .accuse }, "\(text)")
        // No sanction with the accuser as its doer.
        let accuser = found.first { $0.type == .accuse }?.actor.compactMap(\.code) ?? []
        #expect(!found.contains { $0.type == .sanction && $0.actor.contains { $0.code.map(accuser.contains) ?? false } }, "\(text)")
    }

    @Test("aid blocked, cut off or withheld is not aid given", arguments: [
        "The Canadian parliament voted to block 40 million dollars in aid to Chile.",
        "Washington suspended military aid to Honduras after the coup.",
    ])
    func withheldAid(text: String) {
        #expect(!events(text).contains { $0.type == .aid }, "\(text)")
    }

    @Test("what is offered, pledged or proposed, named before the noun, is not done", arguments: [
        ("Canadian officials said the assistance offer to Chile would focus on the northern provinces.", EventType.aid),
        ("The rebels rejected a ceasefire proposal from the Chilean government.", EventType.retreat),
    ])
    func offeredIsNotDone(text: String, type: EventType) {
        #expect(!events(text).contains { $0.type == type }, "\(text)")
    }

    @Test("aid sent is aid")
    func aidSent() {
        #expect(events("Canada sent 40 million dollars in aid to Chile after the earthquake.").contains { $0.type == .aid })
    }

    @Test("the accuser's own act after the charge is still the accuser's")
    func ownActAfterTheCharge() {
        let found = events("Brazil accused Argentina of dumping shoes and imposed duties on Argentine footwear.")
        #expect(found.contains { $0.type == .sanction && $0.actor.contains { $0.code == "BRA" } })
    }
}
