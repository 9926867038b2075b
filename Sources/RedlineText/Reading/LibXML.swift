import CLibXML2

/// libxml2's process-wide setup, done once before the first parse from any thread.
enum LibXML {
    private static let initialized: Void = { xmlInitParser() }()

    static func initialize() { _ = initialized }
}
