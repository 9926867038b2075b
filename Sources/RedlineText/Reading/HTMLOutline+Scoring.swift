/// Choosing the article: drops resolved, paragraphs weighed, the root elements picked.
extension HTMLOutline {
    /// Paragraph text shorter than this (non-space bytes) does not count as a paragraph.
    static let minimumParagraph = 25

    struct Selection {
        /// Elements dropped from the text, drops inherited.
        var excluded: [Bool]
        /// The elements whose text is the article, in document order.
        var roots: [Int]
    }

    enum Mode {
        /// A whole page: find the article in it.
        case page
        /// A piece of HTML that is all content (a feed item's description): keep all of it.
        case fragment
    }

    func select(_ mode: Mode) -> Selection {
        let total = paragraphText(excluded: dropped).reduce(0) { $0 + ($1.weight) }
        // Furniture by class or id is dropped, unless it holds half the page's paragraph text:
        // then it is the article under an unlucky name (`class="story has-sidebar"`).
        let before = subtreeParagraphText(excluded: dropped)
        var excluded = dropped
        for i in 0..<count where furniture[i] && !excluded[i] {
            switch tags[i].name {
            case .html, .body, .article, .main: continue
            default: if before[i] * 2 < total || total == 0 { excluded[i] = true }
            }
        }
        for i in 0..<count where !excluded[i] && parent[i] >= 0 && excluded[parent[i]] { excluded[i] = true }

        let fallback = body ?? (count > 0 ? 0 : nil)
        guard mode == .page else { return Selection(excluded: excluded, roots: fallback.map { [$0] } ?? []) }

        let subtree = subtreeParagraphText(excluded: excluded)
        let pageTotal = fallback.map { subtree[$0] } ?? 0
        let anyText = subtreeText(excluded: excluded)
        // Semantic markup first, when it holds a fair share (40%) of the page's paragraphs.
        for candidates in [articleBodies, articles, mains] {
            let usable = candidates.filter { !excluded[$0] && anyText[$0] > 0 }
            guard let best = usable.max(by: { subtree[$0] < subtree[$1] }) else { continue }
            if subtree[best] * 10 >= pageTotal * 4 { return Selection(excluded: excluded, roots: [best]) }
        }
        guard let best = bestContainer(excluded: excluded) else {
            return Selection(excluded: excluded, roots: fallback.map { [$0] } ?? [])
        }
        return Selection(excluded: excluded, roots: withSiblings(best, subtree: subtree, excluded: excluded))
    }

    /// Each block's paragraph weight: its own text less link text, if long enough and not
    /// mostly links.
    private func paragraphText(excluded: [Bool]) -> [(element: Int, weight: Int)] {
        var result: [(Int, Int)] = []
        for i in 0..<count where !excluded[i] && block[i] == i {
            let text = directText[i], links = linkText[i]
            if text >= Self.minimumParagraph, links * 2 < text { result.append((i, text - links)) }
        }
        return result
    }

    /// Paragraph weight summed over each element's subtree (children have higher indices).
    private func subtreeParagraphText(excluded: [Bool]) -> [Int] {
        var sums = [Int](repeating: 0, count: count)
        for (i, weight) in paragraphText(excluded: excluded) { sums[i] = weight }
        for i in stride(from: count - 1, to: 0, by: -1) where parent[i] >= 0 { sums[parent[i]] += sums[i] }
        return sums
    }

    private func subtreeText(excluded: [Bool]) -> [Int] {
        var sums = [Int](repeating: 0, count: count)
        for i in 0..<count where !excluded[i] { sums[i] = directText[i] }
        for i in stride(from: count - 1, to: 0, by: -1) where parent[i] >= 0 { sums[parent[i]] += sums[i] }
        return sums
    }

    /// The element with the most paragraph text directly inside (half credit for grandchildren).
    private func bestContainer(excluded: [Bool]) -> Int? {
        var score = [Int: Int]()
        for (i, weight) in paragraphText(excluded: excluded) {
            let p = parent[i] >= 0 ? parent[i] : i
            score[p, default: 0] += 2 * weight
            if parent[p] >= 0 { score[parent[p], default: 0] += weight }
        }
        return score.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// The best container and those of its siblings that continue it: the same element with the
    /// same class (an article split around ads), or any holding half as much paragraph text.
    private func withSiblings(_ best: Int, subtree: [Int], excluded: [Bool]) -> [Int] {
        guard parent[best] >= 0, var sibling = nodes[parent[best]].pointee.children else { return [best] }
        let bestName = nodes[best].localName, bestClass = nodes[best].attribute("class")
        var roots: [Int] = []
        while true {
            if let s = elementIndex(sibling), s == best || (!excluded[s] && subtree[s] > 0) {
                let continues = sibling.localName == bestName && sibling.attribute("class") == bestClass
                if s == best || continues || subtree[s] * 2 >= subtree[best] { roots.append(s) }
            }
            guard let next = sibling.pointee.next else { break }
            sibling = next
        }
        return roots
    }
}
