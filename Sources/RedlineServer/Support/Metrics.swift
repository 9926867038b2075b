import Foundation

/// The server's own Prometheus metrics: requests by route, method and status, and a latency
/// histogram by route. Written in the text exposition format by `exposition(extra:)`.
final class Metrics: Sendable {
    /// Upper bounds of the latency buckets, in seconds.
    static let buckets: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

    private struct RequestKey: Hashable { var route: String, method: String, status: Int }
    private struct Latency {
        var counts = [Int](repeating: 0, count: Metrics.buckets.count)
        var count = 0
        var sum = 0.0
    }
    private struct State {
        var requests: [RequestKey: Int] = [:]
        var latency: [String: Latency] = [:]
    }

    private let state = Locked(State())

    func record(route: String, method: String, status: Int, seconds: Double) {
        state.withLock { state in
            state.requests[RequestKey(route: route, method: method, status: status), default: 0] += 1
            var latency = state.latency[route] ?? Latency()
            if let bucket = Metrics.buckets.firstIndex(where: { seconds <= $0 }) { latency.counts[bucket] += 1 }
            latency.count += 1
            latency.sum += seconds
            state.latency[route] = latency
        }
    }

    /// A gauge with one sample per label set (`redline_feed_up{feed="Wire",url="..."} 1`).
    struct Family: Sendable {
        var name: String
        var help: String
        var samples: [(labels: [(String, String)], value: Double)]
    }

    /// The exposition text; `gauges` adds one gauge per (name, help, value), `families` the labelled ones.
    func exposition(gauges: [(name: String, help: String, value: Double)], families: [Family] = []) -> String {
        let state = state.current
        var out = "# HELP redline_http_requests_total HTTP requests answered, by route, method and status.\n"
        out += "# TYPE redline_http_requests_total counter\n"
        for (key, count) in state.requests.sorted(by: { ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status) }) {
            out += "redline_http_requests_total{route=\"\(Self.label(key.route))\",method=\"\(key.method)\",status=\"\(key.status)\"} \(count)\n"
        }
        out += "# HELP redline_http_request_duration_seconds Time to answer a request, by route.\n"
        out += "# TYPE redline_http_request_duration_seconds histogram\n"
        for (route, latency) in state.latency.sorted(by: { $0.key < $1.key }) {
            var cumulative = 0
            for (i, bound) in Metrics.buckets.enumerated() {
                cumulative += latency.counts[i]
                out += "redline_http_request_duration_seconds_bucket{route=\"\(Self.label(route))\",le=\"\(bound)\"} \(cumulative)\n"
            }
            out += "redline_http_request_duration_seconds_bucket{route=\"\(Self.label(route))\",le=\"+Inf\"} \(latency.count)\n"
            out += "redline_http_request_duration_seconds_sum{route=\"\(Self.label(route))\"} \(latency.sum)\n"
            out += "redline_http_request_duration_seconds_count{route=\"\(Self.label(route))\"} \(latency.count)\n"
        }
        for gauge in gauges {
            out += "# HELP \(gauge.name) \(gauge.help)\n# TYPE \(gauge.name) gauge\n\(gauge.name) \(Self.number(gauge.value))\n"
        }
        for family in families where !family.samples.isEmpty {
            out += "# HELP \(family.name) \(family.help)\n# TYPE \(family.name) gauge\n"
            for sample in family.samples {
                let labels = sample.labels.map { "\($0.0)=\"\(Self.label($0.1))\"" }.joined(separator: ",")
                out += "\(family.name){\(labels)} \(Self.number(sample.value))\n"
            }
        }
        return out
    }

    /// A label value with `\`, `"` and newlines escaped as the format asks.
    static func label(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
