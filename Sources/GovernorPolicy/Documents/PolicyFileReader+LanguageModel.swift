import GovernorCore
import GovernorQuery

/// A forecast's `llm` section: which OpenAI-compatible API to ask, with what limits. The key itself never appears in
/// a policy file, only the name of the environment variable that holds it.
extension PolicyFileReader {
    mutating func readLanguageModel(_ node: YAMLNode) -> LanguageModelSettings? {
        let known = [
            "base_url", "model", "api_key_env", "structured_output", "timeout", "retries", "max_tokens",
            "max_calls_per_hour", "max_tokens_per_hour", "max_prompt_chars",
        ]
        guard let fields = fields(of: node, "llm", known: known, required: ["base_url"]) else { return nil }
        guard let baseURL = string(fields["base_url"], field: "base_url") else { return nil }
        var settings = LanguageModelSettings(baseURL: baseURL, location: location(of: node))
        if !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            error(fields["base_url"]!, "base_url must start with http:// or https://, e.g. https://api.openai.com/v1")
        }
        if let model = string(fields["model"], field: "model") { settings.model = model }
        if let variable = string(fields["api_key_env"], field: "api_key_env") {
            if PrometheusNames.isValidLabelName(variable) {
                settings.apiKeyVariable = variable
            } else {
                error(
                    fields["api_key_env"]!, "api_key_env names an environment variable, found '\(variable)'",
                    hint: "write the variable's name, e.g. GOVERNOR_LLM_API_KEY, never the key")
            }
        }
        if let text = string(fields["structured_output"], field: "structured_output") {
            if let mode = LanguageModelSettings.StructuredOutput(rawValue: text) {
                settings.structuredOutput = mode
            } else {
                let modes = LanguageModelSettings.StructuredOutput.allCases.map(\.rawValue)
                error(
                    fields["structured_output"]!, "unknown structured_output '\(text)'",
                    hint: "use json_schema (OpenAI) or json_object (llama.cpp)"
                        + (EditDistance.closest(to: text, among: modes).map { "; did you mean '\($0)'?" } ?? ""))
            }
        }
        if let timeout = positiveDuration(fields["timeout"], field: "timeout") { settings.timeout = timeout }
        if let retries = integer(fields["retries"], field: "retries") { settings.retries = min(retries, 10) }
        settings.maxTokens = positiveInteger(fields["max_tokens"], field: "max_tokens") ?? settings.maxTokens
        settings.maxCallsPerHour =
            positiveInteger(fields["max_calls_per_hour"], field: "max_calls_per_hour") ?? settings.maxCallsPerHour
        settings.maxTokensPerHour =
            positiveInteger(fields["max_tokens_per_hour"], field: "max_tokens_per_hour") ?? settings.maxTokensPerHour
        settings.maxPromptCharacters =
            positiveInteger(fields["max_prompt_chars"], field: "max_prompt_chars") ?? settings.maxPromptCharacters
        return settings
    }

    private mutating func positiveInteger(_ node: YAMLNode?, field: String) -> Int? {
        guard let node, let value = integer(node, field: field) else { return nil }
        guard value > 0 else {
            error(node, "field '\(field)' must be at least 1")
            return nil
        }
        return value
    }
}
