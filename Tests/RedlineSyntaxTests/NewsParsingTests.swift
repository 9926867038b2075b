import RedlineCore
import RedlineText
import Testing
@testable import RedlineSyntax

/// The shipped model on news sentences written for these tests, as our tokenizer cuts them.
@Suite struct NewsParsingTests {
    static let model: SyntaxModel? = try? SyntaxModel.bundled()

    static func parse(_ text: String) throws -> (SyntaxTree, [String]) {
        let model = try #require(Self.model)
        let buffer = TextBuffer(text)
        let tokens = Tokenizer().tokenize(buffer.bytes)
        let words = NewsWords(bytes: buffer.bytes, tokens: tokens[...])
        return (model.analyze(words.forms), words.forms)
    }

    /// The word `relation` attaches to `head` (both given by form), or nil.
    static func dependent(_ tree: SyntaxTree, of head: String, _ relation: String) -> String? {
        guard let h = tree.words.firstIndex(of: head), let d = tree.dependent(of: h, relation) else { return nil }
        return tree.words[d]
    }

    @Test func theBundledModelLoads() throws {
        let model = try SyntaxModel.bundled()
        #expect(model.relations.contains("nsubj:pass"))
    }

    @Test(arguments: [
        ("Russia warned Finland on Tuesday that joining the alliance would have consequences.", "warned", "Russia", "Finland"),
        ("Moscow has repeatedly warned Kyiv against any offensive in the east.", "warned", "Moscow", "Kyiv"),
        ("Germany will send tanks to Poland next month, officials said.", "send", "Germany", "tanks"),
        ("The foreign ministry, which has long opposed the sale of the jets, condemned the deal on Friday.", "condemned", "ministry", "deal"),
    ])
    func subjectAndObjectOfTheMainVerb(sentence: String, verb: String, subject: String, object: String) throws {
        let (tree, _) = try Self.parse(sentence)
        #expect(Self.dependent(tree, of: verb, "nsubj") == subject)
        #expect(Self.dependent(tree, of: verb, "obj") == object)
    }

    @Test(arguments: [
        ("Ten diplomats were expelled by Moscow on Friday.", "expelled", "diplomats", "Moscow"),
        ("The convoy was struck by Russian drones near the border.", "struck", "convoy", "drones"),
    ])
    func aPassiveNamesItsPatientAndItsAgent(sentence: String, verb: String, patient: String, agent: String) throws {
        let (tree, _) = try Self.parse(sentence)
        #expect(Self.dependent(tree, of: verb, "nsubj:pass") == patient)
        #expect(Self.dependent(tree, of: verb, "obl:agent") == agent)
    }

    @Test func aPassiveWithALatePhraseStillNamesItsPatient() throws {
        // The "by" phrase after "with sanctions" is attached to the sanctions, a known weakness;
        // the patient is still found.
        let (tree, _) = try Self.parse("Beijing has been threatened with sanctions by Washington.")
        #expect(Self.dependent(tree, of: "threatened", "nsubj:pass") == "Beijing")
    }

    @Test func theConditionIsAnAdverbialClauseMarkedByIf() throws {
        let (tree, _) = try Self.parse("If the troops cross the river, the army will respond with force.")
        let cross = try #require(tree.words.firstIndex(of: "cross"))
        #expect(tree.relations[cross] == "advcl")
        #expect(Self.dependent(tree, of: "cross", "mark") == "If")
        #expect(Self.dependent(tree, of: "respond", "nsubj") == "army")
    }

    @Test func negationHangsFromItsVerb() throws {
        let (tree, forms) = try Self.parse("Tehran didn’t rule out talks.")
        #expect(forms.contains("n't"))
        let nt = try #require(tree.words.firstIndex(of: "n't"))
        #expect(tree.words[tree.heads[nt]] == "rule")
    }

    /// Headlines are lower-cased before parsing and the treebank has few of them: most, not all,
    /// get their subject (the greedy model of before found 7 of these 8, the beam models 6, each
    /// missing different ones).
    @Test func headlinesInCapitalsMostlyHaveASubject() throws {
        let headlines = [
            ("IRAN VOWS REVENGE AFTER STRIKE", "vows", "iran"), ("RUSSIA WARNS NATO OVER TROOPS", "warns", "russia"),
            ("CHINA THREATENS SANCTIONS ON TAIWAN", "threatens", "china"), ("PUTIN REJECTS CEASEFIRE PLAN", "rejects", "putin"),
            ("ISRAEL STRIKES GAZA AFTER ROCKET FIRE", "strikes", "israel"), ("TURKEY DEMANDS APOLOGY FROM GREECE", "demands", "turkey"),
            ("US IMPOSES TARIFFS ON STEEL", "imposes", "us"), ("KOREA PROMISES RESPONSE TO TEST", "promises", "korea"),
        ]
        var found = 0
        for (headline, verb, subject) in headlines {
            let (tree, _) = try Self.parse(headline)
            if Self.dependent(tree, of: verb, "nsubj") == subject { found += 1 }
        }
        #expect(found >= 6)
    }

    @Test func aSubjectFarFromItsVerb() throws {
        let (tree, _) = try Self.parse("The European Commission, after weeks of talks with farmers and exporters in Brussels, warned the Senate.")
        #expect(Self.dependent(tree, of: "warned", "nsubj") == "Commission")
    }

    @Test func quotedWordsWithCurlyQuotes() throws {
        let (tree, forms) = try Self.parse("“Any attack on our ships will be met with force,” the admiral said.")
        #expect(forms.first == "\"")
        #expect(Self.dependent(tree, of: "said", "nsubj") == "admiral")
        #expect(Self.dependent(tree, of: "met", "nsubj:pass") == "attack")
    }
}
