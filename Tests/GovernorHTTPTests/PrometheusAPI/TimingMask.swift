import Foundation

/// Makes a rules or alerts answer comparable across two servers that evaluated at different instants: the values of
/// the timing fields (`evaluationTime`, `lastEvaluation`, `activeAt`) are replaced by a placeholder and everything
/// else, key order included, is left as it is. Prometheus lists a rule's alerts in map order, so the rules the
/// comparison uses have at most one alert each; `/api/v1/alerts` walks its groups in map order too, so
/// `alertsInAnyOrder` sorts the alert objects of an answer.
enum TimingMask {
    static let timingField = #""(evaluationTime|lastEvaluation|activeAt)":("[^"]*"|[-+0-9.eE]+)"#

    static func masked(_ body: String) -> String {
        body.replacingOccurrences(of: timingField, with: "\"$1\":\"timing\"", options: .regularExpression)
    }

    /// The masked answer with its alert objects (`{"labels":…,"value":"…"}`) taken out and sorted, so two answers
    /// that list the same alerts in another order compare equal.
    static func alertsInAnyOrder(_ body: String) -> (rest: String, alerts: [String]) {
        let text = masked(body)
        let expression = try! NSRegularExpression(pattern: #"\{"labels":\{[^}]*\},"annotations":.*?"value":"[^"]*"\}"#)
        let range = NSRange(text.startIndex..., in: text)
        let alerts = expression.matches(in: text, range: range).map { String(text[Range($0.range, in: text)!]) }
        let rest = expression.stringByReplacingMatches(in: text, range: range, withTemplate: "ALERT")
        return (rest, alerts.sorted())
    }

    /// Every timing value in the answer, as text, to check that Governor's are well-formed.
    static func timings(in body: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: timingField)
        let range = NSRange(body.startIndex..., in: body)
        return expression.matches(in: body, range: range).map { String(body[Range($0.range(at: 2), in: body)!]) }
    }

    /// A non-negative number of seconds, or an RFC 3339 time in UTC as Go writes it (no trailing zeros).
    static func isValid(_ value: String) -> Bool {
        if let seconds = Double(value) { return seconds >= 0 }
        return value.range(of: #"^"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*[1-9])?Z"$"#, options: .regularExpression) != nil
    }
}
