/// The attributes of an element that decide how the extraction treats it.
struct ElementAttributes {
    var classAndID = ""
    var role = ""
    var itemprop = ""
    var hidden = false

    /// ARIA roles of page furniture.
    static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
        "alertdialog",
    ]

    init() {}

    init(_ node: XMLNodePointer) {
        for (name, value) in node.attributes {
            switch name {
            case "class", "id": classAndID += " " + value
            case "role": role = value.lowercased()
            case "itemprop": itemprop = value.lowercased()
            case "hidden": hidden = true
            case "aria-hidden": hidden = hidden || value.lowercased() == "true"
            case "style":
                let style = value.lowercased().filter { $0 != " " }
                hidden = hidden || style.contains("display:none") || style.contains("visibility:hidden")
            default: break
            }
        }
    }
}
