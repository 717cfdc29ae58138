/// The JSON Schema a language model's answer must follow, for the request's structured-output setting. It narrows
/// what a model that honours it can say; the validator checks everything again, since many do not.
public enum ForecastAnswerSchema {
    /// As a JSON-compatible value (dictionaries, arrays, strings, numbers), ready to embed in a request.
    public static func schema(components: [String], horizonHours: Double) -> [String: any Sendable] {
        let failure: [String: any Sendable] = [
            "type": "object",
            "additionalProperties": false,
            "required": ["component", "within_hours", "confidence", "reason"],
            "properties": [
                "component": ["type": "string", "enum": components] as [String: any Sendable],
                "within_hours": ["type": "number", "minimum": 0, "maximum": horizonHours] as [String: any Sendable],
                "confidence": ["type": "number", "minimum": 0, "maximum": 1] as [String: any Sendable],
                "reason": ["type": "string"] as [String: any Sendable],
            ] as [String: any Sendable],
        ]
        var failures: [String: any Sendable] = ["type": "array", "items": failure]
        if components.isEmpty { failures["maxItems"] = 0 }
        return [
            "type": "object",
            "additionalProperties": false,
            "required": ["risk_level", "failures"],
            "properties": [
                "risk_level": ["type": "string", "enum": RiskLevel.allCases.map(\.name)] as [String: any Sendable],
                "failures": failures,
            ] as [String: any Sendable],
        ]
    }
}
