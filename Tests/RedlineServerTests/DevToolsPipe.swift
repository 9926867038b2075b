import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
/// commands on file descriptor 3, answers and events on 4, each message ended by a NUL byte), so
/// tests can click like a person: real mouse events at an element's place on the page.
final class DevToolsPipe: @unchecked Sendable {
    private let pid: pid_t
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private var buffer: [UInt8] = []
    private var nextID = 0
    private var session: String?
    private let profile: URL

    struct Failure: Error, CustomStringConvertible { var description: String }

    init(chromium: String, downloads: URL) throws {
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("redline-cdp-\(UUID().uuidString)")
        var commands: [Int32] = [0, 0], answers: [Int32] = [0, 0]
        guard pipe(&commands) == 0, pipe(&answers) == 0 else { throw Failure(description: "no pipes") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, commands[0], 3)
        posix_spawn_file_actions_adddup2(&actions, answers[1], 4)
        let null = open("/dev/null", O_RDWR)
        posix_spawn_file_actions_adddup2(&actions, null, 1)
        posix_spawn_file_actions_adddup2(&actions, null, 2)
        let arguments = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                         "--user-data-dir=\(profile.path)", "--remote-debugging-pipe", "--window-size=1280,900", "about:blank"]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, chromium, &actions, nil, &argv, environ)
        close(commands[0]); close(answers[1]); close(null)
        guard status == 0 else { throw Failure(description: "chromium did not start: \(status)") }
        pid = child
        toBrowser = commands[1]
        fromBrowser = answers[0]
        let target = try call("Target.createTarget", ["url": "about:blank"])
        let targetID = try Self.string(target, "targetId")
        let attached = try call("Target.attachToTarget", ["targetId": targetID, "flatten": true])
        session = try Self.string(attached, "sessionId")
        _ = try call("Browser.setDownloadBehavior", ["behavior": "allow", "downloadPath": downloads.path], inSession: false)
    }

    static func string(_ object: [String: Any], _ key: String) throws -> String {
        guard let value = object[key] as? String else { throw Failure(description: "no \(key) in \(object)") }
        return value
    }

    /// Sends a command and waits for its answer's `result` (events in between are skipped).
    @discardableResult
    func call(_ method: String, _ params: [String: Any] = [:], inSession: Bool = true) throws -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": params]
        if inSession, let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(toBrowser, $0.baseAddress, $0.count) }
            guard n > 0 else { throw Failure(description: "cannot write to chromium") }
            written += n
        }
        while true {
            let answer = try readMessage()
            guard answer["id"] as? Int == nextID else { continue }
            if let error = answer["error"] { throw Failure(description: "\(method): \(error)") }
            return answer["result"] as? [String: Any] ?? [:]
        }
    }

    private func readMessage() throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let data = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                return (try JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
            }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let n = chunk.withUnsafeMutableBytes { read(fromBrowser, $0.baseAddress, $0.count) }
            guard n > 0 else { throw Failure(description: "chromium closed the pipe") }
            buffer.append(contentsOf: chunk[..<n])
        }
    }

    /// The value of a JavaScript expression on the page (promises awaited).
    func evaluate(_ expression: String) throws -> Any? {
        let result = try call("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true])
        if let exception = result["exceptionDetails"] { throw Failure(description: "\(expression): \(exception)") }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// Opens a URL and waits until the page has loaded.
    func load(_ url: String) throws {
        try call("Page.navigate", ["url": url])
        try waitForLoad(awayFrom: nil)
    }

    /// Waits (up to 60 s: a debug server on a busy machine can be slow) until the document is complete and, if given, the location has changed.
    func waitForLoad(awayFrom previous: String?) throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            // While the page navigates, an evaluation can fail ("Inspected target navigated or
            // closed"): that is not loaded yet, so look again.
            let state = (try? evaluate("document.readyState + ' ' + location.href")) as? String ?? ""
            if state.hasPrefix("complete "), previous == nil || String(state.dropFirst(9)) != previous { return }
            usleep(100_000)
        }
        throw Failure(description: "the page did not load")
    }

    /// Clicks the middle of the first element matching `selector` with the mouse, as a person would.
    func click(_ selector: String) throws {
        let escaped = selector.replacingOccurrences(of: "'", with: "\\'")
        guard let box = try evaluate("""
            (() => { const el = document.querySelector('\(escaped)'); if (!el) return null;
              el.scrollIntoView({block: 'center'}); const r = el.getBoundingClientRect();
              return [r.left + r.width / 2, r.top + r.height / 2]; })()
            """) as? [Double], box.count == 2 else { throw Failure(description: "nothing matches \(selector)") }
        for type in ["mousePressed", "mouseReleased"] {
            try call("Input.dispatchMouseEvent", ["type": type, "x": box[0], "y": box[1], "button": "left", "clickCount": 1])
        }
    }

    /// Clicks a link and waits for the page it opens.
    func follow(_ selector: String) throws {
        let before = try evaluate("location.href") as? String
        try click(selector)
        try waitForLoad(awayFrom: before)
    }

    /// Presses a key as a keyboard would (down, then up), with the character it types if any:
    /// "Tab", "Enter", " " (Space), "ArrowRight", "ArrowLeft", "Home", "End", "Escape".
    func press(_ key: String, shift: Bool = false) throws {
        let keys: [String: (code: String, keyCode: Int, text: String?)] = [
            "Tab": ("Tab", 9, nil), "Enter": ("Enter", 13, "\r"), " ": ("Space", 32, " "), "Escape": ("Escape", 27, nil),
            "ArrowRight": ("ArrowRight", 39, nil), "ArrowLeft": ("ArrowLeft", 37, nil), "ArrowDown": ("ArrowDown", 40, nil),
            "ArrowUp": ("ArrowUp", 38, nil), "Home": ("Home", 36, nil), "End": ("End", 35, nil),
        ]
        guard let k = keys[key] else { throw Failure(description: "no key \(key)") }
        var down: [String: Any] = ["type": k.text == nil ? "rawKeyDown" : "keyDown", "key": key, "code": k.code,
                                   "windowsVirtualKeyCode": k.keyCode, "nativeVirtualKeyCode": k.keyCode, "modifiers": shift ? 8 : 0]
        if let text = k.text { down["text"] = text; down["unmodifiedText"] = text }
        try call("Input.dispatchKeyEvent", down)
        try call("Input.dispatchKeyEvent", ["type": "keyUp", "key": key, "code": k.code, "windowsVirtualKeyCode": k.keyCode,
                                            "nativeVirtualKeyCode": k.keyCode, "modifiers": shift ? 8 : 0])
    }

    /// Presses a key that opens another page, and waits for it.
    func pressAndWait(_ key: String) throws {
        let before = try evaluate("location.href") as? String
        try press(key)
        try waitForLoad(awayFrom: before)
    }

    func quit() {
        _ = try? call("Browser.close", inSession: false)
        Glibc.close(toBrowser)
        Glibc.close(fromBrowser)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        try? FileManager.default.removeItem(at: profile)
    }
}

