import Foundation
import GovernorCore

/// Checks a language model's answer for syntax and for meaning, and collects every problem: the answer must be one
/// JSON object of the schema's shape, name only declared components, keep hours within the horizon and confidence
/// within 0...1, and its risk level must agree with its failures. Text in the answer (a `reason`) stays text: it is
/// kept, shortened, as data and never read for instructions.
public struct ForecastAnswerValidator: Sendable {
    public var components: [String]
    public var horizonHours: Double
    /// Longer reasons are cut, so an answer cannot flood logs and tickets.
    public var maxReasonCharacters = 300

    public init(components: [String], horizonHours: Double) {
        self.components = components
        self.horizonHours = horizonHours
    }

    /// The validated forecast, or the reasons the answer was rejected.
    public func validate(_ content: String) -> Result<Forecast, ForecastError> {
        let object: [String: JSONValue]
        switch Self.parseObject(content) {
        case .success(let parsed): object = parsed
        case .failure(let error): return .failure(error)
        }
        var problems: [String] = []
        for key in object.keys.sorted() where !["risk_level", "failures"].contains(key) {
            problems.append("unexpected field '\(key)'")
        }
        var risk: RiskLevel?
        switch object["risk_level"] {
        case .string(let text):
            risk = RiskLevel(name: text)
            if risk == nil { problems.append("risk_level \(Self.quoted(text)) is not LOW, MEDIUM, HIGH or CRITICAL") }
        case nil: problems.append("missing field 'risk_level'")
        default: problems.append("risk_level must be a string")
        }
        var failures: [PredictedFailure] = []
        switch object["failures"] {
        case .array(let items):
            for (index, item) in items.enumerated() {
                if let failure = validateFailure(item, at: index, problems: &problems) { failures.append(failure) }
            }
        case nil: problems.append("missing field 'failures'")
        default: problems.append("failures must be a list")
        }
        if let risk, problems.isEmpty {
            if risk == .low, !failures.isEmpty {
                problems.append("risk_level LOW contradicts its \(failures.count) predicted failure(s)")
            } else if risk > .low, failures.isEmpty {
                problems.append("risk_level \(risk.name) names no failure")
            }
        }
        guard problems.isEmpty, let risk else { return .failure(ForecastError(problems.joined(separator: "; "))) }
        return .success(Forecast(risk: risk, failures: failures))
    }

    private func validateFailure(_ item: JSONValue, at index: Int, problems: inout [String]) -> PredictedFailure? {
        let path = "failures[\(index)]"
        guard case .object(let fields) = item else {
            problems.append("\(path) must be an object")
            return nil
        }
        let before = problems.count
        for key in fields.keys.sorted() where !["component", "within_hours", "confidence", "reason"].contains(key) {
            problems.append("\(path): unexpected field '\(key)'")
        }
        let component = Self.string(fields["component"])
        if let component {
            if !components.contains(component) {
                let allowed =
                    components.isEmpty ? "none are declared" : "declared: \(components.joined(separator: ", "))"
                problems.append("\(path).component \(Self.quoted(component)) is not a declared component (\(allowed))")
            }
        } else {
            problems.append("\(path).component must be a string")
        }
        let hours = Self.number(fields["within_hours"])
        if let hours {
            if !(0...horizonHours).contains(hours) {
                problems.append(
                    "\(path).within_hours \(hours) is outside the horizon (0 to \(SnapshotReader.rounded(horizonHours)))"
                )
            }
        } else {
            problems.append("\(path).within_hours must be a number")
        }
        let confidence = Self.number(fields["confidence"])
        if let confidence {
            if !(0...1).contains(confidence) { problems.append("\(path).confidence \(confidence) is outside 0...1") }
        } else {
            problems.append("\(path).confidence must be a number")
        }
        let reason = Self.string(fields["reason"])
        if reason == nil { problems.append("\(path).reason must be a string") }
        guard problems.count == before, let component, let hours, let confidence, let reason else { return nil }
        return PredictedFailure(
            component: component, withinHours: hours, confidence: confidence,
            reason: String(reason.prefix(maxReasonCharacters)))
    }

    /// One JSON object, optionally inside a single Markdown code fence (a formatting habit, not a different
    /// answer); anything else around it is rejected.
    static func parseObject(_ content: String) -> Result<[String: JSONValue], ForecastError> {
        var text = content.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("```"), text.hasSuffix("```"), text.count >= 6 {
            text = String(text.dropFirst(3).dropLast(3))
            if text.hasPrefix("json") { text = String(text.dropFirst(4)) }
            text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard !text.isEmpty else { return .failure(ForecastError("the answer is empty")) }
        let parsed: JSONValue
        do {
            parsed = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        } catch {
            return .failure(ForecastError("malformed JSON: \(quoted(text))"))
        }
        guard case .object(let object) = parsed else {
            return .failure(ForecastError("the answer is JSON but not an object"))
        }
        return .success(object)
    }

    private static func number(_ value: JSONValue?) -> Double? {
        guard case .number(let number)? = value, number.isFinite else { return nil }
        return number
    }

    private static func string(_ value: JSONValue?) -> String? {
        guard case .string(let text)? = value else { return nil }
        return text
    }

    static func quoted(_ text: String) -> String {
        let shortened = text.count > 60 ? String(text.prefix(60)) + "…" : text
        return "'" + shortened.replacingOccurrences(of: "\n", with: " ") + "'"
    }
}
