import ArgumentParser
import Foundation
import RedlineStore
import RedlineWatch

struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Poll news feeds, ingest new items, and print an alert for each change to a red line.",
        discussion: """
            The feeds file (--feeds) lists one feed a line: URL, name, interval in seconds, separated by spaces or tabs \
            (the name may contain spaces; # starts a comment). Each feed is fetched with a \
            conditional GET; items already taken in (same URL or same content) are skipped, across \
            restarts: the watch keeps what it has seen in a state file (default: the store's path \
            with .watch.json added). New items are stored and the red lines relinked; each new line, \
            restatement, crossing, response and status change is printed on standard output as one \
            JSON object. A feed that fails (HTTP error, timeout, malformed feed, body over the size \
            limit, redirect loop) is reported on one line on standard error and tried again later, \
            waiting longer after each failure in a row; the other feeds go on.

            With --webhook, each alert is also POSTed to the URL as the same JSON object \
            (Content-Type: application/json), signed with --webhook-secret-file's secret as \
            X-Redline-Signature: sha256=<hex HMAC-SHA256 of the body>. Connection errors, timeouts \
            and 5xx answers are retried with exponential backoff (at most 5 attempts, 30 s an \
            alert) without holding up the polling; an alert that is not delivered is reported on \
            one line on standard error.

            Examples:
              redline watch --feeds feeds.txt
              redline watch --feeds feeds.txt --db news.sqlite --once
              redline watch --feeds feeds.txt --webhook https://hooks.example.org/redline --webhook-secret-file secret.txt
            """
    )

    @Option(help: ArgumentHelp("The feeds file: one feed a line, URL NAME INTERVAL.", valueName: "file"))
    var feeds: String

    @Option(help: ArgumentHelp("Where the watch remembers feeds and seen items (default: the store's path + .watch.json; required with PostgreSQL).",
                               valueName: "file"))
    var state: String?

    @Flag(help: "Poll every feed once, whatever its interval, and exit (1 if a feed failed).")
    var once = false

    @Option(help: ArgumentHelp("Seconds a feed's request may take.", valueName: "seconds"))
    var timeout: Int = 30

    @Option(help: ArgumentHelp("Refuse a feed body larger than this many megabytes.", valueName: "MB"))
    var maxFeedSize: Int = 8

    @Option(help: ArgumentHelp("Redirects followed before a feed counts as failed.", valueName: "n"))
    var maxRedirects: Int = 5

    @Option(help: ArgumentHelp("Also POST each alert, as JSON, to this http:// or https:// URL.", valueName: "url"))
    var webhook: String?

    @Option(help: ArgumentHelp("Sign each POST with the secret in this file (X-Redline-Signature: sha256=<HMAC-SHA256 of the body>).",
                               valueName: "file"))
    var webhookSecretFile: String?

    @OptionGroup var input: InputOptions
    @OptionGroup var tracker: TrackerOptions

    func validate() throws {
        if timeout < 1 { throw ValidationError("--timeout must be at least 1 (seconds)") }
        if !(1...1024).contains(maxFeedSize) { throw ValidationError("--max-feed-size must be from 1 to 1024 (MB), not \(maxFeedSize)") }
        if maxRedirects < 0 { throw ValidationError("--max-redirects must be 0 or more") }
        if let webhook {
            let lowered = webhook.lowercased()
            guard (lowered.hasPrefix("http://") || lowered.hasPrefix("https://")), webhook.count > 8 else {
                throw ValidationError("--webhook must be an http:// or https:// URL, not \"\(webhook.prefix(80))\"")
            }
        } else if webhookSecretFile != nil {
            throw ValidationError("--webhook-secret-file signs what --webhook sends: give --webhook too")
        }
        if tracker.asOf != nil { throw ValidationError("--as-of reads the past; the watch writes the present: leave it out") }
        if let format = input.inputFormat, format != .feed {
            throw ValidationError("--input-format \(format.rawValue) cannot be watched: the watch reads RSS, Atom and JSON feeds (--input-format feed)")
        }
    }

    func run() async throws {
        let feedList = try readFeedList()
        let statePath = try resolvedStatePath()
        let webhookSettings = try webhookConfiguration()
        var watchState = try WatchState.load(path: statePath)
        let pipeline = try input.pipeline()
        var reader = input.readerConfiguration
        reader.inputFormat = .feed
        var fetch = FetchConfiguration()
        fetch.requestTimeout = timeout
        fetch.connectTimeout = min(10, timeout)
        fetch.maxBytes = maxFeedSize << 20
        fetch.maxRedirects = maxRedirects
        let store = try await tracker.open()
        let fetcher = FeedFetcher(configuration: fetch)
        let sink = webhookSettings.map { settings in
            WebhookSink(configuration: settings, report: { error in Diagnostics.report(error) })
        }
        var watcher = Watcher(feeds: feedList, store: store, pipeline: pipeline, reader: reader, fetcher: fetcher,
                              tracker: { [tracker] in tracker.configuration }, statePath: statePath)
        watcher.webhook = sink
        var failed = false
        do {
            if once {
                failed = try await watcher.round(due: feedList, state: &watchState) > 0
            } else {
                try await watcher.loop(state: &watchState)
            }
        } catch {
            try? await sink?.shutdown()
            try? await fetcher.shutdown()
            try? await store.close()
            throw error
        }
        if let sink {
            // Alerts still on their way get a bounded time; what is left is reported, not lost silently.
            await sink.finish(within: sink.configuration.maxSecondsPerAlert * 2)
            try? await sink.shutdown()
        }
        try await fetcher.shutdown()
        try await store.close()
        input.reportSyntaxProblem(pipeline)
        if failed { throw ExitCode(1) }
    }

    private func readFeedList() throws -> [Feed] {
        guard FileManager.default.fileExists(atPath: feeds) else {
            throw WatchError(.badFeedList, subject: feeds, message: "no such feeds file")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: feeds))
        } catch {
            throw WatchError(.badFeedList, subject: feeds, message: "cannot read the feeds file: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw WatchError(.badFeedList, subject: feeds, message: "not UTF-8 text")
        }
        return try FeedList.parse(text, file: feeds)
    }

    private func webhookConfiguration() throws -> WebhookConfiguration? {
        guard let webhook else { return nil }
        var configuration = WebhookConfiguration(url: webhook)
        if let file = webhookSecretFile {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read --webhook-secret-file \(file)")
            }
            // The secret as written, without the line break an editor adds.
            var secret = Array(data)
            while let last = secret.last, last == 0x0A || last == 0x0D { secret.removeLast() }
            guard !secret.isEmpty else { throw ValidationError("--webhook-secret-file \(file) is empty: write the shared secret in it") }
            configuration.secret = secret
        }
        return configuration
    }

    private func resolvedStatePath() throws -> String {
        if let state { return state }
        switch try StoreLocation(parsing: tracker.db) {
        case .sqlite(let path): return path + ".watch.json"
        case .postgres: throw ValidationError("--state is required with a PostgreSQL store: give the file the watch keeps its state in")
        }
    }
}
