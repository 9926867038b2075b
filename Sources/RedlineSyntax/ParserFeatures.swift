/// The features of a parser state and of an arc about to be made.
///
/// After Zhang and Nivre's rich non-local features for arc-eager parsing: words and tags of the
/// stack's top two, the buffer's first three, the top's head and grandparent, the leftmost and
/// rightmost dependents made so far, their labels, distance, valency and label sets.
struct ParserFeatures {
    let words: [WordForm]
    /// Tag atoms of each word and of the root (last).
    let tags: [UInt64]

    /// Punctuation marks and verbs before each word (and the root): what lies between two
    /// words tells whether they can be one clause.
    let punctuationBefore: [Int]
    let verbsBefore: [Int]

    init(words: [WordForm], tags: [UPOS]) {
        self.words = words
        var atoms = tags.map { UInt64($0.rawValue) + 1 }
        atoms.append(40)
        self.tags = atoms
        var punctuation = [Int](repeating: 0, count: tags.count + 2)
        var verbs = punctuation
        for (i, t) in tags.enumerated() {
            punctuation[i + 1] = punctuation[i] + (t == .PUNCT ? 1 : 0)
            verbs[i + 1] = verbs[i] + (t == .VERB ? 1 : 0)
        }
        punctuation[tags.count + 1] = punctuation[tags.count]
        verbs[tags.count + 1] = verbs[tags.count]
        punctuationBefore = punctuation
        verbsBefore = verbs
    }

    @inline(__always) private func w(_ i: Int) -> UInt64 {
        i < 0 ? 0x5EED : (i < words.count ? words[i].word : WordForm.root.word)
    }
    @inline(__always) private func p(_ i: Int) -> UInt64 { i < 0 ? 0 : tags[i] }
    @inline(__always) private func c(_ i: Int) -> UInt64 { i >= 0 && i < words.count ? words[i].fine : 0 }
    @inline(__always) private func k(_ i: Int) -> UInt64 { i >= 0 && i < words.count ? words[i].coarse : 0 }
    @inline(__always) private func l(_ state: ParseState, _ i: Int) -> UInt64 {
        i < 0 ? 0 : UInt64(state.nodes[i].label + 1)
    }

    private static func bucket(_ d: Int) -> UInt64 {
        switch d {
        case ..<1: 0
        case 1...4: UInt64(d)
        case 5...6: 5
        case 7...10: 6
        default: 7
        }
    }

    /// Every feature of state `st`.
    func state(_ st: ParseState, into f: inout [UInt64]) {
        f.removeAll(keepingCapacity: true)
        front(st.front, into: &f)
        top(st.top, into: &f)
        structure(st, into: &f)
    }

    /// The features of the buffer's front and the two words after it (and the bias): the same in
    /// every state with that front, so a parser can score them once per word.
    func front(_ n0: Int, into f: inout [UInt64]) {
        let n1 = n0 + 1 <= words.count ? n0 + 1 : -1
        let n2 = n0 + 2 <= words.count ? n0 + 2 : -1
        let (n0w, n0p, n1w, n1p, n2w, n2p) = (w(n0), p(n0), w(n1), p(n1), w(n2), p(n2))
        func add(_ t: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            f.append(FeatureHash.feature(t, a, b, c))
        }
        add(100, 0)
        add(104, n0w, n0p); add(105, n0w); add(106, n0p)
        add(107, n1w, n1p); add(108, n1w); add(109, n1p)
        add(110, n2w, n2p); add(111, n2w); add(112, n2p)
        add(120, n0p, n1p); add(121, n0p, n1p, n2p); add(178, n0w, n1w)
        add(184, c(n0)); add(185, c(n1)); add(197, c(n0), c(n1))
    }