extension DevToolsPipe {
    /// Runs `body` with a fresh browser on a thread of its own (the server under test shares the
    /// test's executor) and quits the browser afterwards. Downloads go to `downloads`, else to the
    /// temporary directory.
    static func drive<T: Sendable>(_ chromium: String, downloads: URL? = nil,
                                   _ body: @escaping @Sendable (DevToolsPipe) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result {
                    let browser = try DevToolsPipe(chromium: chromium, downloads: downloads ?? FileManager.default.temporaryDirectory)
                    defer { browser.quit() }
                    return try body(browser)
                })
            }
        }
    }
}

/// Steps several browser tests take on the dashboard.
extension DevToolsPipe {
    /// What clicking the busiest bar of the events histogram gave.
    struct BusiestWeek {
        var since = "", until = "", url = ""
        /// The dates of the rows listed after the click.
        var dates: [String] = []
    }

    /// Clicks the busiest bar of the histogram on the page loaded, and reads the rows it lists.
    func clickBusiestWeek() throws -> BusiestWeek {
        var week = BusiestWeek()
        let range = try evaluate("""
            (() => { const b = [...document.querySelectorAll('svg.histogram a.bar')].sort((a, b) => b.dataset.count - a.dataset.count)[0];
                     return [b.dataset.since, b.dataset.until]; })()
            """) as? [String] ?? ["", ""]
        week.since = range[0]
        week.until = range[1]
        try follow("svg.histogram a.bar[data-since='\(week.since)'] rect.hit")
        week.url = try evaluate("location.href") as? String ?? ""
        week.dates = try evaluate("[...document.querySelectorAll('table.events tbody tr')].map(r => r.dataset.date)") as? [String] ?? []
        return week
    }

    /// Confirms the first link of the review queue with `reason`, and waits (up to 90 s: the review
    /// relinks the store, slow while every other suite runs) for the verdict the row shows.
    func confirmFirstReview(reason: String) throws -> String {
        try click("[data-review-row] input[name=reason]")
        try call("Input.insertText", ["text": reason])
        try click("[data-review-row] button[data-verdict=confirm]")
        let deadline = Date().addingTimeInterval(90)
        var verdict = ""
        while Date() < deadline {
            verdict = try evaluate("document.querySelector('[data-review-row] .verdict').textContent") as? String ?? ""
            if !verdict.isEmpty { break }
            usleep(100_000)
        }
        return verdict
    }
}

extension DevToolsPipe {
    /// A fresh empty directory for the browser's downloads; the caller removes it.
    static func makeDownloadsDirectory() throws -> URL {
        let downloads = FileManager.default.temporaryDirectory.appendingPathComponent("redline-downloads-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        return downloads
    }
}
