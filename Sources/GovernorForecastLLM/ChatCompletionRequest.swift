import Foundation
import GovernorCore
import GovernorForecast

/// The body of one `POST {base_url}/chat/completions`: the prompt, the answer's token cap, a temperature of 0 so
/// equal inputs ask alike, and the answer's schema in whichever structured-output dialect the server speaks.
struct ChatCompletionRequest {
    let settings: LanguageModelSettings
    let prompt: ForecastPrompt
    let schema: [String: any Sendable]

    func body() throws -> Data {
        let responseFormat: [String: any Sendable] =
            switch settings.structuredOutput {
            case .jsonSchema:
                [
                    "type": "json_schema",
                    "json_schema": ["name": "forecast", "schema": schema] as [String: any Sendable],
                ]
            case .jsonObject: ["type": "json_object", "schema": schema]
            }
        let body: [String: any Sendable] = [
            "model": settings.model,
            "messages": [
                ["role": "system", "content": prompt.system],
                ["role": "user", "content": prompt.user],
            ],
            "max_tokens": settings.maxTokens,
            "temperature": 0,
            "response_format": responseFormat,
        ]
        return try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])
    }
}