    /// The features of the stack's top word alone (`-1`: empty stack).
    func top(_ s0: Int, into f: inout [UInt64]) {
        let (s0w, s0p) = (w(s0), p(s0))
        f.append(FeatureHash.feature(101, s0w, s0p))
        f.append(FeatureHash.feature(102, s0w))
        f.append(FeatureHash.feature(103, s0p))
        f.append(FeatureHash.feature(183, c(s0)))
    }

    /// The features that join the top, the front and what the parse has built so far.
    func structure(_ st: ParseState, into f: inout [UInt64]) {
        let s0 = st.top
        let s1 = st.stack.count > 1 ? st.stack[st.stack.count - 2] : -1
        let n0 = st.front
        let n1 = n0 + 1 <= st.count ? n0 + 1 : -1
        let s0h = s0 >= 0 ? st.nodes[s0].head : -1
        let s0h2 = s0h >= 0 && s0h < st.count ? st.nodes[s0h].head : -1
        let s0l = s0 >= 0 ? st.nodes[s0].leftmost : -1
        let s0l2 = s0 >= 0 ? st.nodes[s0].leftmost2 : -1
        let s0r = s0 >= 0 ? st.nodes[s0].rightmost : -1
        let s0r2 = s0 >= 0 ? st.nodes[s0].rightmost2 : -1
        let n0l = st.nodes[n0].leftmost
        let n0l2 = st.nodes[n0].leftmost2
        let (s0w, s0p, n0w, n0p) = (w(s0), p(s0), w(n0), p(n0))
        let (n1w, n1p) = (w(n1), p(n1))
        let d = s0 >= 0 ? ParserFeatures.bucket(n0 == st.count ? 8 : n0 - s0) : 0
        func add(_ t: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            f.append(FeatureHash.feature(t, a, b, c))
        }
        add(113, s0w &* 31 &+ s0p, n0w, n0p); add(114, s0w, s0p, n0w); add(115, s0w, n0w, n0p)
        add(116, s0w, s0p, n0p); add(117, s0p, n0w, n0p); add(118, s0w, n0w); add(119, s0p, n0p)
        add(122, s0p, n0p, n1p); add(123, p(s0h), s0p, n0p)
        add(124, s0p, p(s0l), n0p); add(125, s0p, p(s0r), n0p); add(126, s0p, n0p, p(n0l))
        add(127, s0w, d); add(128, s0p, d); add(129, n0w, d); add(130, n0p, d)
        add(131, s0w, n0w, d); add(132, s0p, n0p, d)
        let rc = s0 >= 0 ? UInt64(st.nodes[s0].rightCount) : 0
        let lc = s0 >= 0 ? UInt64(st.nodes[s0].leftCount) : 0
        let n0lc = UInt64(st.nodes[n0].leftCount)
        add(133, s0w, rc); add(134, s0p, rc); add(135, s0w, lc); add(136, s0p, lc)
        add(137, n0w, n0lc); add(138, n0p, n0lc)
        add(139, w(s0h)); add(140, p(s0h)); add(141, l(st, s0))
        add(142, w(s0l)); add(143, p(s0l)); add(144, l(st, s0l))
        add(145, w(s0r)); add(146, p(s0r)); add(147, l(st, s0r))
        add(148, w(n0l)); add(149, p(n0l)); add(150, l(st, n0l))
        add(151, w(s0h2)); add(152, p(s0h2)); add(153, s0h >= 0 && s0h < st.count ? l(st, s0h) : 0)
        add(154, w(s0l2)); add(155, p(s0l2)); add(156, l(st, s0l2))
        add(157, w(s0r2)); add(158, p(s0r2)); add(159, l(st, s0r2))
        add(160, w(n0l2)); add(161, p(n0l2)); add(162, l(st, n0l2))
        add(163, s0p, p(s0l), p(s0l2)); add(164, s0p, p(s0r), p(s0r2))
        add(165, s0p, p(s0h), p(s0h2)); add(166, n0p, p(n0l), p(n0l2))
        let rs = s0 >= 0 ? st.nodes[s0].rightLabels : 0
        let ls = s0 >= 0 ? st.nodes[s0].leftLabels : 0
        let n0ls = st.nodes[n0].leftLabels
        add(167, s0w, rs); add(168, s0p, rs); add(169, s0w, ls); add(170, s0p, ls)
        add(171, n0w, n0ls); add(172, n0p, n0ls)
        // The second item on the stack, which decides many attachments of coordinations.
        add(173, p(s1)); add(174, w(s1), p(s1)); add(175, p(s1), s0p, n0p)
        add(176, s0h >= 0 ? 1 : 0, s0p, n0p)
        add(177, UInt64(min(st.stack.count, 6)), n0p)
        add(179, s0p, n0w, n1p); add(180, w(s1), s0w); add(181, s0w, n0p, n1p)
        add(182, s0p, n0p, n1w)
        // Learned word classes stand in for words the treebank saw rarely.
        let (s0c, n0c) = (c(s0), c(n0))
        add(186, s0c, n0c)
        add(187, s0c, n0p); add(188, s0p, n0c); add(189, c(s0h), n0c); add(190, s0c, c(s0r))
        let (s0k, n0k, n1k) = (k(s0), k(n0), k(n1))
        add(191, s0k, n0k, n1k); add(192, s0k, n0k); add(193, s0p, n0k, n1k); add(194, s0k, n0p, n1p)
        add(195, c(s1), s0c); add(196, s0c, d)
        if s0 >= 0 {
            let punctuation = UInt64(min(2, punctuationBefore[n0] - punctuationBefore[s0 + 1]))
            let verbs = UInt64(min(2, verbsBefore[n0] - verbsBefore[s0 + 1]))
            add(198, punctuation, s0p, n0p); add(199, verbs, s0p, n0p); add(250, punctuation, verbs, d)
        }
    }

