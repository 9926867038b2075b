import Foundation
import RedlineCore

/// The rules file of `redline watch --rules`: one ``AlertRule`` as a JSON object, or an array of
/// them (an alert passes when it passes any). Each key is a list (a single value is taken as a
/// list of one), except `minSeverity`, a number from 1 to 5:
///
/// ```json
/// [{"declarer": ["USA"], "alert": ["crossing", "status", "window"]},
///  {"addressee": "RUS", "status": ["crossed"], "minSeverity": 4}]
/// ```
///
/// Unknown keys and values are refused, naming the rule and the choices, so that a typo never
/// passes everything silently.
public enum AlertRulesFile {
    static let keys = ["alert", "declarer", "addressee", "status", "minSeverity"]

    public static func parse(_ data: Data, file: String) throws -> [AlertRule] {
        func fail(_ message: String) -> WatchError { WatchError(.badRules, subject: file, message: message) }
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw fail("not JSON: a rule is an object such as {\"declarer\": [\"USA\"]}, and the file one rule or an array of them")
        }
        let objects: [Any]
        if let array = json as? [Any] { objects = array } else { objects = [json] }
        guard !objects.isEmpty else { throw fail("no rules: give at least one, or leave --rules out to pass every alert") }
        return try objects.enumerated().map { index, value in
            let name = objects.count == 1 ? "the rule" : "rule \(index + 1)"
            guard let object = value as? [String: Any] else { throw fail("\(name) is not an object") }
            if let unknown = object.keys.sorted().first(where: { !keys.contains($0) }) {
                throw fail("\(name) has an unknown key \"\(unknown)\"; the keys are \(keys.joined(separator: ", "))")
            }
            func strings(_ key: String) throws -> [String]? {
                guard let value = object[key] else { return nil }
                if let one = value as? String { return [one] }
                guard let many = value as? [Any], let list = many as? [String] else {
                    throw fail("\(name): \(key) must be a string or a list of strings")
                }
                return list
            }
            var rule = AlertRule()
            rule.alert = try strings("alert")?.map { word in
                guard let kind = LineAlert.Kind(rawValue: word) else {
                    throw fail("\(name): unknown alert \"\(word)\"; the alerts are \(LineAlert.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return kind
            }
            rule.status = try strings("status")?.map { word in
                guard let status = LineStatus(rawValue: word) else {
                    throw fail("\(name): unknown status \"\(word)\"; the statuses are \(LineStatus.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return status
            }
            rule.declarer = try strings("declarer").map(codes)
            rule.addressee = try strings("addressee").map(codes)
            if let value = object["minSeverity"] {
                guard let number = value as? Int, (1...5).contains(number) else {
                    throw fail("\(name): minSeverity must be a whole number from 1 to 5")
                }
                rule.minSeverity = number
            }
            return rule
        }
    }

    /// Actor codes as the store writes them: upper case.
    public static func codes(_ values: [String]) -> [String] {
        values.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }.filter { !$0.isEmpty }
    }
}
