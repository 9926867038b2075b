import Testing
@testable import RedlineSyntax

@Suite struct TreebankTests {
    @Test func readsWordsAndSkipsMultiwordRangesAndEmptyNodes() throws {
        let text = """
            # text = They won't go.
            1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_
            2-3\twon't\t_\t_\t_\t_\t_\t_\t_\t_
            2\two\twill\tAUX\tMD\t_\t4\taux\t_\t_
            3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
            3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t_\t_
            4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_
            5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

            """
        let sentences = try Treebank.parse(text, source: "t.conllu")
        #expect(sentences.count == 1)
        #expect(sentences[0].forms == ["They", "wo", "n't", "go", "."])
        #expect(sentences[0].heads == [4, 4, 4, 0, 4])
        #expect(sentences[0].tags == [.PRON, .AUX, .PART, .VERB, .PUNCT])
    }

    @Test func badLinesAreNamedWithTheirLineNumber() {
        let cases: [(String, String)] = [
            ("1\tA\ta\tNOUN\n", "t.conllu:1: expected 10 tab-separated fields, found 4"),
            ("1\tA\ta\tNONSENSE\t_\t_\t0\troot\t_\t_\n", "t.conllu:1: unknown UPOS tag 'NONSENSE'"),
            ("2\tA\ta\tNOUN\t_\t_\t0\troot\t_\t_\n", "t.conllu:1: word id '2' is out of sequence"),
            ("1\tA\ta\tNOUN\t_\t_\tx\troot\t_\t_\n", "t.conllu:1: head 'x' is not a number"),
            ("1\tA\ta\tNOUN\t_\t_\t7\troot\t_\t_\n\n", "t.conllu:2: word 1 has head 7 outside its sentence of 1 words"),
        ]
        for (text, message) in cases {
            #expect(throws: TreebankError.self) { try Treebank.parse(text, source: "t.conllu") }
            do {
                _ = try Treebank.parse(text, source: "t.conllu")
            } catch {
                #expect("\(error)" == message)
            }
        }
    }
}
