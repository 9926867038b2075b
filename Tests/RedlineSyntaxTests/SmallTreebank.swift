@testable import RedlineSyntax

/// A tiny treebank written for these tests: news-like sentences in UD style.
///
/// Each word is `form/TAG/head/relation` (heads 1-based, 0 the root); lemmas are the lower-case
/// form except where given as `form/TAG/head/relation/lemma`.
enum SmallTreebank {
    static let training: [String] = [
        "Russia/PROPN/2/nsubj warned/VERB/0/root/warn Finland/PROPN/2/obj ./PUNCT/2/punct",
        "The/DET/2/det minister/NOUN/3/nsubj threatened/VERB/0/root/threaten sanctions/NOUN/3/obj/sanction ./PUNCT/3/punct",
        "China/PROPN/2/nsubj condemned/VERB/0/root/condemn the/DET/4/det visit/NOUN/2/obj ./PUNCT/2/punct",
        "The/DET/2/det army/NOUN/3/nsubj moved/VERB/0/root/move troops/NOUN/3/obj/troop to/ADP/6/case the/DET/7/det border/NOUN/3/obl ./PUNCT/3/punct",
        "Iran/PROPN/2/nsubj rejected/VERB/0/root/reject the/DET/4/det offer/NOUN/2/obj ./PUNCT/2/punct",
        "The/DET/2/det president/NOUN/3/nsubj said/VERB/0/root/say talks/NOUN/5/nsubj/talk failed/VERB/3/ccomp/fail ./PUNCT/3/punct",
        "Ukraine/PROPN/2/nsubj asked/VERB/0/root/ask the/DET/4/det alliance/NOUN/2/obj for/ADP/6/case weapons/NOUN/2/obl/weapon ./PUNCT/2/punct",
        "The/DET/2/det government/NOUN/3/nsubj expelled/VERB/0/root/expel two/NUM/5/nummod diplomats/NOUN/3/obj/diplomat ./PUNCT/3/punct",
        "Japan/PROPN/2/nsubj will/AUX/3/aux/will impose/VERB/0/root tariffs/NOUN/3/obj/tariff on/ADP/6/case imports/NOUN/4/nmod/import ./PUNCT/3/punct",
        "The/DET/2/det rebels/NOUN/3/nsubj/rebel attacked/VERB/0/root/attack a/DET/5/det town/NOUN/3/obj in/ADP/7/case Syria/PROPN/3/obl ./PUNCT/3/punct",
        "NATO/PROPN/2/nsubj said/VERB/0/root/say it/PRON/5/nsubj would/AUX/5/aux/would respond/VERB/2/ccomp ./PUNCT/2/punct",
        "The/DET/2/det talks/NOUN/4/nsubj:pass/talk were/AUX/4/aux:pass/be cancelled/VERB/0/root/cancel ./PUNCT/4/punct",
        "Police/NOUN/2/nsubj arrested/VERB/0/root/arrest three/NUM/4/nummod protesters/NOUN/2/obj/protester in/ADP/6/case Cairo/PROPN/2/obl ./PUNCT/2/punct",
        "The/DET/2/det ministry/NOUN/3/nsubj denied/VERB/0/root/deny the/DET/5/det report/NOUN/3/obj ./PUNCT/3/punct",
        "Germany/PROPN/2/nsubj sent/VERB/0/root/send tanks/NOUN/2/obj/tank to/ADP/5/case Ukraine/PROPN/2/obl ./PUNCT/2/punct",
        "The/DET/2/det envoy/NOUN/3/nsubj urged/VERB/0/root/urge restraint/NOUN/3/obj ./PUNCT/3/punct",
    ]

    /// Sentences not in training, of words seen in other places and a few new ones.
    static let heldOut: [String] = [
        "Syria/PROPN/2/nsubj rejected/VERB/0/root/reject the/DET/4/det report/NOUN/2/obj ./PUNCT/2/punct",
        "The/DET/2/det army/NOUN/3/nsubj attacked/VERB/0/root/attack the/DET/5/det border/NOUN/3/obj ./PUNCT/3/punct",
        "Egypt/PROPN/2/nsubj expelled/VERB/0/root/expel the/DET/4/det envoy/NOUN/2/obj ./PUNCT/2/punct",
        "The/DET/2/det rebels/NOUN/3/nsubj/rebel seized/VERB/0/root/seize a/DET/5/det village/NOUN/3/obj ./PUNCT/3/punct",
    ]

    static func conllu(_ specs: [String]) -> String {
        var out = ""
        for (n, spec) in specs.enumerated() {
            out += "# sent_id = small-\(n + 1)\n"
            for (i, item) in spec.split(separator: " ").enumerated() {
                let parts = item.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                let lemma = parts.count > 4 ? parts[4] : parts[0].lowercased()
                out += "\(i + 1)\t\(parts[0])\t\(lemma)\t\(parts[1])\t_\t_\t\(parts[2])\t\(parts[3])\t_\t_\n"
            }
            out += "\n"
        }
        return out
    }

    static func sentences(_ specs: [String]) throws -> [TreebankSentence] {
        try Treebank.parse(conllu(specs), source: "small")
    }
}
