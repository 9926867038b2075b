import RedlineAnalysis
import RedlineCore
import Testing

@Suite("Linker: analysts' reviews")
struct LinkerReviewTests {
    @Test("(i) rejecting the only crossing returns the line to declared; the rejection is audited")
    func rejectCrossing() throws {
        let documents = LinkerEnforcementTests.syria
        let machine = try #require(F.link(documents, today: "2014-01-01").first)
        #expect(machine.status == .notEnforced)
        let crossing = try #require(machine.crossings.first)

        let reject = F.review(.link(line: machine.id, link: crossing.id), .reject)
        let result = Linker().linkWithAudit(documents: documents, reviews: [reject], configuration: F.configuration("2014-01-01"))
        let line = try #require(result.lines.first)
        #expect(line.id == machine.id)
        #expect(line.crossings.isEmpty)
        #expect(line.status == .declared)
        #expect(line.statusSource == .machine)
        #expect(result.rejectedCount(line: line.id) == 1)
        #expect(result.rejected.first?.kind == .crossing)
        #expect(result.rejected.first?.link == crossing.id)
        #expect(result.unmatchedReviews.isEmpty)
    }

    @Test("(i) a status review wins over the machine and survives relinking with more records")
    func statusReview() throws {
        let documents = LinkerEnforcementTests.syria
        let id = try #require(F.link(documents, today: "2014-01-01").first?.id)
        let review = F.review(.status(line: id, .withdrawn), nil)

        let first = try #require(F.link(documents, today: "2014-01-01", reviews: [review]).first)
        #expect(first.status == .withdrawn)
        #expect(first.statusSource == .review)

        // New evidence that would make the machine say enforced does not move a reviewed status.
        let more = documents + [F.doc("x", "2013-09-01", events: [
            F.event(.assault, ["USA"], ["SYR"], "2013-08-30", "U.S. cruise missiles struck Syrian airfields."),
        ])]
        #expect(F.link(more, today: "2014-01-01").first?.status == .enforced)
        let relinked = try #require(F.link(more, today: "2014-01-01", reviews: [review]).first)
        #expect(relinked.id == id)
        #expect(relinked.status == .withdrawn)
        #expect(relinked.statusSource == .review)
        #expect(F.link(more, today: "2014-01-01", reviews: [review]) == F.link(more.reversed(), today: "2014-01-01", reviews: [review]))
    }

    @Test("the latest review of a target decides, whatever the order reviews come in")
    func latestReviewWins() throws {
        let documents = LinkerEnforcementTests.syria
        let id = try #require(F.link(documents, today: "2014-01-01").first?.id)
        let older = F.review(.status(line: id, .withdrawn), nil, at: "2014-01-01T10:00:00Z")
        let newer = F.review(.status(line: id, .partiallyEnforced), nil, at: "2014-02-01T10:00:00Z")
        #expect(F.link(documents, today: "2014-03-01", reviews: [older, newer]).first?.status == .partiallyEnforced)
        #expect(F.link(documents, today: "2014-03-01", reviews: [newer, older]).first?.status == .partiallyEnforced)
    }

    @Test("confirming a link sets its confidence to 1 and shows the review; a confirmed weak link is kept")
    func confirm() throws {
        let documents = LinkerEnforcementTests.convoys
        let line = try #require(F.link(documents, today: "2022-06-01").first)
        let response = try #require(line.responses.first)
        #expect(response.confidence < 1)
        let confirm = F.review(.link(line: line.id, link: response.id), .confirm)
        let reviewed = try #require(F.link(documents, today: "2022-06-01", reviews: [confirm]).first)
        #expect(reviewed.responses.first?.confidence == 1)
        #expect(reviewed.responses.first?.review?.verdict == .confirm)
        #expect(reviewed.responses.first?.review?.reviewer == "analyst")

        // With a bar the machine's link does not reach, the confirmed link stays and the status holds.
        let strict = F.configuration("2022-06-01") { $0.minimumLinkConfidence = 0.6 }
        #expect(Linker().link(documents: documents, configuration: strict).first?.status == .crossed)
        #expect(Linker().link(documents: documents, reviews: [confirm], configuration: strict).first?.status == .enforced)
    }

    @Test("rejecting a statement takes it out of the line; rejecting every statement drops the line")
    func rejectStatements() throws {
        let documents = LinkerEnforcementTests.convoys
        let line = try #require(F.link(documents, today: "2022-06-01").first)
        let second = F.review(.link(line: line.id, link: line.statements[1].id), .reject)
        let one = try #require(F.link(documents, today: "2022-06-01", reviews: [second]).first)
        #expect(one.id == line.id)
        #expect(one.statements.map(\.document) == ["a13"])
        #expect(Set(one.trigger.actor.compactMap(\.code)) == ["USA", "NATO"])

        let all = line.statements.map { F.review(.link(line: line.id, link: $0.id), .reject) }
        let status = F.review(.status(line: line.id, .enforced), nil)
        let result = Linker().linkWithAudit(documents: documents, reviews: all + [status],
                                            configuration: F.configuration("2022-06-01"))
        #expect(result.lines.isEmpty)
        #expect(result.rejected.count == 2)
        #expect(result.unmatchedReviews == [status])
    }

    @Test("reviews of links that do not exist are reported, not applied")
    func unmatched() throws {
        let stray = F.review(.link(line: "rl-0000000000000000", link: "nowhere@0-1"), .confirm)
        let result = Linker().linkWithAudit(documents: LinkerEnforcementTests.syria, reviews: [stray],
                                            configuration: F.configuration("2014-01-01"))
        #expect(result.unmatchedReviews == [stray])
        #expect(result.lines.first?.status == .notEnforced)
    }
}
