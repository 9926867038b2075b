import RedlineAnalysis
import RedlineCore
import Testing

@Suite("Credibility")
struct CredibilityTests {
    /// A tracked line with just what credibility reads.
    static func line(_ id: String, _ declarer: String, _ status: LineStatus, crossed: String?) -> TrackedLine {
        let crossings = crossed.map {
            [TrackedLine.Crossing(id: "\(id)-c", date: F.day($0), actor: [], kind: .event, type: .assault,
                                  confidence: 1, document: "d", source: "s", evidence: "e")]
        } ?? []
        return TrackedLine(id: id, declarer: ActorRef(code: declarer), trigger: Trigger(actor: [], action: nil, text: ""),
                           consequence: Consequence(kind: .military, severity: 4, text: nil), explicit: false,
                           status: status, statusSource: .machine, firstDeclared: F.day("2010-01-01"),
                           statements: [], crossings: crossings, responses: [])
    }

    @Test("(j) two enforced and one not-enforced, equal weights: Beta(3, 2), checked against scipy")
    func knownCase() throws {
        let lines = [
            Self.line("a", "USA", .enforced, crossed: "2023-01-01"),
            Self.line("b", "USA", .enforced, crossed: "2023-06-01"),
            Self.line("c", "USA", .notEnforced, crossed: "2023-03-01"),
            // Not cases: still open, never crossed, withdrawn; and another declarer's.
            Self.line("d", "USA", .crossed, crossed: "2023-12-01"),
            Self.line("e", "USA", .declared, crossed: nil),
            Self.line("f", "USA", .withdrawn, crossed: nil),
            Self.line("g", "RUS", .notEnforced, crossed: "2023-01-01"),
        ]
        // A half-life of a billion days weighs every case 1 (to 1e-9).
        let configuration = F.configuration("2024-01-01") { $0.credibilityHalfLifeDays = 1_000_000_000 }
        let usa = Credibility.assess(declarer: "USA", lines: lines, configuration: configuration)
        #expect(usa.cases == 3)
        #expect(usa.lines.map(\.line) == ["a", "b", "c"])
        #expect(abs(usa.alpha - 3) < 1e-6 && abs(usa.beta - 2) < 1e-6)
        // scipy.stats.beta(3, 2): mean 0.6, ppf(0.05) 0.2486046257301818, ppf(0.95) 0.9023885371135856
        #expect(abs(usa.mean - 0.6) < 1e-6)
        #expect(abs(usa.lower - 0.2486046257301818) < 1e-6)
        #expect(abs(usa.upper - 0.9023885371135856) < 1e-6)
        #expect(usa.level == 0.9)

        let all = Credibility.assess(lines: lines, configuration: configuration)
        #expect(all.map(\.declarer) == ["RUS", "USA"])
        #expect(all[0].cases == 1 && abs(all[0].mean - 1.0 / 3) < 1e-6)
    }

    @Test("(j) recency: a two-year-old case weighs half, a four-year-old a quarter")
    func recency() throws {
        let lines = [
            Self.line("a", "USA", .enforced, crossed: "2022-01-01"),  // 730 days before today
            Self.line("b", "USA", .enforced, crossed: "2024-01-01"),  // today
            Self.line("c", "USA", .notEnforced, crossed: "2020-01-02"),  // 1460 days before
        ]
        let usa = Credibility.assess(declarer: "USA", lines: lines, configuration: F.configuration("2024-01-01"))
        #expect(usa.lines.map(\.weight) == [0.5, 1, 0.25])
        #expect(abs(usa.effectiveCases - 1.75) < 1e-12)
        // Beta(2.5, 1.25); scipy: ppf(0.05) 0.26425409961669416, ppf(0.95) 0.960514228196912
        #expect(abs(usa.alpha - 2.5) < 1e-12 && abs(usa.beta - 1.25) < 1e-12)
        #expect(abs(usa.mean - 2.0 / 3) < 1e-12)
        #expect(abs(usa.lower - 0.26425409961669416) < 1e-7)
        #expect(abs(usa.upper - 0.960514228196912) < 1e-7)
    }

    @Test("partially enforced counts one half; no cases leave the prior")
    func partialAndPrior() {
        let lines = [
            Self.line("a", "CHN", .enforced, crossed: "2024-01-01"),
            Self.line("b", "CHN", .partiallyEnforced, crossed: "2024-01-01"),
        ]
        let chn = Credibility.assess(declarer: "CHN", lines: lines, configuration: F.configuration("2024-01-01"))
        // Beta(2.5, 1.5); scipy: mean 0.625, ppf(0.05) 0.2355340414426219, ppf(0.95) 0.9375874761420849
        #expect(abs(chn.mean - 0.625) < 1e-12)
        #expect(abs(chn.lower - 0.2355340414426219) < 1e-7)
        #expect(abs(chn.upper - 0.9375874761420849) < 1e-7)

        let none = Credibility.assess(declarer: "FRA", lines: lines, configuration: F.configuration("2024-01-01"))
        #expect(none.cases == 0 && none.mean == 0.5)
        #expect(abs(none.lower - 0.05) < 1e-9 && abs(none.upper - 0.95) < 1e-9)
    }

    @Test("from linked lines")
    func fromLinker() {
        let documents = LinkerEnforcementTests.convoys + LinkerEnforcementTests.syria
        let configuration = F.configuration("2022-06-01")
        let lines = Linker().link(documents: documents, configuration: configuration)
        let assessed = Credibility.assess(lines: lines, configuration: configuration)
        #expect(assessed.map(\.declarer) == ["RUS", "USA"])
        #expect(assessed.map(\.cases) == [1, 1])
        #expect(assessed[0].mean > 0.5 && assessed[1].mean < 0.5)
    }

    @Test("the Beta CDF and quantiles against scipy")
    func beta() {
        // scipy.stats.beta.cdf / ppf
        #expect(abs(BetaDistribution(alpha: 3, beta: 2).cdf(0.3) - 0.0837) < 1e-12)
        #expect(abs(BetaDistribution(alpha: 0.5, beta: 0.5).cdf(0.9) - 0.7951672353008665) < 1e-10)
        #expect(abs(BetaDistribution(alpha: 20, beta: 30).cdf(0.2) - 0.0006877276287415903) < 1e-12)
        #expect(abs(BetaDistribution(alpha: 50.5, beta: 3.25).quantile(0.5) - 0.9449317582307107) < 1e-9)
        #expect(BetaDistribution(alpha: 2, beta: 5).cdf(0) == 0 && BetaDistribution(alpha: 2, beta: 5).cdf(1) == 1)
    }
}
