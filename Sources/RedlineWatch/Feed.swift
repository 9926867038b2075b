/// One feed to watch, as a line of the feeds file names it.
public struct Feed: Hashable, Sendable {
    public var url: String
    public var name: String
    /// Seconds between two polls.
    public var interval: Int

    public init(url: String, name: String, interval: Int) {
        self.url = url
        self.name = name
        self.interval = interval
    }

    /// How errors name the feed: `feed "Wire" (http://...)`.
    public var subject: String { "feed \"\(name)\" (\(url))" }
}
