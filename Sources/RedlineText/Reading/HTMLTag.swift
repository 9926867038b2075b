/// What the text extraction needs to know about an HTML element by its name.
struct HTMLTag: Equatable {
    enum Layout: UInt8 {
        /// Flows within the surrounding paragraph (`a`, `b`, `span`, ...).
        case inline
        /// Flows, but apart from its neighbours by a space: elements HTML does not define
        /// (`<to>Tove</to><body>Don't` in stray XML) and custom elements.
        case spaced
        /// Starts and ends a paragraph (`p`, `div`, `li`, `h1`, `br`, ...).
        case block
        /// A table cell: a paragraph for scoring, separated by a space in the text.
        case cell
        /// Never part of the article text (`script`, `nav`, `form`, ...).
        case drop
    }

    /// The names the extraction looks for individually.
    enum Name: UInt8 {
        case other, a, html, head, body, title, meta, link, script, article, main, header, h1, time
    }

    var layout: Layout
    var name: Name

    static func named(_ name: String) -> HTMLTag {
        table[name] ?? HTMLTag(layout: .spaced, name: .other)
    }

    private static let table: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        for name in ["p", "div", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
                     "blockquote", "pre", "table", "tr", "thead", "tbody", "tfoot", "caption", "section",
                     "address", "hr", "br", "center", "fieldset", "legend", "details", "summary",
                     "hgroup", "dir", "listing", "plaintext", "xmp"] {
            table[name] = HTMLTag(layout: .block, name: .other)
        }
        for name in ["td", "th"] { table[name] = HTMLTag(layout: .cell, name: .other) }
        for name in ["style", "noscript", "template", "nav", "footer", "aside", "form", "button",
                     "iframe", "frame", "frameset", "svg", "math", "figure", "figcaption", "select",
                     "option", "optgroup", "datalist", "input", "textarea", "label", "object", "embed",
                     "canvas", "video", "audio", "source", "track", "map", "area", "dialog", "menu",
                     "img", "picture"] {
            table[name] = HTMLTag(layout: .drop, name: .other)
        }
        for name in ["abbr", "acronym", "b", "bdi", "bdo", "big", "blink", "cite", "code", "data", "del",
                     "dfn", "em", "font", "i", "ins", "kbd", "mark", "nobr", "q", "rp", "rt", "ruby", "s",
                     "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var", "wbr"] {
            table[name] = HTMLTag(layout: .inline, name: .other)
        }
        table["a"] = HTMLTag(layout: .inline, name: .a)
        table["time"] = HTMLTag(layout: .inline, name: .time)
        table["html"] = HTMLTag(layout: .block, name: .html)
        table["body"] = HTMLTag(layout: .block, name: .body)
        table["article"] = HTMLTag(layout: .block, name: .article)
        table["main"] = HTMLTag(layout: .block, name: .main)
        table["h1"] = HTMLTag(layout: .block, name: .h1)
        // `header` is dropped outside an article only; HTMLOutline decides.
        table["header"] = HTMLTag(layout: .block, name: .header)
        table["head"] = HTMLTag(layout: .drop, name: .head)
        table["title"] = HTMLTag(layout: .drop, name: .title)
        table["meta"] = HTMLTag(layout: .drop, name: .meta)
        table["link"] = HTMLTag(layout: .drop, name: .link)
        table["script"] = HTMLTag(layout: .drop, name: .script)
        return table
    }()
}
