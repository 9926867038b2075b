import RedlineCore
import RedlineSyntax
import Testing
@testable import RedlineExtract

/// Roles read off a dependency tree: the rules on trees written by hand, then the whole pipeline
/// with the shipped parser on sentences whose subject stands far from its verb.
@Suite("Roles from the parse")
struct SyntaxRoleTests {
    /// A tree from `word/TAG/head/relation[/lemma]` items, heads 1-based (0: root).
    static func tree(_ spec: String) -> SyntaxTree {
        var words = [String](), tags = [UPOS](), heads = [Int](), relations = [String](), lemmas = [String]()
        for item in spec.split(separator: " ") {
            let parts = item.split(separator: "/").map(String.init)
            words.append(parts[0])
            tags.append(UPOS(name: parts[1])!)
            heads.append(Int(parts[2])! - 1)
            relations.append(parts[3])
            lemmas.append(parts.count > 4 ? parts[4] : parts[0].lowercased())
        }
        return SyntaxTree(words: words, tags: tags, lemmas: lemmas, heads: heads, relations: relations)
    }

    static func subject(of verb: String, _ spec: String) -> String? {
        let t = tree(spec)
        return RoleFinder.subjectWord(of: t.words.firstIndex(of: verb)!, in: t).map { t.words[$0] }
    }

    @Test func theNominalSubject() {
        #expect(Self.subject(of: "warned", "Moscow/PROPN/2/nsubj warned/VERB/0/root Kyiv/PROPN/2/obj") == "Moscow")
    }

    @Test func aPassiveGivesItsGrammaticalSubject() {
        // The one acted on; the event coder reads the "by" phrase for the actor.
        let withAgent = "Diplomats/NOUN/3/nsubj:pass were/AUX/3/aux:pass expelled/VERB/0/root by/ADP/5/case Moscow/PROPN/3/obl:agent"
        #expect(Self.subject(of: "expelled", withAgent) == "Diplomats")
        let without = "Beijing/PROPN/4/nsubj:pass has/AUX/4/aux been/AUX/4/aux:pass threatened/VERB/0/root with/ADP/6/case sanctions/NOUN/4/obl"
        #expect(Self.subject(of: "threatened", without) == "Beijing")
    }

    @Test func aPurposeClauseKeepsTheSubjectOfItsVerb() {
        // "Beijing summoned the envoy to lodge a protest": Beijing protests, whatever the label.
        #expect(Self.subject(of: "lodge", "Beijing/PROPN/2/nsubj summoned/VERB/0/root/summon the/DET/4/det envoy/NOUN/2/obj to/PART/6/mark lodge/VERB/2/xcomp a/DET/8/det protest/NOUN/6/obj") == "Beijing")
    }

    @Test func controlVerbsPassTheirSubjectOrObjectOn() {
        // "Iran agreed to halt enrichment": Iran halts.
        #expect(Self.subject(of: "halt", "Iran/PROPN/2/nsubj agreed/VERB/0/root/agree to/PART/4/mark halt/VERB/2/xcomp enrichment/NOUN/4/obj") == "Iran")
        // "Washington urged Tehran to halt enrichment": Tehran halts.
        #expect(Self.subject(of: "halt", "Washington/PROPN/2/nsubj urged/VERB/0/root/urge Tehran/PROPN/2/obj to/PART/5/mark halt/VERB/2/xcomp enrichment/NOUN/5/obj") == "Tehran")
    }

    @Test func coordinatedVerbsShareTheirSubject() {
        #expect(Self.subject(of: "shelled", "Troops/NOUN/2/nsubj crossed/VERB/0/root the/DET/4/det border/NOUN/2/obj and/CCONJ/6/cc shelled/VERB/2/conj villages/NOUN/6/obj") == "Troops")
    }

    @Test func aVerbJoinedAcrossAnotherClauseInheritsNothing() {
        // "Moscow said the army was ready and would strike": whose "would strike" is doubtful.
        let spec = "Moscow/PROPN/2/nsubj said/VERB/0/root the/DET/4/det army/NOUN/5/nsubj ready/ADJ/2/ccomp and/CCONJ/8/cc would/AUX/8/aux strike/VERB/2/conj"
        #expect(Self.subject(of: "strike", spec) == nil)
    }

    @Test func aRelativePronounStandsForItsNoun() {
        // "the militia, which attacked the base": the militia attacked.
        #expect(Self.subject(of: "attacked", "the/DET/2/det militia/NOUN/0/root which/PRON/4/nsubj attacked/VERB/2/acl:relcl the/DET/6/det base/NOUN/4/obj") == "militia")
        // "forces crossing the river": the forces cross.
        #expect(Self.subject(of: "crossing", "forces/NOUN/0/root crossing/VERB/1/acl the/DET/4/det river/NOUN/2/obj") == "forces")
        // "the militia hit by strikes": the militia is hit.
        #expect(Self.subject(of: "hit", "the/DET/2/det militia/NOUN/0/root hit/VERB/2/acl by/ADP/5/case strikes/NOUN/3/obl:agent") == "militia")
    }

    // MARK: - Through the pipeline

    static let windowsOnly: Pipeline = {
        do { return try Pipeline.standard(lexicon: Lexicon.builtIn(), syntax: .none) } catch { fatalError("\(error)") }
    }()

    private func events(_ text: String) -> [Event] { Fixture.extract(text, published: "2023-03-01").events }

    @Test func theBundledParserIsLoaded() {
        #expect(SyntaxSource.bundled.model != nil, "\(SyntaxSource.bundled.error.map { "\($0)" } ?? "")")
        #expect(Fixture.annotate("Russia warned Finland.").syntax != nil)
    }

    @Test(arguments: [
        "The Turkish foreign ministry, in a statement issued late on Sunday after a week of talks, condemned Sweden.",
        "Turkey's foreign ministry, which had kept silent through the week of protests, on Sunday condemned Sweden.",
    ])
    func aSubjectFarBeforeItsVerbIsTheActor(text: String) {
        let e = events(text).first { $0.type == .accuse }
        #expect(e.map { Set($0.actor.compactMap(\.code)) } == ["TUR"], "\(text)")
        #expect(e.map { Set($0.recipient.compactMap(\.code)) } == ["SWE"], "\(text)")
    }

    @Test func withoutAParseTheWindowReadingStillWorks() {
        let annotated = Self.windowsOnly.run(Document(source: "t", published: Day("2023-03-01"), text: "Russia expelled ten Estonian diplomats."))
        #expect(annotated.syntax == nil)
        let e = annotated.extraction().events.first { $0.type == .sanction }
        #expect(e.map { Set($0.actor.compactMap(\.code)) } == ["RUS"])
    }

    @Test func aModelThatCannotBeLoadedIsReportedAndExtractionGoesOn() throws {
        let broken = SyntaxSource.file("/nonexistent/redline-syntax.model")
        let pipeline = try Pipeline.standard(lexicon: Lexicon.builtIn(), syntax: broken)
        let annotated = pipeline.run(Document(source: "t", text: "Russia expelled ten Estonian diplomats."))
        #expect(annotated.syntax == nil)
        #expect(!annotated.extraction().events.isEmpty)
        #expect(broken.error.map { "\($0)" } == "/nonexistent/redline-syntax.model: no syntax model found (run 'redline train-syntax' to make one)")
    }
}
