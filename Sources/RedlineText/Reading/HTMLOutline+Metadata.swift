import Foundation
import RedlineCore

/// The title, publication day and canonical URL a page states about itself.
extension HTMLOutline {
    /// `og:title`, else the first `<h1>` in the article, else `<title>` less its " | Site" suffix.
    func title(in selection: Selection) -> String? {
        if let og = meta("og:title").map(TextCleanup.singleLine), !og.isEmpty { return og }
        for h in headings where !selection.excluded[h] && isInside(h, selection.roots) {
            let text = TextCleanup.singleLine(nodes[h].textContent)
            if !text.isEmpty { return text }
        }
        guard let title = titleText.map(TextCleanup.singleLine), !title.isEmpty else { return nil }
        return Self.withoutSiteSuffix(title)
    }

    /// Meta tags (`article:published_time`, then the `pubdate`/`date`/`dc.date` family), the
    /// `datePublished` item property, JSON-LD `datePublished`, then the first `<time datetime>` in
    /// the article. The day as written; no time-zone conversion.
    func published(in selection: Selection) -> Day? {
        let metaKeys = ["article:published_time", "og:article:published_time", "pubdate", "publishdate",
                        "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
                        "sailthru.date", "datepublished"]
        for key in metaKeys {
            if let day = meta(key).flatMap(MetadataDate.parse) { return day }
        }
        for value in datePublishedItems {
            if let day = MetadataDate.parse(value) { return day }
        }
        for script in jsonLD {
            if let value = Self.jsonString(after: "\"datePublished\"", in: script), let day = MetadataDate.parse(value) {
                return day
            }
        }
        for (element, datetime) in times where isInside(element, selection.roots) {
            if let day = MetadataDate.parse(datetime) { return day }
        }
        return nil
    }

    /// `<link rel="canonical">`, else `og:url`.
    var canonicalURL: String? {
        for candidate in [canonical, meta("og:url")] {
            if let url = candidate.map(TextCleanup.singleLine), !url.isEmpty { return url }
        }
        return nil
    }

    private func meta(_ key: String) -> String? {
        metas.first { $0.key == key }?.content
    }

    func isInside(_ element: Int, _ roots: [Int]) -> Bool {
        var i = element
        while i >= 0 {
            if roots.contains(i) { return true }
            i = parent[i]
        }
        return false
    }

    /// "Russia warns US | Reuters" → "Russia warns US": the last separated part goes when it is
    /// short enough to be a site's name (five words, 40 characters).
    static func withoutSiteSuffix(_ title: String) -> String {
        var best: String.Index?
        var separatorEnd: String.Index?
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            if best.map({ range.lowerBound > $0 }) ?? true {
                best = range.lowerBound
                separatorEnd = range.upperBound
            }
        }
        guard let best, let separatorEnd, best > title.startIndex else { return title }
        let tail = title[separatorEnd...]
        guard tail.count <= 40, tail.split(separator: " ").count <= 5 else { return title }
        return String(title[..<best])
    }

    /// The string value after `"key"` and a colon in JSON bytes, found by scanning rather than
    /// parsing, so JSON-LD anywhere (in `@graph` arrays too) is found and hostile JSON costs nothing.
    static func jsonString(after key: String, in bytes: [UInt8]) -> String? {
        let needle = Array(key.utf8)
        guard needle.count <= bytes.count else { return nil }
        var i = 0
        while i + needle.count <= bytes.count {
            guard bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) else {
                i += 1
                continue
            }
            var j = i + needle.count
            while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
            guard j < bytes.count, bytes[j] == UInt8(ascii: ":") else { i += 1; continue }
            j += 1
            while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
            guard j < bytes.count, bytes[j] == UInt8(ascii: "\"") else { i += 1; continue }
            let start = j + 1
            guard let end = bytes[start...].prefix(200).firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        return nil
    }
}
