/// Tells page furniture (cookie banners, share buttons, related links, ...) by its `class` and
/// `id`. Each value is split into words at spaces, hyphens, underscores and camelCase humps, and
/// a word matching one of the stems below marks the element. Whole words are matched at the
/// start, so `lead-paragraph` is not an ad, and `commentary` is kept while `comments` is not.
enum Boilerplate {
    private static let stems = [
        "cookie", "consent", "gdpr", "share", "sharing", "social", "related", "newsletter",
        "subscri", "promo", "advert", "banner", "comment", "breadcrumb", "menu", "footer",
        "sidebar", "popup", "modal", "paywall", "signup", "outbrain", "taboola",
    ]
    /// Words that would match a stem but name article content.
    private static let exceptions: Set<String> = ["commentary", "commentator", "commentators"]
    /// Words that must match exactly, being too short to match as stems.
    private static let exact: Set<String> = ["ad", "ads", "adv", "advertisement", "nav", "navbar", "navigation"]

    static func matches(_ value: String) -> Bool {
        for word in words(value) {
            if exact.contains(word) { return true }
            if exceptions.contains(word) { continue }
            for stem in stems where word.hasPrefix(stem) { return true }
        }
        return false
    }

    /// Lower-case words of a class or id value.
    static func words(_ value: String) -> [String] {
        var words: [String] = []
        var current = [UInt8]()
        var previousLower = false
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for b in value.utf8 {
            let isUpper = b >= 0x41 && b <= 0x5A
            let isLower = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            if isUpper {
                if previousLower { flush() }
                current.append(b | 0x20)
            } else if isLower || b >= 0x80 {
                current.append(b)
            } else {
                flush()
            }
            previousLower = isLower
        }
        flush()
        return words
    }
}
