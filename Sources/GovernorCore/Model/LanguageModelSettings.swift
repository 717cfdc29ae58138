/// Where and how the forecaster asks a language model: any OpenAI-compatible `/chat/completions`, with the key
/// read from the environment variable `apiKeyVariable` when the forecast runs (never from the policy file).
public struct LanguageModelSettings: Hashable, Sendable {
    /// How the request asks for JSON that follows the answer's schema: OpenAI's
    /// `response_format: {type: json_schema, json_schema: {...}}`, or llama.cpp's
    /// `response_format: {type: json_object, schema: {...}}`.
    public enum StructuredOutput: String, Hashable, Sendable, CaseIterable {
        case jsonSchema = "json_schema"
        case jsonObject = "json_object"
    }

    /// Up to and including the version path, e.g. `https://api.openai.com/v1`; `/chat/completions` is appended.
    public var baseURL: String
    public var model: String
    public var apiKeyVariable: String
    public var structuredOutput: StructuredOutput
    /// Milliseconds for one request, connection included.
    public var timeout: Int64
    /// Attempts after the first, for 429, 5xx and transport failures.
    public var retries: Int
    /// The answer's `max_tokens`.
    public var maxTokens: Int
    /// Budgets over any sliding hour; a forecast that would exceed one falls back to the statistical forecaster.
    public var maxCallsPerHour: Int
    public var maxTokensPerHour: Int
    /// The prompt is cut to this many characters, so no input can make a request unbounded.
    public var maxPromptCharacters: Int
    public var location: SourceLocation

    public init(
        baseURL: String, model: String = "gpt-4o-mini", apiKeyVariable: String = "GOVERNOR_LLM_API_KEY",
        structuredOutput: StructuredOutput = .jsonSchema, timeout: Int64 = 20_000, retries: Int = 2,
        maxTokens: Int = 400, maxCallsPerHour: Int = 6, maxTokensPerHour: Int = 20_000,
        maxPromptCharacters: Int = 6_000, location: SourceLocation
    ) {
        self.baseURL = baseURL
        self.model = model
        self.apiKeyVariable = apiKeyVariable
        self.structuredOutput = structuredOutput
        self.timeout = timeout
        self.retries = retries
        self.maxTokens = maxTokens
        self.maxCallsPerHour = maxCallsPerHour
        self.maxTokensPerHour = maxTokensPerHour
        self.maxPromptCharacters = maxPromptCharacters
        self.location = location
    }
}
