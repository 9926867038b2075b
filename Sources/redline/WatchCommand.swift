import ArgumentParser
import Foundation
import RedlineCore
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

            Several watches may share one store (PostgreSQL across machines, or one SQLite file): \
            each claims the feeds it polls and the items it stores in the store, so that a feed \
            is polled, an article page fetched and an item stored by one of them only; a claim \
            of a watch that dies runs out after --claim-seconds (at once when a watch restarts on \
            the same machine) and its items are taken by another. \
            With --once, a feed another watch polled since this one started is left out.

            With --webhook, each alert is also POSTed to the URL as the same JSON object \
            (Content-Type: application/json), signed with --webhook-secret-file's secret as \
            X-Redline-Signature: sha256=<hex HMAC-SHA256 of the body>. Connection errors, timeouts \
            and 5xx answers are retried with exponential backoff (at most 5 attempts, 30 s an \
            alert) without holding up the polling; an alert that is not delivered is reported on \
            one line on standard error.

            An item that carries only a summary (RSS description, Atom summary, JSON Feed \
            summary) has its article page fetched and read as a web page, one request per host at \
            a time, within --max-page-size; when the page cannot be fetched or read, the summary \
            is used and one line on standard error names the feed and the page. \
            --no-article-pages keeps the summaries.

            Every alert is kept in the store (redline serve shows them at /alerts.atom and streams \
            them to the dashboard); the alert options limit what is printed and posted: \
            --alert (line, statement, crossing, response, status, window), --declarer, \
            --addressee, --status and --min-severity, each a comma-separated list, all of which \
            an alert must pass; or --rules FILE, a JSON rule or array of rules of the same keys \
            (alert, declarer, addressee, status, minSeverity), any of which it must pass. A \
            window alert says a crossed line's response window closes within --window-days days.

            Examples:
              redline watch --feeds feeds.txt
              redline watch --feeds feeds.txt --db news.sqlite --once
              redline watch --feeds feeds.txt --webhook https://hooks.example.org/redline --webhook-secret-file secret.txt
              redline watch --feeds feeds.txt --declarer USA,GBR --alert crossing,status,window
              redline watch --feeds feeds.txt --rules rules.json
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

    @Flag(help: "Keep the summary of an item that carries only one; do not fetch its article page.")
    var noArticlePages = false

    @Option(help: ArgumentHelp("Refuse an article page larger than this many megabytes (its summary is used).", valueName: "MB"))
    var maxPageSize: Int = 4

    @Option(help: ArgumentHelp("Print and post only these kinds of alert: line, statement, crossing, response, status, window.",
                               valueName: "kinds"))
    var alert: String?

    @Option(help: ArgumentHelp("Print and post only alerts about lines of these declarers (actor codes).", valueName: "codes"))
    var declarer: String?

    @Option(help: ArgumentHelp("Print and post only alerts about lines drawn against these actors (codes).", valueName: "codes"))
    var addressee: String?

    @Option(help: ArgumentHelp("Print and post only alerts about lines now in these statuses.", valueName: "statuses"))
    var status: String?

    @Option(help: ArgumentHelp("Print and post only alerts about lines threatening at least this severity (1-5).", valueName: "n"))
    var minSeverity: Int?

    @Option(help: ArgumentHelp("A JSON file of alert rules (see above); an alert passes when it passes any rule.", valueName: "file"))
    var rules: String?

    @Option(help: ArgumentHelp("Alert when a crossed line's response window closes within this many days.", valueName: "days"))
    var windowDays: Int = 7

    @Flag(help: "Give no alert for closing response windows.")
    var noWindowAlerts = false

    @Option(help: ArgumentHelp("Seconds a worker's claim on a feed or an item lasts; a worker that dies holds it no longer.", valueName: "seconds"))
    var claimSeconds: Int = 900

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
        if !(1...1024).contains(maxPageSize) { throw ValidationError("--max-page-size must be from 1 to 1024 (MB), not \(maxPageSize)") }
        if claimSeconds < 1 { throw ValidationError("--claim-seconds must be at least 1") }
        if windowDays < 0 { throw ValidationError("--window-days must be 0 or more (--no-window-alerts turns the alert off)") }
        if let minSeverity, !(1...5).contains(minSeverity) { throw ValidationError("--min-severity must be from 1 to 5, not \(minSeverity)") }
        if try optionRule() != nil, rules != nil {
            throw ValidationError("give the alert rules either as options (--alert, --declarer, --addressee, --status, --min-severity) or in --rules, not both")
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
        fetch.maxPageBytes = maxPageSize << 20
        let alertRules = try readRules()
        let store = try await tracker.open()
        let fetcher = FeedFetcher(configuration: fetch)
        let sink = webhookSettings.map { settings in
            WebhookSink(configuration: settings, report: { error in Diagnostics.report(error) })
        }
        var watcher = Watcher(feeds: feedList, store: store, pipeline: pipeline, reader: reader, fetcher: fetcher,
                              tracker: { [tracker] in tracker.configuration }, statePath: statePath)
        watcher.webhook = sink
        watcher.fetchArticles = !noArticlePages
        watcher.rules = alertRules
        watcher.windowDays = noWindowAlerts ? nil : windowDays
        watcher.claimSeconds = Double(claimSeconds)
        if once { watcher.polledBefore = watcher.now() }
        var failed = false
        do {
            try await watcher.releaseClaimsOfGoneProcesses()
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

    /// The rule the alert options make, nil when none is given.
    private func optionRule() throws -> AlertRule? {
        func list(_ value: String?) -> [String]? {
            value.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        }
        var rule = AlertRule()
        rule.alert = try list(alert)?.map { word in
            guard let kind = LineAlert.Kind(rawValue: word) else {
                throw ValidationError("--alert: unknown alert \"\(word)\"; the alerts are \(LineAlert.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return kind
        }
        rule.status = try list(status)?.map { word in
            guard let status = LineStatus(rawValue: word) else {
                throw ValidationError("--status: unknown status \"\(word)\"; the statuses are \(LineStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return status
        }
        rule.declarer = list(declarer).map(AlertRulesFile.codes)
        rule.addressee = list(addressee).map(AlertRulesFile.codes)
        rule.minSeverity = minSeverity
        return rule.isEmpty ? nil : rule
    }

    private func readRules() throws -> [AlertRule] {
        if let rule = try optionRule() { return [rule] }
        guard let rules else { return [] }
        guard let data = FileManager.default.contents(atPath: rules) else {
            throw WatchError(.badRules, subject: rules, message: FileManager.default.fileExists(atPath: rules) ? "cannot read the rules file" : "no such rules file")
        }
        return try AlertRulesFile.parse(data, file: rules)
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