    /// Features for labelling the arc `head → dependent` in state `st`.
    func arc(_ st: ParseState, head: Int, dependent: Int, into f: inout [UInt64]) {
        f.removeAll(keepingCapacity: true)
        let dir: UInt64 = dependent < head ? 1 : 2
        let dist = ParserFeatures.bucket(head == st.count ? 8 : abs(head - dependent))
        let (hw, hp, dw, dp) = (w(head), p(head), w(dependent), p(dependent))
        let dl = st.nodes[dependent].leftmost
        let dl2 = st.nodes[dependent].leftmost2
        let hl = st.nodes[head].leftmost
        let hh = head < st.count ? st.nodes[head].head : -1
        let after = dependent + 1 <= st.count ? dependent + 1 : -1
        let before = dependent - 1
        func add(_ t: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            f.append(FeatureHash.feature(t, a, b, c))
        }
        add(200, dir)
        add(201, hp, dp, dir); add(202, hw, dp, dir); add(203, hp, dw, dir); add(204, hw, dw, dir)
        add(205, dp); add(206, dw); add(207, hp, dir); add(208, hw)
        add(209, hp, dp, dist); add(210, dw, dist, dir)
        add(211, w(dl), dp); add(212, w(dl), dp, hp); add(213, p(dl), dp, hp); add(214, w(dl2), w(dl), dp)
        add(215, w(hl), hp, dp); add(216, p(hl), l(st, hl), dp)
        add(217, l(st, head), hp, dp); add(218, p(hh), hp, dp)
        add(219, w(after), dp, dir); add(220, w(before), dp, dir); add(221, p(after), dp, hp)
        add(222, st.nodes[dependent].leftLabels, dp, dir); add(223, st.nodes[head].leftLabels, hp, dp)
        add(224, words.indices.contains(dependent) ? words[dependent].suffix3 : 0, dp, hp)
        add(225, words.indices.contains(dependent) ? words[dependent].flags : 0, dp, dir)
        add(226, w(dl), w(hl), dir)
        add(227, c(head), c(dependent), dir); add(228, c(dependent), hp, dir)
    }
}
