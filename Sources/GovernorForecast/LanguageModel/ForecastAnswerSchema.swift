/// The JSON Schema a language model's answer must follow, for the request's structured-output setting. It narrows
/// what a model that honours it can say; the validator checks everything again, since many do not.
public enum ForecastAnswerSchema {
    /// As a JSON-compatible value (dictionaries, arrays, strings, numbers), ready to embed in a request.
    public static func schema(components: [String], horizonHours: Double) -> [String: any Sendable] {
        var component: [String: any Sendable] = ["type": "string"]
        // An empty enum is not a valid schema; with no components, `maxItems: 0` below says the same.
        if !components.isEmpty { component["enum"] = components }
        let hours: [String: any Sendable] = ["type": "number", "minimum": 0, "maximum": horizonHours]
        let confidence: [String: any Sendable] = ["type": "number", "minimum": 0, "maximum": 1]
        let reason: [String: any Sendable] = ["type": "string"]
        let failureProperties: [String: any Sendable] = [
            "component": component, "within_hours": hours, "confidence": confidence, "reason": reason,
        ]
        let failure: [String: any Sendable] = [
            "type": "object",
            "additionalProperties": false,
            "required": ["component", "within_hours", "confidence", "reason"],
            "properties": failureProperties,
        ]
        var failures: [String: any Sendable] = ["type": "array", "items": failure]
        if components.isEmpty { failures["maxItems"] = 0 }
        let risk: [String: any Sendable] = ["type": "string", "enum": RiskLevel.allCases.map(\.name)]
        let properties: [String: any Sendable] = ["risk_level": risk, "failures": failures]
        return [
            "type": "object",
            "additionalProperties": false,
            "required": ["risk_level", "failures"],
            "properties": properties,
        ]
    }
}
